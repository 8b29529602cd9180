package io.github.fulianrules.xlsx;

import static io.github.fulianrules.xlsx.Workbooks.columnWidth;
import static io.github.fulianrules.xlsx.Workbooks.style;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.report.Accounting;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.report.Kind;
import io.github.fulianrules.report.RecordAccount;
import io.github.fulianrules.report.Rejection;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.report.ReportWords;
import io.github.fulianrules.report.RequirementScore;
import io.github.fulianrules.report.ScoreLine;
import io.github.fulianrules.report.Scorecard;
import io.github.fulianrules.report.Strength;
import io.github.fulianrules.report.Summary;
import io.github.fulianrules.report.Text;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * The cells of a report workbook, from a report made by hand (no rules run): numbers where the
 * finding's values are numbers, text otherwise, each kind in its colour, rates as percentages, a
 * dash for a rate of nothing, and the notes sheet with the counts and the input records.
 */
class ReportWorkbookCellsTest {
    private static final String FINDINGS = "xl/worksheets/sheet1.xml";
    private static final String SCORECARD = "xl/worksheets/sheet2.xml";
    private static final String AREAS = "xl/worksheets/sheet3.xml";
    private static final String NOTES = "xl/worksheets/sheet4.xml";

    private static Finding finding(String requirementId, Kind kind, String subjectId, String measured, String required,
                                   long gap, Text message) {
        return new Finding(requirementId, "CODE-" + kind, "二(一)1", Strength.MUST, kind, subjectId, "FEDERATION", false, null,
                measured, required, gap, List.of(), message, null, "青溪区.xlsx!组织!2");
    }

    private static Finding waived(Finding f, String reason, Text remedy) {
        return new Finding(f.requirementId(), f.code(), f.clause(), f.strength(), f.kind(), f.subjectId(), f.subjectType(),
                true, reason, f.measured(), f.required(), f.gap(), f.details(), f.message(), remedy, f.location());
    }

    private static final List<Finding> FOUND = List.of(
            finding("FL-1.1", Kind.VIOLATION, "qx", "2.5", "12.5%", 3, new Text("执委人数不足", "too few executive members")),
            waived(finding("FL-1.2", Kind.WARNING, "qx-qh", "40%", "-7", 0, null), "W-1: 区委批复",
                    new Text("增补执委", "add executive members")),
            finding("FL-1.3", Kind.RECOMMENDATION, "qx-qh", "3 of 5", null, 0, null),
            finding("FL-1.4", Kind.DATA, "qx-qh", "=1+1", "1234567890123456", 0, null));

    private static Report report() {
        return report(FOUND);
    }

    private static Report report(List<Finding> found) {
        Map<String, RequirementScore> scores = new LinkedHashMap<>();
        scores.put("FL-1.1", new RequirementScore("FL-1.1", 4, 1, 1));
        scores.put("FL-1.2", new RequirementScore("FL-1.2", 0, 0, 0));
        Map<String, RequirementScore> inQinghe = Map.of("FL-1.1", new RequirementScore("FL-1.1", 0, 0, 0));
        Scorecard scorecard = new Scorecard(new ScoreLine("qx", "青溪区妇联", Level.DISTRICT, null, scores),
                List.of(new ScoreLine("qx-qh", "清河街道妇联", Level.SUB_DISTRICT, "qx", inQinghe)), List.of());
        Accounting accounting = new Accounting(List.of(new RecordAccount("people", 10, 9,
                List.of(new Rejection("p9", "青溪区.xlsx!人员!10", List.of("MISSING_ID"))))), List.of());
        return new Report("qx", new AssessmentPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)), found,
                Summary.of(found, scores), scorecard, accounting, Map.of("qx", "青溪区妇联"));
    }

    private static byte[] workbook(Report report, String lang) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWorkbook.write(report, null, lang, out);
        return out.toByteArray();
    }

    private static List<Row> rows(byte[] xlsx, String sheet) throws Exception {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return wb.findSheet(sheet).orElseThrow().read();
        }
    }

    private static List<String> texts(Row row) {
        return row.stream().map(c -> c == null ? "" : c.getText()).toList();
    }

    /** The cell of {@code row} in column {@code c}, or {@code null}. */
    private static Cell cell(Row row, int c) {
        return c < row.getCellCount() ? row.getCell(c) : null;
    }

    /** The address of the first cell of {@code sheet} whose text is {@code text}. */
    private static String at(byte[] xlsx, String sheet, String text) throws Exception {
        for (Row row : rows(xlsx, sheet)) {
            for (Cell c : row) {
                if (c != null && text.equals(c.getText())) {
                    return c.getAddress().toString();
                }
            }
        }
        throw new AssertionError("no cell " + text + " in " + sheet);
    }

    /** The address of the cell right of {@code address}. */
    private static String rightOf(String address) {
        return (char) (address.charAt(0) + 1) + address.substring(1);
    }

    @Test
    void measuredAndRequiredAreNumbersWhereTheyAreNumbers() throws Exception {
        byte[] xlsx = workbook(report(), "zh");
        List<Row> rows = rows(xlsx, "发现");

        assertThat(cell(rows.get(1), 7).asNumber()).isEqualByComparingTo("2.5");
        assertThat(cell(rows.get(1), 8).asNumber()).isEqualByComparingTo("0.125");
        assertThat(style(xlsx, FINDINGS, "I2")).isEqualTo("format 0.0% vertical top");
        assertThat(cell(rows.get(2), 7).asNumber()).isEqualByComparingTo("0.4");
        assertThat(style(xlsx, FINDINGS, "H3")).isEqualTo("format 0% vertical top");
        assertThat(cell(rows.get(2), 8).asNumber()).isEqualByComparingTo("-7");
        assertThat(cell(rows.get(3), 7).getType()).isEqualTo(CellType.STRING);
        assertThat(cell(rows.get(3), 7).getText()).isEqualTo("3 of 5");
        assertThat(cell(rows.get(3), 8).getType()).as("nothing required: a cell without a value").isEqualTo(CellType.EMPTY);
        assertThat(cell(rows.get(4), 7).getText()).as("defused").isEqualTo("'=1+1");
        assertThat(cell(rows.get(4), 8).getType()).as("too long for a number").isEqualTo(CellType.STRING);
        assertThat(cell(rows.get(1), 9).asNumber()).isEqualByComparingTo(BigDecimal.valueOf(3));
    }

    @Test
    void valuesOfTheFactModelAreWordsNotConstants() throws Exception {
        Report report = report(List.of(finding("FL-4.3a", Kind.VIOLATION, "qx", "NO", "YES", 1, null),
                finding("FL-2.1a", Kind.WARNING, "qx", "MALE", "FEMALE", 1, null)));

        List<Row> zh = rows(workbook(report, "zh"), "发现");
        List<Row> en = rows(workbook(report, "en"), "findings");

        assertThat(List.of(cell(zh.get(1), 7).getText(), cell(zh.get(1), 8).getText(), cell(zh.get(2), 7).getText(),
                cell(zh.get(2), 8).getText())).containsExactly("否", "是", "男", "女");
        assertThat(List.of(cell(en.get(1), 7).getText(), cell(en.get(1), 8).getText())).containsExactly("no", "yes");
    }

    @Test
    void aFindingsRowShowsItsWordsInTheReportsLanguage() throws Exception {
        List<Row> zh = rows(workbook(report(), "zh"), "发现");
        List<Row> en = rows(workbook(report(), "en"), "findings");
        ReportWords zhWords = ReportWords.of("zh");
        ReportWords enWords = ReportWords.of("en");

        assertThat(texts(zh.get(1))).containsExactly("FL-1.1", "二(一)1", zhWords.kind(Kind.VIOLATION), "否",
                zhWords.subjectType("FEDERATION"), "qx", "青溪区妇联", "2.5", "0.125", "3", "执委人数不足", "",
                zhWords.strength(Strength.MUST), "", "CODE-VIOLATION", "青溪区.xlsx!组织!2");
        assertThat(texts(en.get(0))).containsExactly("requirement", "clause", "kind", "waived", "subject type", "subject id",
                "subject name", "measured", "required", "gap", "message", "remedy", "strength", "waiver", "code",
                "location");
        assertThat(texts(en.get(1)).subList(2, 4)).containsExactly(ReportWords.of("en").kind(Kind.VIOLATION), "no");
        assertThat(texts(en.get(1)).subList(10, 13)).containsExactly("too few executive members", "",
                enWords.strength(Strength.MUST));
        assertThat(texts(zh.get(2)).get(3)).as("waived, beside the kind").isEqualTo("是");
        assertThat(texts(zh.get(2)).get(10)).as("no message: no cell").isEmpty();
        assertThat(texts(zh.get(2)).subList(11, 14)).containsExactly("增补执委", zhWords.strength(Strength.MUST), "W-1: 区委批复");
        assertThat(texts(en.get(2)).get(11)).isEqualTo("add executive members");
    }

    @Test
    void eachKindIsInItsColourAndTheHeaderIsBoldAndFilled() throws Exception {
        byte[] xlsx = workbook(report(), "zh");

        assertThat(style(xlsx, FINDINGS, "C2")).isEqualTo("fill " + ReportWorkbook.VIOLATION_FILL + " vertical top");
        assertThat(style(xlsx, FINDINGS, "C3")).isEqualTo("fill " + ReportWorkbook.WARNING_FILL + " vertical top");
        assertThat(style(xlsx, FINDINGS, "C4")).isEqualTo("fill " + ReportWorkbook.RECOMMENDATION_FILL + " vertical top");
        assertThat(style(xlsx, FINDINGS, "C5")).isEqualTo("fill " + ReportWorkbook.DATA_FILL + " vertical top");
        for (String part : List.of(FINDINGS, SCORECARD, AREAS)) {
            assertThat(style(xlsx, part, "A1")).as(part).isEqualTo("bold fill " + WorkbookWriting.HEADER_FILL + " vertical top wrap");
            assertThat(Workbooks.part(xlsx, part)).as(part).contains("ySplit=\"1\"");
        }
        assertThat(columnWidth(xlsx, FINDINGS, 1)).isEqualTo("10.0");
        assertThat(columnWidth(xlsx, FINDINGS, 11)).as("message").isEqualTo("40.0");
        assertThat(columnWidth(xlsx, SCORECARD, 4)).as("what is checked").isEqualTo("60.0");
        assertThat(columnWidth(xlsx, AREAS, 3)).as("name").isEqualTo("24.0");
    }

    @Test
    void aRowIsAsHighAsItsLongestWrappedText() {
        assertThat(ReportWorkbook.lines("问".repeat(19), 40)).as("39 units of 39").isEqualTo(1);
        assertThat(ReportWorkbook.lines("问".repeat(20), 40)).isEqualTo(2);
        assertThat(ReportWorkbook.lines("a\nb", 40)).as("a line break").isEqualTo(2);
        assertThat(ReportWorkbook.lines(3L, 5)).as("a number").isEqualTo(1);
    }

    @Test
    void sheetsPrintAcrossWithTheHeaderOnEveryPageAndTheTablesOnePageWide() throws Exception {
        byte[] xlsx = workbook(report(), "zh");

        for (String part : List.of(FINDINGS, SCORECARD, AREAS, NOTES)) {
            assertThat(Workbooks.part(xlsx, part)).as(part).contains("orientation=\"landscape\"").contains("paperSize=\"9\"");
        }
        for (String part : List.of(FINDINGS, SCORECARD, AREAS)) {
            assertThat(Workbooks.part(xlsx, part)).as(part).contains("fitToPage=\"true\"")
                    .contains("fitToWidth=\"1\"").contains("fitToHeight=\"0\"");
        }
        assertThat(Workbooks.part(xlsx, "xl/workbook.xml"))
                .contains("<definedName function=\"false\" hidden=\"false\" localSheetId=\"0\" name=\"_xlnm.Print_Titles\"")
                .contains("localSheetId=\"1\" name=\"_xlnm.Print_Titles\"")
                .contains("localSheetId=\"2\" name=\"_xlnm.Print_Titles\"");
        assertThat(Workbooks.part(xlsx, AREAS)).contains("<autoFilter ref=\"A1:I");
    }

    @Test
    void theScorecardShowsCountsAndRatesAndADashForARateOfNothing() throws Exception {
        byte[] xlsx = workbook(report(), "zh");
        List<Row> rows = rows(xlsx, "记分卡");

        assertThat(texts(rows.get(1))).containsExactly("FL-1.1", "", "", "", "4", "1", "1", "2", "0.500");
        assertThat(style(xlsx, SCORECARD, "I2")).isEqualTo("format 0.0%");
        assertThat(texts(rows.get(2))).as("without a catalogue, no clause or words")
                .containsExactly("FL-1.2", "", "", "", "0", "0", "0", "0", "—");
        assertThat(texts(rows.get(3))).containsExactly("合计", "", "", "", "4", "1", "1", "2", "0.500");
        assertThat(style(xlsx, SCORECARD, "A4")).isEqualTo("bold");
        List<Row> en = rows(workbook(report(), "en"), "scorecard");
        assertThat(texts(en.get(0))).containsExactly("requirement", "clause", "strength", "what is checked", "checked", "met",
                "waived", "unmet", "rate");
        assertThat(texts(en.get(3)).get(0)).isEqualTo("total");
    }

    @Test
    void byFederationHasALinePerAreaWithADashForAnAreaWithNothingChecked() throws Exception {
        List<Row> rows = rows(workbook(report(), "en"), "by federation");

        assertThat(texts(rows.get(0))).containsExactly("level", "federation id", "name", "parent", "checked", "met",
                "waived", "unmet", "rate");
        assertThat(texts(rows.get(1))).containsExactly(ReportWords.of("en").level(Level.DISTRICT), "qx", "青溪区妇联", "",
                "4", "1", "1", "2", "0.500");
        assertThat(texts(rows.get(2))).containsExactly(ReportWords.of("en").level(Level.SUB_DISTRICT), "qx-qh",
                "清河街道妇联", "qx", "0", "0", "0", "0", "—");
    }

    @Test
    void theNotesGiveTheDistrictThePeriodTheCountsAndTheInputRecords() throws Exception {
        byte[] xlsx = workbook(report(), "zh");
        List<List<String>> rows = rows(xlsx, "说明").stream().map(ReportWorkbookCellsTest::texts).toList();
        ReportWords w = ReportWords.of("zh");

        assertThat(rows.get(0)).containsExactly("区妇联改革落实情况检查报告");
        assertThat(style(xlsx, NOTES, "A1")).isEqualTo("bold size 14");
        assertThat(rows).contains(List.of("区妇联", "青溪区妇联"), List.of("考核期", "2025-01-01 – 2025-12-31"),
                List.of(w.kind(Kind.VIOLATION), "1"), List.of(w.kind(Kind.DATA), "1"),
                List.of("未豁免的违规", "1"), List.of("已豁免", "1"),
                List.of("输入记录", "读入", "采纳", "退回"), List.of(w.recordKind("people"), "10", "9", "1"));
        String violations = at(xlsx, "说明", w.kind(Kind.VIOLATION));
        assertThat(style(xlsx, NOTES, violations)).isEqualTo("bold fill " + ReportWorkbook.VIOLATION_FILL);
        assertThat(style(xlsx, NOTES, at(xlsx, "说明", w.kind(Kind.WARNING)))).isEqualTo("bold fill " + ReportWorkbook.WARNING_FILL);
        assertThat(style(xlsx, NOTES, rightOf(violations))).as("a count, left-aligned").isEqualTo("left");
        assertThat(style(xlsx, NOTES, at(xlsx, "说明", "考核期"))).isEqualTo("bold");
        for (String head : List.of("输入记录", "读入", "采纳", "退回")) {
            assertThat(style(xlsx, NOTES, at(xlsx, "说明", head))).isEqualTo("bold fill " + WorkbookWriting.HEADER_FILL);
        }
        assertThat(style(xlsx, NOTES, rightOf(at(xlsx, "说明", "退回")))).as("the header is four cells").isEqualTo("no cell");
        assertThat(rows.indexOf(List.of(w.recordKind("people"), "10", "9", "1")))
                .as("the records under their header").isEqualTo(rows.indexOf(List.of("输入记录", "读入", "采纳", "退回")) + 1);
        assertThat(rows.get(rows.size() - 1).get(0)).startsWith("数据问题表示该记录无法判断");
        assertThat(columnWidth(xlsx, NOTES, 1)).isEqualTo("22.0");
        assertThat(columnWidth(xlsx, NOTES, 2)).isEqualTo("40.0");
        assertThat(columnWidth(xlsx, NOTES, 3)).isEqualTo("10.0");
        assertThat(columnWidth(xlsx, NOTES, 4)).isEqualTo("10.0");
    }

    @Test
    void theEnglishNotesAndAReportWithoutADistrict() throws Exception {
        Report report = report();
        Report noDistrict = new Report(null, report.period(), report.findings(), report.summary(), report.scorecard(),
                report.accounting(), report.names());
        List<List<String>> rows = rows(workbook(noDistrict, "en"), "notes").stream().map(ReportWorkbookCellsTest::texts).toList();

        assertThat(rows.get(0)).containsExactly("Reform compliance report");
        assertThat(rows).contains(List.of("district"), List.of("period", "2025-01-01 – 2025-12-31"),
                List.of("open violations", "1"), List.of("input records", "read", "accepted", "rejected"));
        assertThat(rows.get(rows.size() - 1).get(0)).startsWith("A data issue means a record could not be judged");
    }
}
