package io.github.fulianrules.testkit;

import static io.github.fulianrules.testkit.RulesAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.report.Kind;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.report.Strength;
import io.github.fulianrules.report.Summary;
import io.github.fulianrules.report.Text;
import io.github.fulianrules.rulesupport.Assessment;
import io.github.fulianrules.rulesupport.SubjectType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The assertions read like the catalogue, and a failure names what was sought and the nearest findings in both languages. */
class ReportAssertTest {
    private static Finding finding(String requirementId, String code, Kind kind, String subjectId, String measured,
                                   String required, long gap, boolean waived, String zh, String en) {
        return new Finding(requirementId, code, code == null ? "二(四)1" : null, Strength.MUST, kind, subjectId,
                "SUB_DISTRICT_FEDERATION", waived, waived ? "机构改革过渡期" : null, measured, required, gap, List.of(),
                new Text(zh, en), new Text("补正", "Fix it"), null);
    }

    private static final Finding S2 = finding("FL-4.1a", null, Kind.VIOLATION, "S2", "0/1", "1", 1, false,
            "S2主席不是由同级党政领导班子中的女性领导兼任（主席 1 名，其中符合条件的 0 名）",
            "The chair of S2 is not a woman leader of the sub-district's party or government leadership team (0 of 1 chair qualifies)");
    private static final Finding S3 = finding("FL-4.1a", null, Kind.VIOLATION, "S3", null, null, 0, true,
            "S3未配备主席", "S3 has no chair");
    private static final Finding REPORTS = finding("FL-1.1a", null, Kind.WARNING, "d", "1", "2", 1, false,
            "d 考核期内向同级党委报告改革进展 1 次，少于 2 次", "d reported the reform's progress 1 time, fewer than 2");
    private static final Finding EMPTY = finding("DATA", "EMPTY_BODY", Kind.DATA, "c1", null, null, 0, false,
            "c1 没有任何任职记录", "c1 has no positions on record");

    private static final Evaluation EVALUATION = new Evaluation(report(List.of(REPORTS, S2, S3, EMPTY)), List.of(
            new Assessment("FL-2.4a", "d", SubjectType.DISTRICT_FEDERATION, true, "4", "4", 0, List.of()),
            new Assessment("FL-4.1a", "S2", SubjectType.SUB_DISTRICT_FEDERATION, false, "0/1", "1", 1, List.of()),
            new Assessment("FL-4.1a", "S1", SubjectType.SUB_DISTRICT_FEDERATION, true, "1/1", "1", 0, List.of())));

    private static Report report(List<Finding> findings) {
        return new Report("d", AssessmentPeriod.year(2025), findings, Summary.of(findings, Map.of()));
    }

    @Test
    void aChainThatPicksEveryFindingPasses() {
        assertThatCode(() -> assertThat(EVALUATION)
                .hasViolation("FL-4.1a").on("S2").measured("0/1").required("1").gap(1).notWaived()
                .hasViolation("FL-4.1a").on("S3").waived()
                .hasWarning("FL-1.1a").on("d")
                .hasDataFinding("EMPTY_BODY").on("c1")
                .isMet("FL-2.4a", "d").isMet("FL-4.1a", "S1")
                .notJudged("FL-2.1a")
                .hasNoOtherFindings()).doesNotThrowAnyException();
    }

    @Test
    void aValueThatDiffersNamesTheSoughtFindingAndTheNearestInChineseAndEnglish() {
        assertThatThrownBy(() -> assertThat(EVALUATION).hasViolation("FL-4.1a").on("S2").measured("1/1"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("""
                        Expected a VIOLATION of FL-4.1a on S2 with measured 1/1, but the report has none.
                        Nearest findings:
                          - a VIOLATION of FL-4.1a on S2: measured 0/1, required 1, gap 1
                              zh: S2主席不是由同级党政领导班子中的女性领导兼任（主席 1 名，其中符合条件的 0 名）
                              en: The chair of S2 is not a woman leader of the sub-district's party or government leadership team (0 of 1 chair qualifies)
                          - a VIOLATION of FL-4.1a on S3: waived
                              zh: S3未配备主席
                              en: S3 has no chair""");
    }

    @Test
    void aKindThatDiffersNamesTheFindingsOfTheRequirement() {
        assertThatThrownBy(() -> assertThat(EVALUATION).hasViolation("FL-1.1a"))
                .hasMessage("""
                        Expected a VIOLATION of FL-1.1a, but the report has none.
                        Nearest findings:
                          - a WARNING of FL-1.1a on d: measured 1, required 2, gap 1
                              zh: d 考核期内向同级党委报告改革进展 1 次，少于 2 次
                              en: d reported the reform's progress 1 time, fewer than 2""");
    }

    @Test
    void aRequirementWithoutFindingsNamesTheReportsFirstFindings() {
        assertThatThrownBy(() -> assertThat(EVALUATION).hasWarning("FL-2.4a"))
                .hasMessageStartingWith("Expected a WARNING of FL-2.4a, but the report has none.\n"
                        + "No finding is of FL-2.4a; the report's first findings:\n"
                        + "  - a WARNING of FL-1.1a on d: measured 1, required 2, gap 1\n");
        assertThatThrownBy(() -> assertThat(EVALUATION).hasDataFinding("UNKNOWN_REFERENCE"))
                .hasMessageStartingWith("Expected a DATA finding UNKNOWN_REFERENCE, but the report has none.\n"
                        + "Nearest findings:\n  - a DATA finding EMPTY_BODY on c1\n");
        assertThatThrownBy(() -> assertThat(report(List.of())).hasViolation("FL-4.1a"))
                .hasMessage("Expected a VIOLATION of FL-4.1a, but the report has none.\nThe report has no findings.");
    }

    @Test
    void aCheckNotMetNamesTheChecksOfTheRequirementAndItsFindings() {
        assertThatThrownBy(() -> assertThat(EVALUATION).isMet("FL-4.1a", "S2"))
                .hasMessageStartingWith("Expected FL-4.1a to be met on S2, but its checks were: "
                        + "S1 met (measured 1/1, required 1); S2 not met (measured 0/1, required 1).\n"
                        + "Nearest findings:\n  - a VIOLATION of FL-4.1a on S2: measured 0/1, required 1, gap 1\n"
                        + "      zh: S2主席");
        assertThatThrownBy(() -> assertThat(EVALUATION).isMet("FL-3.1a", "d"))
                .hasMessageStartingWith("Expected FL-3.1a to be met on d, but FL-3.1a was checked on no subject.\n"
                        + "Nearest findings:\n  - a WARNING of FL-1.1a on d");
    }

    @Test
    void aJudgedRequirementIsNotNotJudged() {
        assertThatThrownBy(() -> assertThat(EVALUATION).notJudged("FL-4.1a", "S2"))
                .hasMessageStartingWith("Expected FL-4.1a not to be judged on S2, but it was: "
                        + "S2 not met (measured 0/1, required 1); findings:\n  - a VIOLATION of FL-4.1a on S2:");
        assertThatThrownBy(() -> assertThat(EVALUATION).notJudged("FL-2.4a"))
                .hasMessage("Expected FL-2.4a not to be judged, but it was: d met (measured 4, required 4)");
        assertThatCode(() -> assertThat(EVALUATION).notJudged("FL-2.4a", "S2")).doesNotThrowAnyException();
    }

    @Test
    void findingsNoAssertionPickedFailHasNoOtherFindings() {
        assertThatThrownBy(() -> assertThat(EVALUATION).hasViolation("FL-4.1a").on("S2")
                .hasWarning("FL-1.1a").hasNoOtherFindings())
                .hasMessage("""
                        Expected no other findings, but found 2:
                          - a VIOLATION of FL-4.1a on S3: waived
                              zh: S3未配备主席
                              en: S3 has no chair
                          - a DATA finding EMPTY_BODY on c1
                              zh: c1 没有任何任职记录
                              en: c1 has no positions on record""");
    }

    @Test
    void hasNoOtherFindingsListsTheFirstTenAndCountsTheRest() {
        List<Finding> twelve = java.util.stream.IntStream.range(0, 12).mapToObj(i -> finding("FL-4.1a", null, Kind.VIOLATION,
                "S" + (10 + i), null, null, 0, false, "S" + (10 + i) + "未配备主席", "S" + (10 + i) + " has no chair")).toList();

        assertThatThrownBy(() -> assertThat(report(twelve)).hasNoOtherFindings())
                .hasMessageStartingWith("Expected no other findings, but found 12:\n  - a VIOLATION of FL-4.1a on S10\n")
                .hasMessageContaining("on S19\n")
                .hasMessageNotContaining("on S20")
                .hasMessageEndingWith("      en: S19 has no chair\n  … and 2 more");
    }

    @Test
    void absentFindingsAndOpenViolations() {
        assertThatCode(() -> assertThat(EVALUATION).hasNoFindingOf("FL-2.4a").hasNoFindingOf("FL-4.1a", "S1"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(EVALUATION).hasNoFindingOf("FL-4.1a", "S3"))
                .hasMessageStartingWith("Expected no finding of FL-4.1a on S3, but found:\n  - a VIOLATION of FL-4.1a on S3: waived");
        assertThatThrownBy(() -> assertThat(EVALUATION).hasNoOpenViolations())
                .hasMessageStartingWith("Expected no open violations, but found 1:\n  - a VIOLATION of FL-4.1a on S2:");
        assertThatCode(() -> assertThat(report(List.of(S3, REPORTS))).hasNoOpenViolations()).doesNotThrowAnyException();
    }

    @Test
    void theFindingsLeftAreThereForAssertJsOwnAssertions() {
        assertThat(assertThat(EVALUATION).hasViolation("FL-4.1a").candidates()).containsExactly(S2, S3);
        assertThat(assertThat(EVALUATION).hasViolation("FL-4.1a").on("S3").candidates()).containsExactly(S3);
    }

    @Test
    void aReportAloneCannotSayWhatWasMet() {
        assertThatThrownBy(() -> assertThat(EVALUATION.report()).isMet("FL-2.4a", "d"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("isMet needs the checks the rules made, which a report does not keep: assert on"
                        + " Evaluation.of(engine, district) instead of the report");
        assertThatThrownBy(() -> assertThat(EVALUATION.report()).notJudged("FL-2.4a"))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("notJudged needs the checks");
    }

    @Test
    void aDescriptionGivenWithAsLeadsTheMessage() {
        assertThatThrownBy(() -> assertThat(EVALUATION).as("district d").hasNoOpenViolations())
                .hasMessageStartingWith("[district d] Expected no open violations");
    }
}
