package io.github.fulianrules.rulesupport;

import java.util.List;

/**
 * Records of the input that share one id: two or more. The session keeps one such fact per shared
 * id as records are inserted, updated and retracted (no rule derives it), so that a rule finds
 * the records that share an id without comparing every record's id with every other's: a
 * {@code DUPLICATE_ID} data finding names each of them. Positions have no id of their own: two
 * positions of the same person, federation and role share the position's
 * {@link io.github.fulianrules.model.Position#key() key} (a {@code DUPLICATE_POSITION}); no position
 * shares a fact with a record of another kind.
 *
 * @param id      the id, or the positions' key
 * @param records the records with that id, two or more: {@link io.github.fulianrules.model.Identified}
 *                records of any kinds, or {@link io.github.fulianrules.model.Position}s
 */
public record SharedId(String id, List<Object> records) {
    public SharedId {
        records = List.copyOf(records);
    }
}
