package io.github.fulianrules.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts over a report.
 *
 * @param byKind         findings per kind, waived violations included under VIOLATION
 * @param openViolations violations not waived: what makes a district fail
 * @param waived         waived findings
 * @param byRequirement  findings per requirement ID, in catalogue order
 * @param scores         per requirement: subjects checked, met, waived; in catalogue order
 */
public record Summary(Map<Kind, Integer> byKind, int openViolations, int waived,
                      Map<String, Integer> byRequirement, Map<String, RequirementScore> scores) {
    public Summary {
        Map<Kind, Integer> kinds = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            kinds.put(k, byKind.getOrDefault(k, 0));
        }
        byKind = Collections.unmodifiableMap(kinds);
        byRequirement = Collections.unmodifiableMap(new LinkedHashMap<>(byRequirement));
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }

    /** Summarises {@code findings} (already in report order) with the scores of the checks made. */
    public static Summary of(List<Finding> findings, Map<String, RequirementScore> scores) {
        Map<Kind, Integer> kinds = new LinkedHashMap<>();
        Map<String, Integer> perRequirement = new LinkedHashMap<>();
        int open = 0;
        int waived = 0;
        for (Finding f : findings) {
            kinds.merge(f.kind(), 1, Integer::sum);
            perRequirement.merge(f.requirementId(), 1, Integer::sum);
            if (f.waived()) {
                waived++;
            }
            if (f.isOpenViolation()) {
                open++;
            }
        }
        return new Summary(kinds, open, waived, perRequirement, scores);
    }

    /** Findings of {@code kind}, waived ones included. */
    public int count(Kind kind) {
        return byKind.getOrDefault(kind, 0);
    }
}
