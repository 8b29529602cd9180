package io.github.fulianrules.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** The template a federation fills in: the sheets, headers, drop-down lists, formats and the 说明 sheet. */
class TemplateTest {
    private static byte[] template(String lang) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DistrictWorkbook.template(lang, out);
        return out.toByteArray();
    }

    private static List<String> sheetNames(byte[] xlsx) throws Exception {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return wb.getSheets().map(s -> s.getName() + (s.getVisibility().name().equals("VISIBLE") ? "" : " (hidden)"))
                    .toList();
        }
    }

    private static List<String> row(byte[] xlsx, String sheet, int index) throws Exception {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.findSheet(sheet).orElseThrow();
            Row row = s.read().get(index);
            return row.stream().map(c -> c == null ? "" : c.getText()).toList();
        }
    }

    @Test
    void oneSheetPerKindOfRecordWithNotesFirstAndTheListsHidden() throws Exception {
        assertThat(sheetNames(template("zh"))).containsExactly("说明", "考核期", "组织", "人员", "职务", "妇女之家", "单位",
                "楼宇", "阵地", "妇女小组", "活动", "豁免", "选项 (hidden)");
        assertThat(sheetNames(template("en"))).containsExactly("notes", "period", "federations", "people", "positions",
                "womensHomes", "units", "buildings", "activityCentres", "womensGroups", "activities", "waivers",
                "choices (hidden)");
    }

    @Test
    void headersInChineseOrEnglish() throws Exception {
        assertThat(row(template("zh"), "人员", 0)).containsExactly("编号", "姓名", "性别", "优秀代表", "所在党政领导班子",
                "所在社区两委", "职级", "实职");
        assertThat(row(template("en"), "people", 0)).containsExactly("id", "name", "gender", "outstanding representative",
                "leadership team of", "two committees of", "rank", "substantive rank");
        assertThat(row(template("zh"), "妇女之家", 0)).contains("七有：活动场所", "服务：困难帮扶");
    }

    @Test
    void everyEnumeratedColumnHasADropDownListOfReadableLabels() throws Exception {
        byte[] xlsx = template("zh");
        // 人员 is the fourth sheet: gender, outstanding representative, rank, substantive rank are listed.
        String people = Workbooks.part(xlsx, "xl/worksheets/sheet4.xml");
        Matcher lists = Pattern.compile("<dataValidation sqref=\"([A-Z]+)2:\\1100000\" type=\"list\"[^>]*>"
                + "<formula1>'[^']+'!\\$([A-Z]+)\\$2:\\$\\2\\$(\\d+)</formula1>").matcher(people);
        List<String> columns = lists.results().map(m -> m.group(1)).toList();

        assertThat(columns).containsExactly("C", "D", "G", "H");
        assertThat(row(xlsx, "选项", 0)).contains("Boolean", "Gender", "Rank", "Role", "ActivityType");
        assertThat(column(xlsx, "选项", "Role")).containsExactly("主席", "专职副主席", "兼职副主席", "执委", "常委",
                "妇女代表大会代表", "区妇联领导干部", "区妇联机关干部", "专业社会工作者");
        assertThat(column(xlsx, "选项", "Boolean")).containsExactly("是", "否");
    }

    private static List<String> column(byte[] xlsx, String sheet, String header) throws Exception {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.findSheet(sheet).orElseThrow().read();
            int c = rows.get(0).stream().map(x -> x == null ? "" : x.getText()).toList().indexOf(header);
            return rows.stream().skip(1).filter(r -> r.getCellCount() > c && r.getCell(c) != null)
                    .map(r -> r.getCell(c).getText()).toList();
        }
    }

    @Test
    void theHeaderRowIsFrozenAndDateAndTextColumnsAreFormatted() throws Exception {
        byte[] xlsx = template("zh");
        String activities = Workbooks.part(xlsx, "xl/worksheets/sheet11.xml");

        assertThat(activities).contains("ySplit=\"1\"").contains("state=\"frozen\"");
        assertThat(Workbooks.part(xlsx, "xl/styles.xml")).contains("formatCode=\"yyyy-mm-dd\"").contains("formatCode=\"@\"");
        assertThat(activities).matches("(?s).*<col min=\"4\" max=\"4\"[^>]*style=\"\\d+\".*");
    }

    @Test
    void theNotesExplainEveryColumnWithItsClause() throws Exception {
        byte[] xlsx = template("zh");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<List<String>> rows = wb.findSheet("说明").orElseThrow().read().stream()
                    .map(r -> r.stream().map(c -> c == null ? "" : c.getText()).toList()).toList();

            assertThat(rows).contains(List.of("组织", "常住妇女人数", "", "整数", "二(四)1",
                    "辖区常住妇女人口，用于计算街道执委人数下限", "未登记：相关检查列为数据问题"));
            assertThat(rows).contains(List.of("人员", "性别", "", "女、男", "二(二)4", "女或男", "未登记：相关检查列为数据问题"));
            assertThat(rows).contains(List.of("人员", "优秀代表", "", "是或否", "二(二)1",
                    "各族各界、各行各业劳动妇女和知识女性中的优秀代表", "否"));
            assertThat(rows).contains(List.of("职务", "职务", "是", "主席、专职副主席、兼职副主席、执委、常委、妇女代表大会代表、"
                    + "区妇联领导干部、区妇联机关干部、专业社会工作者", "二(二)4", "一人多职填多行", "不可留空：该行不被读取"));
            long columns = Sheets.all().stream().mapToLong(s -> s.columns().size()).sum();
            assertThat(rows.stream().filter(r -> r.size() == 7 && !r.get(1).isEmpty()).count()).isEqualTo(columns + 1);
        }
    }

    @Test
    void theEmptyTemplateAsksForThePeriod() throws Exception {
        WorkbookException e = catchThrowableOfType(WorkbookException.class,
                () -> DistrictWorkbook.readContents(template("zh"), "台账模板.xlsx"));

        assertThat(e.getMessage()).isEqualTo("台账模板.xlsx!考核期: no period: fill row 2 with 名称, 开始日期, 结束日期");
    }
}
