package io.github.fulianrules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.Level;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The words other writers of a report (the workbook, a host's pages) take from the library. */
class ReportWordsTest {
    @Test
    void englishWhenAskedChineseOtherwise() {
        ReportWords en = ReportWords.of("en");
        ReportWords zh = ReportWords.of("zh");

        assertThat(en.pick("是", "yes")).isEqualTo("yes");
        assertThat(zh.pick("是", "yes")).isEqualTo("是");
        assertThat(ReportWords.of("fr").pick("是", "yes")).isEqualTo("是");
        assertThat(en.kind(Kind.VIOLATION)).isEqualTo("violation");
        assertThat(zh.kind(Kind.DATA)).isEqualTo("数据问题");
        assertThat(en.strength(Strength.IN_PRINCIPLE)).isEqualTo("in principle");
        assertThat(zh.strength(Strength.ENCOURAGED)).isEqualTo("鼓励");
        assertThat(en.recordKind("womensHomes")).isEqualTo("Women's Homes");
        assertThat(zh.recordKind("buildings")).isEqualTo("商务楼宇");
        assertThat(en.recordKind("rockets")).as("an unknown kind as it is").isEqualTo("rockets");
        assertThat(en.level(Level.SUB_DISTRICT)).isEqualTo("sub-district");
        assertThat(zh.level(Level.COMMUNITY)).isEqualTo("社区");
        assertThat(en.yesNo(true)).isEqualTo("yes");
        assertThat(zh.yesNo(false)).isEqualTo("否");
        assertThat(en.subjectType("WOMENS_HOME")).isEqualTo("Women's Home");
        assertThat(en.subjectType("ROCKET")).isEqualTo("ROCKET");
    }

    @Test
    void aRejectedRecordIsGivenTheMessagesOfTheDataFindingsThatRejectItNotTheirCodes() {
        Finding missing = data("MISSING_COUNT", "unit-24", "某联谊群未登记妇女人数", "某联谊群 has no number of women recorded");
        Finding negative = data("NEGATIVE_COUNT", "unit-24", "某联谊群的员工人数为负数", "The staff of 某联谊群 is negative");
        Finding otherRecord = data("MISSING_COUNT", "unit-25", "另一单位未登记妇女人数", "another unit has no number of women");
        Finding notACode = data("NOT_RECORDED", "unit-24", "不是这条记录的退回原因", "not a reason of this rejection");
        Finding violation = new Finding("FL-4.3b", "MISSING_COUNT", "二(四)3", Strength.SHOULD, Kind.WARNING, "unit-24",
                "UNIT", false, null, "0", "1", 1, List.of(), new Text("违规", "a violation"), null, null);
        Rejection rejected = new Rejection("unit-24", "district.json:785", List.of("MISSING_COUNT", "NEGATIVE_COUNT"));
        Report report = new Report("qx", AssessmentPeriod.year(2025), List.of(missing, negative, otherRecord, notACode, violation),
                Summary.of(List.of(), Map.of()));

        assertThat(report.reasonsFor(rejected)).containsExactly(missing, negative);
        assertThat(ReportWords.of("zh").reasons(report, rejected)).isEqualTo("某联谊群未登记妇女人数；某联谊群的员工人数为负数");
        assertThat(ReportWords.of("en").reasons(report, rejected))
                .isEqualTo("某联谊群 has no number of women recorded; The staff of 某联谊群 is negative");
        assertThat(ReportWords.of("en").reasons(report, new Rejection("p9", null, List.of("DUPLICATE_ID", "BAD_DATE"))))
                .as("a report without the findings, e.g. assembled by hand: the codes").isEqualTo("DUPLICATE_ID, BAD_DATE");
    }

    @Test
    void anIssueOfTheWholeInputIsGivenTheMessageOfItsDataFinding() {
        Finding noDistrict = new Finding("DATA", "NO_DISTRICT_FEDERATION", null, Strength.DATA, Kind.DATA, "input", "INPUT",
                false, null, null, null, 0, List.of(), new Text("输入中没有区妇联", "The input has no district federation"),
                new Text("补录区妇联", "Add the district federation"), null);
        Report report = new Report(null, AssessmentPeriod.year(2025), List.of(noDistrict), Summary.of(List.of(), Map.of()));

        assertThat(Accounting.issueOf(noDistrict)).isEqualTo("NO_DISTRICT_FEDERATION input");
        assertThat(report.reasonsFor(Accounting.issueOf(noDistrict))).containsExactly(noDistrict);
        assertThat(ReportWords.of("zh").otherIssue(report, Accounting.issueOf(noDistrict))).isEqualTo("输入中没有区妇联");
        assertThat(ReportWords.of("en").otherIssue(report, "NO_PERIOD input")).as("no such finding: as it is")
                .isEqualTo("NO_PERIOD input");
    }

    private static Finding data(String code, String subjectId, String zh, String en) {
        return new Finding("DATA", code, null, Strength.DATA, Kind.DATA, subjectId, "UNIT", false, null, null, null, 0,
                List.of(), new Text(zh, en), new Text("补录", "record it"), null);
    }

    @Test
    void aStrengthYieldsItsKindOfFindingAndOnlyInPrincipleIsWaivable() {
        assertThat(Strength.MUST.findingKind()).isEqualTo(Kind.VIOLATION);
        assertThat(Strength.SHOULD.findingKind()).isEqualTo(Kind.WARNING);
        assertThat(Strength.ENCOURAGED.findingKind()).isEqualTo(Kind.RECOMMENDATION);
        assertThat(Strength.DATA.findingKind()).isEqualTo(Kind.DATA);
        assertThat(Strength.IN_PRINCIPLE.waivable()).isTrue();
        assertThat(Strength.MUST.waivable()).isFalse();
    }
}
