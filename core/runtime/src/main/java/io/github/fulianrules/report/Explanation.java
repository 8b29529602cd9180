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
 */
public record Explanation(String requirementId, String subjectId, String rule, boolean met, String measured,
                          String required, List<String> matched) {
    public Explanation {
        matched = List.copyOf(matched);
    }
}
