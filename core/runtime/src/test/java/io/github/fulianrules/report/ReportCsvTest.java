package io.github.fulianrules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.model.AssessmentPeriod;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportCsvTest {
    private static final Finding WAIVED_VICE_CHAIRS = new Finding("FL-2.4a", null, "二(二)4", Strength.IN_PRINCIPLE,
            Kind.VIOLATION, "qx", "DISTRICT_FEDERATION", true, "换届前过渡 (区委组织部, w1)", "3", "4", 1, List.of(),
            new Text("区妇联兼职副主席 3 人，少于 4 人", "3 part-time vice-chairs, fewer than 4"),
            new Text("还需增补 1 名兼职副主席", "1 more part-time vice-chair needed"), "district.json:5");
    /** A building whose name has a comma, quotes and a line break, and a message that looks like a formula. */
    private static final Finding AWKWARD_BUILDING = new Finding("FL-4.3d", null, "二(四)3", Strength.SHOULD,
            Kind.WARNING, "b1", "BUILDING", false, null, "NO", "YES", 1, List.of(),
            new Text("=HYPERLINK(\"x\")", "no \"station\", yet\nreally"), new Text("建站", "set one up"), null);
    private static final Finding DUPLICATE_ID = new Finding("DATA", "DUPLICATE_ID", null, Strength.DATA, Kind.DATA,
            "p-7", "PERSON", false, null, "p-7", null, 0, List.of("id"),
            new Text("重复的 id p-7", "duplicate id p-7"), new Text("改正 id", "fix the id"), "district.json:88");

    private static Report report() {
        List<Finding> findings = List.of(WAIVED_VICE_CHAIRS, AWKWARD_BUILDING, DUPLICATE_ID);
        Map<String, RequirementScore> scores = new LinkedHashMap<>();
        scores.put("FL-2.4a", new RequirementScore("FL-2.4a", 1, 0, 1));
        scores.put("FL-4.3d", new RequirementScore("FL-4.3d", 4, 3, 0));
        return new Report("qx", AssessmentPeriod.year(2025), findings, Summary.of(findings, scores), null, null,
                Map.of("qx", "青溪区妇联", "b1", "大厦, \"东区\"\n二期"));
    }

    @Test
    void startsWithAByteOrderMarkAndHasOneRowPerFindingUnderTheHeader() {
        String csv = ReportCsv.findings(report(), "zh");

        assertThat(csv.getBytes(StandardCharsets.UTF_8)).startsWith(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = Csv.parse(csv);
        assertThat(rows).hasSize(1 + report().findings().size());
        assertThat(rows.get(0)).containsExactly("区妇联", "要求编号", "问题代码", "条款", "强度", "类别", "已豁免", "对象类型",
                "对象编号", "对象名称", "实测", "要求", "差距", "问题", "整改建议", "输入位置");
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(16));
    }

    @Test
    void aFindingRowCarriesItsFieldsInTheLanguageAsked() {
        List<List<String>> zh = Csv.parse(ReportCsv.findings(report(), "zh"));
        List<List<String>> en = Csv.parse(ReportCsv.findings(report(), "en"));

        assertThat(zh.get(1)).containsExactly("qx", "FL-2.4a", "", "二(二)4", "原则上", "违规", "是", "区妇联", "qx",
                "青溪区妇联", "3", "4", "1", "区妇联兼职副主席 3 人，少于 4 人", "还需增补 1 名兼职副主席", "district.json:5");
        assertThat(en.get(0).get(1)).isEqualTo("requirement");
        assertThat(en.get(1).subList(4, 8)).containsExactly("in principle", "violation", "yes", "district federation");
        assertThat(en.get(3).subList(1, 3)).containsExactly("DATA", "DUPLICATE_ID");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAndComeBackIntact() {
        String csv = ReportCsv.findings(report(), "en");

        assertThat(csv).contains("\"大厦, \"\"东区\"\"\n二期\"");
        List<String> building = Csv.parse(csv).get(2);
        assertThat(building.get(9)).isEqualTo("大厦, \"东区\"\n二期");
        assertThat(building.get(13)).isEqualTo("no \"station\", yet\nreally");
    }

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaIsDefused() {
        List<String> building = Csv.parse(ReportCsv.findings(report(), "zh")).get(2);

        assertThat(building.get(13)).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(ReportCsv.cell("-3")).as("a negative number stays a number").isEqualTo("-3");
        assertThat(ReportCsv.cell("+1 day")).isEqualTo("'+1 day");
        assertThat(ReportCsv.cell("@x")).isEqualTo("'@x");
    }

    @Test
    void rowsEndInCrLf() {
        String csv = ReportCsv.findings(report(), "en");

        assertThat(csv).endsWith("\r\n");
        assertThat(csv.replace("\r\n", "").replace("\n", "")).doesNotContain("\r");
    }

    @Test
    void theScorecardIsATableOfItsOwnWithATotalRowPerArea() {
        List<List<String>> rows = Csv.parse(ReportCsv.scorecard(report(), "en"));

        assertThat(rows.get(0)).containsExactly("district", "level", "area id", "area name", "parent id", "requirement",
                "checked", "met", "waived", "unmet", "rate %");
        assertThat(rows.get(1)).containsExactly("qx", "district", "qx", "qx", "", "all", "5", "3", "1", "1", "80.0");
        assertThat(rows.get(2)).containsExactly("qx", "district", "qx", "qx", "", "FL-2.4a", "1", "0", "1", "0", "100.0");
        assertThat(rows).hasSize(4);
    }

    @Test
    void levelsAndValuesAreWordsNotConstants() {
        List<List<String>> card = Csv.parse(ReportCsv.scorecard(report(), "zh"));
        List<String> building = Csv.parse(ReportCsv.findings(report(), "zh")).get(2);

        assertThat(card.get(1)).startsWith("qx", "全区", "qx", "qx", "", "全部");
        assertThat(building.subList(10, 12)).as("measured, required").containsExactly("否", "是");
        assertThat(Csv.parse(ReportCsv.findings(report(), "en")).get(2).subList(10, 12)).containsExactly("no", "yes");
    }

    @Test
    void theSameReportGivesTheSameBytes() {
        assertThat(ReportCsv.findings(report(), "zh")).isEqualTo(ReportCsv.findings(report(), "zh"));
        assertThat(ReportCsv.scorecard(report(), "zh")).isEqualTo(ReportCsv.scorecard(report(), "zh"));
    }
}
