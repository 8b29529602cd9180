package io.github.fulianrules.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.catalogue.Requirement;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.report.Kind;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.report.ReportWords;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportWorkbookTest {
    private static FulianRules engine;
    private static Report sample;

    @BeforeAll
    static void evaluate() {
        engine = FulianRules.bundled();
        sample = engine.evaluate(Workbooks.sample());
    }

    private static byte[] workbook(Report report, String lang) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWorkbook.write(report, engine.catalogue(), lang, out);
        return out.toByteArray();
    }

    private static List<Row> rows(byte[] xlsx, String sheet) throws Exception {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return wb.findSheet(sheet).orElseThrow().read();
        }
    }

    private static String text(Row row, int c) {
        return c < row.getCellCount() && row.getCell(c) != null ? row.getCell(c).getText() : "";
    }

    @Test
    void fourSheetsInChineseOrEnglish() throws Exception {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(workbook(sample, "zh")))) {
            assertThat(wb.getSheets().map(s -> s.getName())).containsExactly("发现", "记分卡", "按组织", "说明");
        }
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(workbook(sample, "en")))) {
            assertThat(wb.getSheets().map(s -> s.getName())).containsExactly("findings", "scorecard", "by federation", "notes");
        }
    }

    @Test
    void oneRowPerFindingWithNumbersWhereTheyAreNumbers() throws Exception {
        List<Row> rows = rows(workbook(sample, "zh"), "发现");

        assertThat(rows).hasSize(sample.findings().size() + 1);
        assertThat(rows.get(0).stream().map(Cell::getText)).startsWith("要求编号", "条款", "类别", "已豁免", "对象类型", "对象编号", "对象名称", "实测", "要求", "差距");
        Finding first = sample.findings().get(0);
        Row row = rows.get(1);
        assertThat(text(row, 0)).isEqualTo(first.requirementId());
        assertThat(text(row, 5)).isEqualTo(first.subjectId());
        assertThat(row.getCell(9).getType()).isEqualTo(CellType.NUMBER);
        assertThat(row.getCell(9).asNumber().longValue()).isEqualTo(first.gap());
        int withWholeMeasure = 0;
        for (int i = 0; i < sample.findings().size(); i++) {
            Finding f = sample.findings().get(i);
            if (f.measured() != null && f.measured().matches("\\d+")) {
                Cell measured = rows.get(i + 1).getCell(7);
                assertThat(measured.getType()).as(f.requirementId() + " " + f.subjectId()).isEqualTo(CellType.NUMBER);
                assertThat(measured.asNumber().toPlainString()).isEqualTo(f.measured());
                withWholeMeasure++;
            }
        }
        assertThat(withWholeMeasure).isPositive();
    }

    @Test
    void aPercentageIsANumberFormattedAsAPercentage() throws Exception {
        byte[] xlsx = workbook(sample, "zh");
        List<Row> rows = rows(xlsx, "发现");
        for (int i = 0; i < sample.findings().size(); i++) {
            String required = sample.findings().get(i).required();
            if (required != null && required.matches("\\d+%")) {
                Cell cell = rows.get(i + 1).getCell(8);
                assertThat(cell.getType()).isEqualTo(CellType.NUMBER);
                assertThat(cell.asNumber().movePointRight(2).stripTrailingZeros().toPlainString())
                        .isEqualTo(required.substring(0, required.length() - 1));
                return;
            }
        }
        throw new AssertionError("the sample has no percentage required");
    }

    @Test
    void kindsAreColouredTheHeaderFrozenAndFiltered() throws Exception {
        byte[] xlsx = workbook(sample, "zh");
        String sheet = Workbooks.part(xlsx, "xl/worksheets/sheet1.xml");
        String styles = Workbooks.part(xlsx, "xl/styles.xml");

        assertThat(sheet).contains("ySplit=\"1\"").contains("<autoFilter ref=\"A1:P");
        for (String fill : List.of(ReportWorkbook.VIOLATION_FILL, ReportWorkbook.WARNING_FILL,
                ReportWorkbook.RECOMMENDATION_FILL, ReportWorkbook.DATA_FILL)) {
            assertThat(styles).contains(fill);
        }
        assertThat(sample.summary().count(Kind.VIOLATION)).isPositive();
    }

    @Test
    void theScorecardHasOneRowPerRequirementAndATotal() throws Exception {
        List<Row> rows = rows(workbook(sample, "zh"), "记分卡");
        var overall = sample.scorecard().overall();

        assertThat(rows).hasSize(overall.requirements().size() + 2);
        Row fl41e = rows.stream().filter(r -> text(r, 0).equals("FL-4.1e")).findFirst().orElseThrow();
        var score = overall.requirements().get("FL-4.1e");
        assertThat(fl41e.getCell(4).asNumber().intValue()).isEqualTo(score.checked());
        assertThat(fl41e.getCell(5).asNumber().intValue()).isEqualTo(score.met());
        assertThat(fl41e.getCell(8).asNumber().doubleValue()).isEqualTo(score.ratePercent() / 100.0);
        assertThat(text(rows.get(rows.size() - 1), 0)).isEqualTo("合计");
    }

    @Test
    void byFederationHasALinePerArea() throws Exception {
        List<Row> rows = rows(workbook(sample, "zh"), "按组织");

        assertThat(rows).hasSize((int) sample.scorecard().lines().count() + 1);
        assertThat(rows.stream().map(r -> text(r, 1))).contains("qx", "qx-qh", "qx-qh-01");
    }

    @Test
    void peopleAppearByNameAndId() throws Exception {
        String cells = String.join("\n", Workbooks.dump(new ByteArrayInputStream(workbook(sample, "zh"))));

        assertThat(cells).contains("p-0094").contains("区妇联机关干部雷玉兰（p-0094）本期到街道社区蹲点");
    }

    @Test
    void noCellIsAFormulaAndNoTextStartsLikeOne() throws Exception {
        DistrictData d = Workbooks.sample();
        List<Federation> hostile = new ArrayList<>();
        String[] names = {"=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)"};
        for (int i = 0; i < d.federations().size(); i++) {
            Federation f = d.federations().get(i);
            hostile.add(i < names.length ? new Federation(f.id(), f.level(), names[i], f.parentId(), f.residentWomen()) : f);
        }
        DistrictData withNames = new DistrictData(d.period(), hostile, d.people(), d.positions(), d.womensHomes(), d.units(),
                d.buildings(), d.activityCentres(), d.womensGroups(), d.activities(), d.waivers(), d.locations());
        byte[] xlsx = workbook(engine.evaluate(withNames), "zh");

        List<String> cells = Workbooks.dump(new ByteArrayInputStream(xlsx));
        assertThat(cells).noneMatch(c -> c.contains(" FORMULA "));
        assertThat(cells).filteredOn(c -> c.contains(" STRING ")).extracting(c -> c.substring(c.indexOf(" STRING ") + 8))
                .noneMatch(v -> !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0);
        assertThat(cells).anyMatch(c -> c.endsWith(" STRING '=HYPERLINK(\"http://x\",\"y\")"));
    }

    @Test
    void theScorecardNamesEachRequirementInTheCataloguesWords() throws Exception {
        Requirement fl41e = engine.catalogue().requirement("FL-4.1e").orElseThrow();
        Row zh = rows(workbook(sample, "zh"), "记分卡").stream().filter(r -> text(r, 0).equals("FL-4.1e")).findFirst().orElseThrow();
        Row en = rows(workbook(sample, "en"), "scorecard").stream().filter(r -> text(r, 0).equals("FL-4.1e")).findFirst()
                .orElseThrow();

        assertThat(text(zh, 1)).isEqualTo(fl41e.clause()).isNotEmpty();
        assertThat(text(zh, 2)).isEqualTo(ReportWords.of("zh").strength(fl41e.strength()));
        assertThat(text(zh, 3)).isEqualTo(fl41e.sourceWords()).isNotEmpty();
        assertThat(text(en, 2)).isEqualTo(ReportWords.of("en").strength(fl41e.strength()));
        assertThat(text(en, 3)).isEqualTo(fl41e.check()).isNotEmpty();
    }
}
