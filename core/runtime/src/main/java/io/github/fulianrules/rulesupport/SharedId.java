package io.github.fulianrules.rulesupport;

import java.util.List;

/**
 * Records of the input that share one id: two or more. The session keeps one such fact per shared
 * id as records are inserted, updated and retracted (no rule derives it), so that a rule finds
 * the records that share an id without comparing every record's id with every other's; a
 * {@code DUPLICATE_ID} data finding names each of them.
 *
 * @param id      the id
 * @param records the records with that id, two or more, each an {@link io.github.fulianrules.model.Identified}
 */
public record SharedId(String id, List<Object> records) {
    public SharedId {
        records = List.copyOf(records);
    }
}
