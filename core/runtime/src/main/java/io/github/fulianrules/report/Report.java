package io.github.fulianrules.report;

import io.github.fulianrules.internal.KeyOrderedMap;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.Level;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The result of evaluating one district: its findings in a deterministic order, a summary, the
 * scorecard per area and the accounting of the input records.
 *
 * @param districtId the district federation evaluated, or {@code null} when the facts had none
 * @param period     the assessment period
 * @param findings   findings in {@link Finding#ORDER}
 * @param summary    counts per kind and per requirement, and scores per requirement
 * @param scorecard  compliance overall, per sub-district and per community
 * @param accounting records read, accepted and rejected, per kind
 * @param names      display names of the organizations (federations, Women's Homes, units,
 *                   buildings, centres) and of the people by id, for renderers, which show a person
 *                   by name and id (李娟 p-0094); iterated in the order of the ids
 * @param areas      for each subject of a finding, the federation whose area it lies in (see
 *                   {@link #areaOf}), iterated in the order of the subjects' ids; empty for reports
 *                   assembled by hand
 * @param provenance the rule set, catalogue and parameters the report was made with, or {@code null}
 *                   when not known (a report assembled by hand, or read from JSON written without it)
 */
public record Report(String districtId, AssessmentPeriod period, List<Finding> findings, Summary summary,
                     Scorecard scorecard, Accounting accounting, Map<String, String> names,
                     Map<String, String> areas, Provenance provenance) {
    public Report {
        findings = List.copyOf(findings);
        names = KeyOrderedMap.copyOf(names);
        areas = areas == null ? Map.of() : KeyOrderedMap.copyOf(areas);
        accounting = accounting == null ? Accounting.empty() : accounting;
        scorecard = scorecard == null
                ? new Scorecard(new ScoreLine(districtId, districtId, Level.DISTRICT, null, summary.scores()),
                        List.of(), List.of())
                : scorecard;
    }

    /** A report without subjects' areas or provenance. */
    public Report(String districtId, AssessmentPeriod period, List<Finding> findings, Summary summary,
                  Scorecard scorecard, Accounting accounting, Map<String, String> names) {
        this(districtId, period, findings, summary, scorecard, accounting, names, Map.of(), null);
    }

    /** A report without areas, accounting or names, e.g. assembled by hand in a test. */
    public Report(String districtId, AssessmentPeriod period, List<Finding> findings, Summary summary) {
        this(districtId, period, findings, summary, null, null, Map.of());
    }

    /** The findings of one requirement. */
    public List<Finding> findingsOf(String requirementId) {
        return findings.stream().filter(f -> f.requirementId().equals(requirementId)).collect(Collectors.toList());
    }

    /**
     * Why a record of the {@linkplain #accounting() accounting} was rejected, in words: the data
     * findings that name it with one of its codes, in the report's order. Their messages are what a
     * rendered report shows for the codes.
     */
    public List<Finding> reasonsFor(Rejection rejected) {
        return findings.stream().filter(f -> f.kind() == Kind.DATA && rejected.recordId().equals(f.subjectId())
                && rejected.codes().contains(f.code())).toList();
    }

    /**
     * The data findings behind one of the accounting's {@linkplain Accounting#otherIssues() issues of
     * the input as a whole}.
     */
    public List<Finding> reasonsFor(String otherIssue) {
        return findings.stream().filter(f -> f.kind() == Kind.DATA && otherIssue.equals(Accounting.issueOf(f))).toList();
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

    /**
     * The federation whose area the subject {@code subjectId} lies in, as the scorecard counts it:
     * a federation itself; a Women's Home, unit, building, centre or group its federation; a person
     * the narrowest federation holding all of theirs. The district when it lies in no narrower area
     * or is not known.
     */
    public String areaOf(String subjectId) {
        return areas.getOrDefault(subjectId, districtId);
    }

    /** The display name of an organization or a person, or its id when it has none. */
    public String nameOf(String id) {
        String name = names.get(id);
        return name == null || name.isBlank() ? id : name;
    }
}
