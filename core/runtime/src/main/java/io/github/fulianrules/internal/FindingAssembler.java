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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what the rules concluded into a report: each unmet {@link Assessment} becomes a finding
 * of its requirement's strength, with messages filled in and waivers applied; each
 * {@link DataIssue} becomes a {@code DATA} finding.
 *
 * <p>Waivers are applied here, from the catalogue, not by the rules: a waiver counts only for an
 * IN_PRINCIPLE requirement, for a subject that requirement was checked on, on the last day of the
 * period. A waiver for any other requirement, or for a subject its requirement is not checked on
 * (or that does not exist), is refused with a data finding.
 *
 * <p>Messages may use, besides the finding's own values, the parameters in force by name
 * ({@code {subDistrictExecutivePerMille}}), the period ({@code {periodStart}}, {@code {periodEnd}}),
 * and for a measured value {@code k/n} the counts {@code {qualifying}} and {@code {total}}; where the
 * required value is a share {@code p%}, also {@code {percent}} (k/n as a percentage, rounded down to
 * a tenth) and {@code {add}} (how many qualifying members to add, the others kept, to reach p%). A
 * message or remedy may have variants, {@code FL-4.1a.message.NO_CHAIR}, chosen by the first of the
 * finding's details that has one, or {@code .SWAP_ONLY} for a share of 100%, which adding cannot reach.
 */
public final class FindingAssembler {
    private static final Pattern COUNTS = Pattern.compile("(\\d+)/(\\d+)");
    private static final Pattern PERCENT = Pattern.compile("(\\d+)%");

    /**
     * The placeholders a requirement's message and remedy are filled with (besides the parameters in
     * force, by name); the share figures only where the measured value is a share.
     */
    public static final List<String> REQUIREMENT_PLACEHOLDERS = List.of("subject", "id", "measured", "required", "gap",
            "details", "periodStart", "periodEnd", "qualifying", "total", "percent", "add");
    /** The placeholders a data finding's message and remedy are filled with; a refused waiver's also name its terms. */
    public static final List<String> DATA_PLACEHOLDERS = List.of("subject", "id", "field", "detail", "detailNamed", "details",
            "periodStart", "periodEnd", "requirement", "strength", "from", "until");
    /** The {@code DATA} codes the engine gives, not a rule: waivers it refuses, a parameter without a value in force. */
    public static final List<String> ENGINE_DATA_CODES = List.of("UNKNOWN_REQUIREMENT", "WAIVER_NOT_ALLOWED",
            "INVALID_DATE_RANGE", "PARAMETER_NOT_IN_FORCE", "WAIVER_SUBJECT_MISMATCH");

    private final RuleSet ruleSet;
    private final Map<String, String> parameters;
    private final SubjectNames names;
    private final Map<Object, Finding> formatted;
    private AssessmentPeriod commonPeriod;
    private Map<String, Object> commonVars;

    /**
     * An assembler with the parameters in force and the names of the subjects, for the messages,
     * that keeps the findings it formats in {@code formatted}, by the assessment or data issue they
     * come from, and takes them from there on the next report: a stateful session whose facts change
     * a little between reports formats only the new conclusions. The caller clears the map when the
     * waivers, the locations or the names of the subjects change. With {@code formatted} null, every
     * finding is formatted afresh and kept nowhere: a report made once, as {@code evaluate} makes it.
     */
    public FindingAssembler(RuleSet ruleSet, Map<String, Long> parameters, SubjectNames names,
                            Map<Object, Finding> formatted) {
        this.ruleSet = ruleSet;
        this.parameters = new HashMap<>();
        parameters.forEach((name, value) -> this.parameters.put(name, Long.toString(value)));
        this.names = names;
        this.formatted = formatted;
    }

    /** The report on the given conclusions. */
    public Report report(String districtId, AssessmentPeriod period, Collection<Assessment> assessments,
                         Collection<DataIssue> issues, Collection<Waiver> waivers, Map<String, String> locations) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Waiver> valid = applicableWaivers(waivers, period, checked(waivers, assessments), findings, locations);
        Map<String, int[]> counts = new HashMap<>();
        for (Assessment a : assessments) {
            Waiver waiver = a.met() || valid.isEmpty() ? null : valid.get(key(a.requirementId(), a.subjectId()));
            int[] c = counts.computeIfAbsent(a.requirementId(), k -> new int[3]);
            c[0]++;
            if (a.met()) {
                c[1]++;
                continue;
            }
            if (waiver != null) {
                c[2]++;
            }
            findings.add(formattedOnce(a, () -> finding(a, period, waiver, locations)));
        }
        for (DataIssue issue : issues) {
            findings.add(formattedOnce(issue, () -> dataFinding(issue, period, Map.of(), locations)));
        }
        if (formatted != null && formatted.size() > findings.size()) {
            // Keep only what this report holds, so that the map does not grow with the changes.
            Set<Object> current = new HashSet<>(assessments);
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

    private Map<String, Waiver> applicableWaivers(Collection<Waiver> waivers, AssessmentPeriod period, Set<String> checked,
                                                  List<Finding> findings, Map<String, String> locations) {
        Map<String, Waiver> valid = new HashMap<>();
        for (Waiver w : waivers) {
            Optional<Requirement> req = ruleSet.catalogue().requirement(w.requirementId());
            if (req.isEmpty()) {
                findings.add(dataFinding(new DataIssue("UNKNOWN_REQUIREMENT", w.id(), SubjectType.WAIVER,
                        "requirementId", w.requirementId()), period, Map.of(), locations));
            } else if (!req.get().strength().waivable()) {
                findings.add(dataFinding(new DataIssue("WAIVER_NOT_ALLOWED", w.id(), SubjectType.WAIVER,
                        "requirementId", w.requirementId() + " " + req.get().strength()), period,
                        Map.of("requirement", w.requirementId(), "strength", req.get().strength().name()), locations));
            } else if (!checked.contains(key(w.requirementId(), w.subjectId()))) {
                findings.add(dataFinding(new DataIssue("WAIVER_SUBJECT_MISMATCH", w.id(), SubjectType.WAIVER,
                        "subjectId", w.subjectId()), period, Map.of("requirement", w.requirementId()), locations));
            } else if (w.validFrom().isAfter(w.validUntil())) {
                findings.add(dataFinding(new DataIssue("INVALID_DATE_RANGE", w.id(), SubjectType.WAIVER,
                        "validUntil", w.validFrom() + ".." + w.validUntil()), period,
                        Map.of("from", w.validFrom().toString(), "until", w.validUntil().toString()), locations));
            } else if (w.validOn(period.end())) {
                valid.putIfAbsent(key(w.requirementId(), w.subjectId()), w);
            }
        }
        return valid;
    }

    /** The finding on {@code conclusion}: kept in {@link #formatted} from an earlier report, or formatted now (and kept, when there is a map to keep it in). */
    private Finding formattedOnce(Object conclusion, Supplier<Finding> format) {
        return formatted == null ? format.get() : formatted.computeIfAbsent(conclusion, k -> format.get());
    }

    /**
     * The requirements and subjects of {@code waivers}, as {@link #key}s, that {@code assessments}
     * checked: a waiver for anything else is refused. Looked up by requirement, so that an assessment
     * no waiver names costs no key.
     */
    private static Set<String> checked(Collection<Waiver> waivers, Collection<Assessment> assessments) {
        if (waivers.isEmpty()) {
            return Set.of();
        }
        Map<String, Set<String>> waived = new HashMap<>();
        waivers.forEach(w -> waived.computeIfAbsent(w.requirementId(), r -> new HashSet<>()).add(w.subjectId()));
        Set<String> checked = new HashSet<>();
        for (Assessment a : assessments) {
            Set<String> subjects = waived.get(a.requirementId());
            if (subjects != null && subjects.contains(a.subjectId())) {
                checked.add(key(a.requirementId(), a.subjectId()));
            }
        }
        return checked;
    }

    private static String key(String requirementId, String subjectId) {
        return requirementId + "\u0000" + subjectId;
    }

    private Finding finding(Assessment a, AssessmentPeriod period, Waiver waiver, Map<String, String> locations) {
        Optional<Requirement> req = ruleSet.catalogue().requirement(a.requirementId());
        Strength strength = req.map(Requirement::strength).orElse(Strength.DATA);
        Map<String, Object> vars = common(period);
        vars.put("subject", names.phrase(a.subjectId(), a.subjectType()));
        vars.put("id", a.subjectId());
        vars.put("measured", a.measured());
        vars.put("required", a.required());
        vars.put("gap", Long.toString(a.gap()));
        List<String> variants = new ArrayList<>(a.details());
        if (shareFigures(a, vars)) {
            variants.add("SWAP_ONLY");
        }
        String fallback = a.requirementId() + ": " + a.subjectId() + " {measured} / {required}";
        Messages messages = ruleSet.messages();
        Text message = messages.format(variant(a.requirementId() + ".message", variants), vars, a.details(), fallback);
        Text remedy = messages.format(variant(a.requirementId() + ".remedy", variants), vars, a.details(), fallback);
        boolean waived = waiver != null && strength.waivable();
        String reason = waived ? waiver.reason() + " (" + waiver.approver() + ", " + waiver.id() + ")" : null;
        return new Finding(a.requirementId(), null, req.map(Requirement::clause).orElse(null), strength,
                strength.findingKind(), a.subjectId(), a.subjectType().name(), waived, reason,
                a.measured(), a.required(), a.gap(), a.details(), message, remedy, locations.get(a.subjectId()));
    }

    /**
     * The placeholders of one finding, to be filled in, over the parameters in force and the period,
     * which every message may use: those are made once per period, not once per finding.
     */
    private Map<String, Object> common(AssessmentPeriod period) {
        if (!period.equals(commonPeriod)) {
            Map<String, Object> shared = new HashMap<>(parameters);
            shared.put("periodStart", period.start().toString());
            shared.put("periodEnd", period.end().toString());
            commonVars = shared;
            commonPeriod = period;
        }
        return new Placeholders(commonVars);
    }

    /**
     * A finding's own placeholders, and beneath them those every message may use. Only lookups
     * ({@code get}, {@code containsKey}, {@code getOrDefault}) see the shared ones, which is all that
     * filling a message does; iteration and {@code size} see the finding's own.
     */
    private static final class Placeholders extends HashMap<String, Object> {
        private final transient Map<String, Object> shared;

        Placeholders(Map<String, Object> shared) {
            this.shared = shared;
        }

        @Override
        public Object get(Object key) {
            Object own = super.get(key);
            return own != null || super.containsKey(key) ? own : shared.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return super.containsKey(key) || shared.containsKey(key);
        }

        @Override
        public Object getOrDefault(Object key, Object fallback) {
            return containsKey(key) ? get(key) : fallback;
        }
    }

    /**
     * Adds the counts behind a measured {@code k/n}, and for a required share {@code p%} the
     * percentage and the members to add; says whether adding cannot reach the share (p ≥ 100).
     */
    private static boolean shareFigures(Assessment a, Map<String, Object> vars) {
        Matcher counts = COUNTS.matcher(a.measured());
        if (!counts.matches()) {
            return false;
        }
        long k = Long.parseLong(counts.group(1));
        long n = Long.parseLong(counts.group(2));
        vars.put("qualifying", Long.toString(k));
        vars.put("total", Long.toString(n));
        Matcher percent = PERCENT.matcher(a.required());
        if (!percent.matches() || n == 0) {
            return false;
        }
        long p = Long.parseLong(percent.group(1));
        long tenths = (2000 * k + n) / (2 * n);   // rounded half up: 2 of 12 is 16.7%
        vars.put("percent", tenths / 10 + (tenths % 10 == 0 ? "" : "." + tenths % 10) + "%");
        if (p >= 100) {
            return true;
        }
        // (k + m) / (n + m) ≥ p / 100  ⇔  m · (100 − p) ≥ p·n − 100·k
        vars.put("add", Long.toString(Assessment.ceilDiv(Math.max(0, p * n - 100 * k), 100 - p)));
        return false;
    }

    /** {@code base} or its first variant {@code base.V} that the messages have in both languages. */
    private String variant(String base, List<String> variants) {
        for (String v : variants) {
            String key = base + "." + v;
            if (ruleSet.messages().has(key)) {
                return key;
            }
        }
        return base;
    }

    private Finding dataFinding(DataIssue issue, AssessmentPeriod period, Map<String, String> extra,
                                Map<String, String> locations) {
        Map<String, Object> vars = common(period);
        vars.putAll(extra);
        vars.put("subject", names.phrase(issue.subjectId(), issue.subjectType()));
        vars.put("id", issue.subjectId());
        vars.put("field", issue.field() == null ? "" : issue.field());
        vars.put("detail", issue.detail() == null ? "" : issue.detail());
        vars.put("detailNamed", names.named(issue.detail() == null ? "" : issue.detail()));
        String base = "DATA." + issue.code();
        String fallback = issue.code() + ": {subject} {field} {detail}";
        Messages messages = ruleSet.messages();
        Text message = messages.format(base + ".message", vars, issue.items(), fallback);
        Text remedy = messages.format(base + ".remedy", vars, issue.items(), fallback);
        List<String> details = issue.field() == null ? List.of() : List.of(issue.field());
        return new Finding(RequirementIds.DATA, issue.code(), null, Strength.DATA, Kind.DATA, issue.subjectId(),
                issue.subjectType().name(), false, null, issue.detail(), null, 0, details, message, remedy,
                locations.get(issue.subjectId()));
    }
}
