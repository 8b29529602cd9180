package io.github.fulianrules.testkit;

import io.github.fulianrules.report.Finding;
import io.github.fulianrules.report.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The findings a {@link ReportAssert} picked ({@code hasViolation("FL-4.1a")}), narrowed by each
 * call: {@code .on("S2").measured("0/1")} keeps those on S2 whose measured value is 0/1, and fails when
 * none is left, naming the nearest findings. The report's assertions go on from here as well, so a
 * chain reads as one sentence.
 */
public final class FindingAssert {
    private final ReportAssert report;
    private final Kind kind;
    private final String requirementId;
    private final String code;
    private String subjectId;
    /** What is sought besides kind, requirement, code and subject: by field, the phrase that names it and its test. */
    private final Map<String, String> phrases = new LinkedHashMap<>();
    private final Map<String, Predicate<Finding>> tests = new LinkedHashMap<>();
    private List<Finding> candidates = List.of();

    FindingAssert(ReportAssert report, Kind kind, String requirementId, String code) {
        this.report = report;
        this.kind = kind;
        this.requirementId = requirementId;
        this.code = code;
    }

    /** On the subject {@code subjectId}, e.g. a federation's or a Women's Home's id. */
    public FindingAssert on(String subjectId) {
        this.subjectId = subjectId;
        return narrow("on", null, f -> f.subjectId().equals(subjectId));
    }

    /** With this measured value, as the report writes it, e.g. {@code "3"} or {@code "0/1"}. */
    public FindingAssert measured(String value) {
        return narrow("measured", "measured " + value, f -> Objects.equals(f.measured(), value));
    }

    /** With this required value, as the report writes it, e.g. {@code "4"} or {@code "40%"}. */
    public FindingAssert required(String value) {
        return narrow("required", "required " + value, f -> Objects.equals(f.required(), value));
    }

    /** With this gap: how much is missing. */
    public FindingAssert gap(long gap) {
        return narrow("gap", "gap " + gap, f -> f.gap() == gap);
    }

    /** With exactly these details, in this order, e.g. the missing haves. */
    public FindingAssert withDetails(String... details) {
        return narrow("details", "details " + String.join(",", details), f -> f.details().equals(List.of(details)));
    }

    /** Waived by an approved waiver. */
    public FindingAssert waived() {
        return narrow("waived", "waived", Finding::waived);
    }

    /** Not waived. */
    public FindingAssert notWaived() {
        return narrow("waived", "not waived", f -> !f.waived());
    }

    /** The findings left, to assert on them with AssertJ's own means. */
    public List<Finding> candidates() {
        return candidates;
    }

    /** Back to the report. */
    public ReportAssert and() {
        return report;
    }

    public FindingAssert hasViolation(String requirementId) {
        return report.hasViolation(requirementId);
    }

    public FindingAssert hasWarning(String requirementId) {
        return report.hasWarning(requirementId);
    }

    public FindingAssert hasRecommendation(String requirementId) {
        return report.hasRecommendation(requirementId);
    }

    public FindingAssert hasDataFinding(String code) {
        return report.hasDataFinding(code);
    }

    public ReportAssert hasNoFindingOf(String requirementId) {
        return report.hasNoFindingOf(requirementId);
    }

    public ReportAssert hasNoFindingOf(String requirementId, String subjectId) {
        return report.hasNoFindingOf(requirementId, subjectId);
    }

    public ReportAssert isMet(String requirementId, String subjectId) {
        return report.isMet(requirementId, subjectId);
    }

    public ReportAssert notJudged(String requirementId) {
        return report.notJudged(requirementId);
    }

    public ReportAssert notJudged(String requirementId, String subjectId) {
        return report.notJudged(requirementId, subjectId);
    }

    public ReportAssert hasNoOpenViolations() {
        return report.hasNoOpenViolations();
    }

    public ReportAssert hasNoOtherFindings() {
        return report.hasNoOtherFindings();
    }

    private FindingAssert narrow(String field, String phrase, Predicate<Finding> test) {
        if (phrase != null) {
            phrases.put(field, phrase);
        }
        tests.put(field, test);
        return check();
    }

    /** Keeps the findings that match everything sought; fails when none does. */
    FindingAssert check() {
        candidates = report.findings().stream().filter(f -> f.kind() == kind && f.requirementId().equals(requirementId)
                && (code == null || code.equals(f.code())) && tests.values().stream().allMatch(t -> t.test(f))).toList();
        if (candidates.isEmpty()) {
            report.fail("Expected " + description() + ", but the report has none."
                    + report.nearest(kind, requirementId, subjectId, code));
        }
        return this;
    }

    /** What is sought, e.g. {@code a VIOLATION of FL-4.1a on S2 with measured 0/1 and gap 1}. */
    String description() {
        StringBuilder s = new StringBuilder(code != null ? "a DATA finding " + code
                : Phrases.article(kind.name()) + " of " + requirementId);
        if (subjectId != null) {
            s.append(" on ").append(subjectId);
        }
        List<String> with = new ArrayList<>(phrases.values());
        if (!with.isEmpty()) {
            String last = with.remove(with.size() - 1);
            s.append(" with ").append(with.isEmpty() ? last : String.join(", ", with) + " and " + last);
        }
        return s.toString();
    }
}
