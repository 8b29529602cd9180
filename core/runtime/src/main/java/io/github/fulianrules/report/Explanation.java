package io.github.fulianrules.report;

import java.util.List;

/**
 * Why a requirement came out as it did on one subject: the rule that decided it, the facts and
 * parameter values it matched, and what it concluded (met or not, measured against required).
 *
 * @param requirementId the requirement
 * @param subjectId     the subject
 * @param rule          the rule that made the assessment
 * @param met           whether the requirement was met
 * @param measured      what was measured
 * @param required      what was required
 * @param matched       the facts the rule matched, derived tallies and parameters included, as text
 * @param facts         the same facts as objects (those that are not null), in the same order, for
 *                      renderers that put them in words (the result of an {@code accumulate} as it is:
 *                      a number, a list); empty when not known
 */
public record Explanation(String requirementId, String subjectId, String rule, boolean met, String measured,
                          String required, List<String> matched, List<Object> facts) {
    public Explanation {
        matched = List.copyOf(matched);
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    /** An explanation whose facts are known as text only. */
    public Explanation(String requirementId, String subjectId, String rule, boolean met, String measured,
                       String required, List<String> matched) {
        this(requirementId, subjectId, rule, met, measured, required, matched, List.of());
    }
}
