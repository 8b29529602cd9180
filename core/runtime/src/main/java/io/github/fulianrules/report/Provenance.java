package io.github.fulianrules.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a report was made with: the rule set, its catalogue of requirements and the parameter
 * values in force, so that two reports can be told comparable or not (a threshold changed, a
 * requirement added, a rule rewritten).
 *
 * <p>Example: {@code bundled}, rules {@code 3f9c…}, catalogue {@code 81a2…}, 35 requirements,
 * {@code communityExecutiveFloor = 15}.
 *
 * @param ruleSet         where the rules came from: {@code bundled} or a directory
 * @param rulesDigest     SHA-256 of the rules (each rule's name and metadata, and the DRL text), in
 *                        hex: equal digests, equal rules
 * @param catalogueDigest SHA-256 of the catalogue's requirements (ID, clause, strength, subject,
 *                        source words, check), in hex
 * @param requirements    the catalogue's requirement IDs, in catalogue order
 * @param parameters      the parameter values the evaluation used, host overrides applied, by name
 */
public record Provenance(String ruleSet, String rulesDigest, String catalogueDigest, List<String> requirements,
                         Map<String, Long> parameters) {
    public Provenance {
        requirements = List.copyOf(requirements);
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
