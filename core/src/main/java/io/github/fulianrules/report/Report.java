package io.github.fulianrules.report;

import io.github.fulianrules.model.AssessmentPeriod;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The result of evaluating one district: its findings in a deterministic order and a summary.
 *
 * @param districtId the district federation evaluated, or {@code null} when the facts had none
 * @param period     the assessment period
 * @param findings   findings in {@link Finding#ORDER}
 * @param summary    counts per kind and per requirement, and scores per requirement
 */
public record Report(String districtId, AssessmentPeriod period, List<Finding> findings, Summary summary) {
    public Report {
        findings = List.copyOf(findings);
    }

    /** The findings of one requirement. */
    public List<Finding> findingsOf(String requirementId) {
        return findings.stream().filter(f -> f.requirementId().equals(requirementId)).collect(Collectors.toList());
    }

    /** Whether any violation is not waived. */
    public boolean hasOpenViolations() {
        return summary.openViolations() > 0;
    }

    /** The score of one requirement, or {@code null} when it was not checked. */
    public RequirementScore score(String requirementId) {
        Map<String, RequirementScore> scores = summary.scores();
        return scores.get(requirementId);
    }
}
