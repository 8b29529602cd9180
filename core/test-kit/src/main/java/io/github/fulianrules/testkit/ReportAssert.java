package io.github.fulianrules.testkit;

import io.github.fulianrules.report.Finding;
import io.github.fulianrules.report.Kind;
import io.github.fulianrules.report.RequirementIds;
import io.github.fulianrules.rulesupport.Assessment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on an {@link Evaluation} (or a report) that read like the catalogue. Each
 * {@code hasViolation}, {@code hasWarning}, … picks findings that {@link FindingAssert} narrows;
 * {@link #hasNoOtherFindings()} then fails on any finding no assertion picked.
 */
public final class ReportAssert extends AbstractAssert<ReportAssert, Evaluation> {
    /** How many of the nearest findings a failure lists. */
    static final int NEAREST = 5;
    /** How many of the findings no assertion picked {@link #hasNoOtherFindings()} lists. */
    static final int OTHERS_SHOWN = 10;

    private final boolean hasChecks;
    private final List<FindingAssert> picked = new ArrayList<>();

    ReportAssert(Evaluation actual) {
        this(actual, true);
    }

    ReportAssert(Evaluation actual, boolean hasChecks) {
        super(actual, ReportAssert.class);
        this.hasChecks = hasChecks;
    }

    /** At least one violation of {@code requirementId}; narrow it with {@link FindingAssert#on} and the like. */
    public FindingAssert hasViolation(String requirementId) {
        return has(Kind.VIOLATION, requirementId);
    }

    /** At least one warning of {@code requirementId}. */
    public FindingAssert hasWarning(String requirementId) {
        return has(Kind.WARNING, requirementId);
    }

    /** At least one recommendation of {@code requirementId}. */
    public FindingAssert hasRecommendation(String requirementId) {
        return has(Kind.RECOMMENDATION, requirementId);
    }

    /** At least one data finding of {@code code}, e.g. {@code EMPTY_BODY} or {@code UNKNOWN_REFERENCE}. */
    public FindingAssert hasDataFinding(String code) {
        isNotNull();
        FindingAssert finding = new FindingAssert(this, Kind.DATA, RequirementIds.DATA, code);
        picked.add(finding);
        return finding.check();
    }

    private FindingAssert has(Kind kind, String requirementId) {
        isNotNull();
        FindingAssert finding = new FindingAssert(this, kind, requirementId, null);
        picked.add(finding);
        return finding.check();
    }

    /** No finding of {@code requirementId}, of any kind, on any subject. */
    public ReportAssert hasNoFindingOf(String requirementId) {
        return hasNoFindingOf(requirementId, null);
    }

    /** No finding of {@code requirementId} on {@code subjectId}. */
    public ReportAssert hasNoFindingOf(String requirementId, String subjectId) {
        isNotNull();
        List<Finding> found = findingsOf(requirementId, subjectId);
        if (!found.isEmpty()) {
            failWithMessage("%s", "Expected no finding of " + requirementId + on(subjectId) + ", but found:"
                    + list(found));
        }
        return this;
    }

    /**
     * {@code requirementId} was checked on {@code subjectId} and met. Needs an {@link Evaluation}: a
     * report keeps no checks that were met.
     */
    public ReportAssert isMet(String requirementId, String subjectId) {
        isNotNull();
        requireChecks("isMet");
        List<Assessment> checks = checksOf(requirementId, null);
        if (checks.stream().noneMatch(a -> a.met() && a.subjectId().equals(subjectId))) {
            failWithMessage("%s", "Expected " + requirementId + " to be met on " + subjectId + ", but "
                    + (checks.isEmpty() ? requirementId + " was checked on no subject" : "its checks were: "
                    + checks.stream().map(Phrases::check).sorted().collect(Collectors.joining("; ")))
                    + "." + nearest(Kind.VIOLATION, requirementId, subjectId, null));
        }
        return this;
    }

    /**
     * {@code requirementId} was not judged at all: no check, met or not, and no finding, on any subject —
     * as when the facts cannot be judged. Needs an {@link Evaluation}.
     */
    public ReportAssert notJudged(String requirementId) {
        return notJudged(requirementId, null);
    }

    /** {@code requirementId} was not judged on {@code subjectId}: no check and no finding. Needs an {@link Evaluation}. */
    public ReportAssert notJudged(String requirementId, String subjectId) {
        isNotNull();
        requireChecks("notJudged");
        List<Assessment> checks = checksOf(requirementId, subjectId);
        List<Finding> found = findingsOf(requirementId, subjectId);
        if (!checks.isEmpty() || !found.isEmpty()) {
            failWithMessage("%s", "Expected " + requirementId + " not to be judged" + on(subjectId) + ", but it was: "
                    + checks.stream().map(Phrases::check).sorted().collect(Collectors.joining("; "))
                    + (found.isEmpty() ? "" : (checks.isEmpty() ? "" : "; ") + "findings:" + list(found)));
        }
        return this;
    }

    /** No finding but those the assertions so far picked ({@code hasViolation(...).on(...)} and the like). */
    public ReportAssert hasNoOtherFindings() {
        isNotNull();
        Set<Finding> claimed = Collections.newSetFromMap(new IdentityHashMap<>());
        picked.forEach(p -> claimed.addAll(p.candidates()));
        List<Finding> others = actual.findings().stream().filter(f -> !claimed.contains(f)).toList();
        if (!others.isEmpty()) {
            failWithMessage("%s", "Expected no other findings, but found " + others.size() + ":"
                    + list(others.stream().limit(OTHERS_SHOWN).toList())
                    + (others.size() > OTHERS_SHOWN ? "\n  … and " + (others.size() - OTHERS_SHOWN) + " more" : ""));
        }
        return this;
    }

    /** No violation left open (one not waived). */
    public ReportAssert hasNoOpenViolations() {
        isNotNull();
        List<Finding> open = actual.findings().stream().filter(Finding::isOpenViolation).toList();
        if (!open.isEmpty()) {
            failWithMessage("%s", "Expected no open violations, but found " + open.size() + ":" + list(open));
        }
        return this;
    }

    // --- shared with FindingAssert

    void fail(String message) {
        failWithMessage("%s", message);
    }

    List<Finding> findings() {
        return actual.findings();
    }

    /**
     * The findings nearest to the one sought, as the end of a failure message: same requirement first,
     * then same subject, then same kind; each with its Chinese and English text.
     */
    String nearest(Kind kind, String requirementId, String subjectId, String code) {
        List<Finding> all = actual.findings();
        if (all.isEmpty()) {
            return "\nThe report has no findings.";
        }
        Comparator<Finding> byCloseness = Comparator.comparingInt(
                (Finding f) -> -closeness(f, kind, requirementId, subjectId, code));
        List<Finding> near = all.stream().filter(f -> closeness(f, kind, requirementId, subjectId, code) > 0)
                .sorted(byCloseness).limit(NEAREST).toList();
        if (near.isEmpty()) {
            return "\nNo finding is of " + requirementId + on(subjectId).replace(" on ", " or on ") + "; the report's first findings:"
                    + list(all.stream().limit(NEAREST).toList());
        }
        return "\nNearest findings:" + list(near);
    }

    private static int closeness(Finding f, Kind kind, String requirementId, String subjectId, String code) {
        return (f.requirementId().equals(requirementId) ? 8 : 0) + (subjectId != null && f.subjectId().equals(subjectId) ? 4 : 0)
                + (code != null && code.equals(f.code()) ? 4 : 0) + (f.kind() == kind && (f.requirementId().equals(requirementId)
                || (subjectId != null && f.subjectId().equals(subjectId))) ? 1 : 0);
    }

    static String list(List<Finding> findings) {
        return findings.stream().map(f -> "\n  - " + Phrases.findingWithText(f, "    ")).collect(Collectors.joining());
    }

    static String on(String subjectId) {
        return subjectId == null ? "" : " on " + subjectId;
    }

    private List<Finding> findingsOf(String requirementId, String subjectId) {
        return actual.findings().stream().filter(f -> f.requirementId().equals(requirementId)
                && (subjectId == null || f.subjectId().equals(subjectId))).toList();
    }

    private List<Assessment> checksOf(String requirementId, String subjectId) {
        return actual.assessments().stream().filter(a -> a.requirementId().equals(requirementId)
                && (subjectId == null || a.subjectId().equals(subjectId))).toList();
    }

    private void requireChecks(String assertion) {
        if (!hasChecks) {
            throw new IllegalStateException(assertion + " needs the checks the rules made, which a report does not keep:"
                    + " assert on Evaluation.of(engine, district) instead of the report");
        }
    }
}
