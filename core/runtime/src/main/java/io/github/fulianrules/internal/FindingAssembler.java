package io.github.fulianrules.internal;

import io.github.fulianrules.catalogue.Requirement;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.Waiver;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.report.Kind;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.report.RequirementIds;
import io.github.fulianrules.report.RequirementScore;
import io.github.fulianrules.report.Strength;
import io.github.fulianrules.report.Summary;
import io.github.fulianrules.report.Text;
import io.github.fulianrules.rulesupport.Assessment;
import io.github.fulianrules.rulesupport.DataIssue;
import io.github.fulianrules.rulesupport.SubjectType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what the rules concluded into a report: each unmet {@link Assessment} becomes a finding
 * of its requirement's strength, with messages filled in and waivers applied; each
 * {@link DataIssue} becomes a {@code DATA} finding.
 *
 * <p>Waivers are applied here, from the catalogue, not by the rules: a waiver counts only for an
 * IN_PRINCIPLE requirement, for the same subject, on the last day of the period. A waiver for any
 * other requirement is refused with a data finding.
 */
public final class FindingAssembler {
    private final RuleSet ruleSet;
    private final Map<Object, Finding> formatted;

    public FindingAssembler(RuleSet ruleSet) {
        this(ruleSet, null);
    }

    /**
     * An assembler that keeps the findings it formats in {@code formatted}, by the assessment or
     * data issue they come from, and takes them from there on the next report: a stateful session
     * whose facts change a little between reports formats only the new conclusions. The caller
     * clears the map when the waivers or the locations change.
     */
    public FindingAssembler(RuleSet ruleSet, Map<Object, Finding> formatted) {
        this.ruleSet = ruleSet;
        this.formatted = formatted;
    }

    /** The report on the given conclusions. */
    public Report report(String districtId, AssessmentPeriod period, Collection<Assessment> assessments,
                         Collection<DataIssue> issues, Collection<Waiver> waivers, Map<String, String> locations) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Waiver> valid = applicableWaivers(waivers, period, findings, locations);
        Map<String, int[]> counts = new HashMap<>();
        for (Assessment a : assessments) {
            Waiver waiver = a.met() ? null : valid.get(key(a.requirementId(), a.subjectId()));
            int[] c = counts.computeIfAbsent(a.requirementId(), k -> new int[3]);
            c[0]++;
            if (a.met()) {
                c[1]++;
                continue;
            }
            if (waiver != null) {
                c[2]++;
            }
            findings.add(formatted == null ? finding(a, waiver, locations)
                    : formatted.computeIfAbsent(a, k -> finding(a, waiver, locations)));
        }
        for (DataIssue issue : issues) {
            findings.add(formatted == null ? dataFinding(issue, locations)
                    : formatted.computeIfAbsent(issue, k -> dataFinding(issue, locations)));
        }
        if (formatted != null && formatted.size() > findings.size()) {
            // Keep only what this report holds, so that the map does not grow with the changes.
            java.util.Set<Object> current = new java.util.HashSet<>(assessments);
            current.addAll(issues);
            formatted.keySet().retainAll(current);
        }
        findings.sort(Finding.ORDER);
        Map<String, RequirementScore> scores = new LinkedHashMap<>();
        for (Requirement r : ruleSet.catalogue().requirements()) {
            int[] c = counts.get(r.id());
            if (c != null) {
                scores.put(r.id(), new RequirementScore(r.id(), c[0], c[1], c[2]));
            }
        }
        counts.keySet().stream().filter(id -> !scores.containsKey(id)).sorted(RequirementIds.ORDER)
                .forEach(id -> {
                    int[] c = counts.get(id);
                    scores.put(id, new RequirementScore(id, c[0], c[1], c[2]));
                });
        return new Report(districtId, period, findings, Summary.of(findings, scores));
    }

    private Map<String, Waiver> applicableWaivers(Collection<Waiver> waivers, AssessmentPeriod period,
                                                  List<Finding> findings, Map<String, String> locations) {
        Map<String, Waiver> valid = new HashMap<>();
        for (Waiver w : waivers) {
            Optional<Requirement> req = ruleSet.catalogue().requirement(w.requirementId());
            if (req.isEmpty()) {
                findings.add(dataFinding(new DataIssue("UNKNOWN_REQUIREMENT", w.id(), SubjectType.WAIVER,
                        "requirementId", w.requirementId()), locations));
            } else if (!req.get().strength().waivable()) {
                findings.add(dataFinding(new DataIssue("WAIVER_NOT_ALLOWED", w.id(), SubjectType.WAIVER,
                        "requirementId", w.requirementId() + " " + req.get().strength()), locations));
            } else if (w.validFrom().isAfter(w.validUntil())) {
                findings.add(dataFinding(new DataIssue("INVALID_DATE_RANGE", w.id(), SubjectType.WAIVER,
                        "validUntil", w.validFrom() + ".." + w.validUntil()), locations));
            } else if (w.validOn(period.end())) {
                valid.putIfAbsent(key(w.requirementId(), w.subjectId()), w);
            }
        }
        return valid;
    }

    private static String key(String requirementId, String subjectId) {
        return requirementId + "\u0000" + subjectId;
    }

    private Finding finding(Assessment a, Waiver waiver, Map<String, String> locations) {
        Optional<Requirement> req = ruleSet.catalogue().requirement(a.requirementId());
        Strength strength = req.map(Requirement::strength).orElse(Strength.DATA);
        Map<String, String> vars = Map.of(
                "subject", a.subjectId(),
                "measured", a.measured(),
                "required", a.required(),
                "gap", Long.toString(a.gap()));
        String fallback = a.requirementId() + ": " + a.subjectId() + " {measured} / {required}";
        Messages messages = ruleSet.messages();
        Text message = messages.format(a.requirementId() + ".message", vars, a.details(), fallback);
        Text remedy = messages.format(a.requirementId() + ".remedy", vars, a.details(), fallback);
        boolean waived = waiver != null && strength.waivable();
        String reason = waived ? waiver.reason() + " (" + waiver.approver() + ", " + waiver.id() + ")" : null;
        return new Finding(a.requirementId(), null, req.map(Requirement::clause).orElse(null), strength,
                strength.findingKind(), a.subjectId(), a.subjectType().name(), waived, reason,
                a.measured(), a.required(), a.gap(), a.details(), message, remedy, locations.get(a.subjectId()));
    }

    private Finding dataFinding(DataIssue issue, Map<String, String> locations) {
        Map<String, String> vars = new HashMap<>();
        vars.put("subject", issue.subjectId());
        vars.put("field", issue.field() == null ? "" : issue.field());
        vars.put("detail", issue.detail() == null ? "" : issue.detail());
        String base = "DATA." + issue.code();
        String fallback = issue.code() + ": {subject} {field} {detail}";
        Messages messages = ruleSet.messages();
        Text message = messages.format(base + ".message", vars, List.of(), fallback);
        Text remedy = messages.format(base + ".remedy", vars, List.of(), fallback);
        List<String> details = issue.field() == null ? List.of() : List.of(issue.field());
        return new Finding(RequirementIds.DATA, issue.code(), null, Strength.DATA, Kind.DATA, issue.subjectId(),
                issue.subjectType().name(), false, null, issue.detail(), null, 0, details, message, remedy,
                locations.get(issue.subjectId()));
    }
}
