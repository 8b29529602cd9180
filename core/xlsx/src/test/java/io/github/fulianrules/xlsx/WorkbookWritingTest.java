package io.github.fulianrules.xlsx;

import static io.github.fulianrules.xlsx.Workbooks.columnStyle;
import static io.github.fulianrules.xlsx.Workbooks.columnWidth;
import static io.github.fulianrules.xlsx.Workbooks.style;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.model.Activity;
import io.github.fulianrules.model.ActivityType;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Gender;
import io.github.fulianrules.model.Have;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Rank;
import io.github.fulianrules.model.WomensHome;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * What a written district workbook shows: values in the labels of its language, typed cells with
 * their formats, a header a spreadsheet shows as one, columns wide enough, drop-down lists that
 * warn, and a 说明 sheet saying what each column takes.
 */
class WorkbookWritingTest {
    /** A district of one record of a few kinds, enough to see each kind of cell written. */
    private static final DistrictData SMALL = new DistrictData(
            new AssessmentPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
            List.of(new Federation("qx", Level.DISTRICT, "青溪区妇联", null, 52000)),
            List.of(new Person("p1", "张三", Gender.FEMALE, true, null, null, Rank.SECTION_CHIEF, false)),
            List.of(),
            List.of(new WomensHome("h1", "东湖妇女之家", "qx", Set.of(Have.FUNDING), Set.of(), false)),
            List.of(), List.of(), List.of(), List.of(),
            List.of(new Activity("a1", ActivityType.PUBLIC_WELFARE, "qx", LocalDate.of(2025, 3, 1), null)),
            List.of(), Map.of());

    // the parts, in workbook order: 说明 1, 考核期 2, 组织 3, 人员 4, 职务 5, 妇女之家 6, ..., 活动 11, ..., 选项 13
    private static final String NOTES = "xl/worksheets/sheet1.xml";
    private static final String FEDERATIONS = "xl/worksheets/sheet3.xml";
    private static final String PEOPLE = "xl/worksheets/sheet4.xml";
    private static final String HOMES = "xl/worksheets/sheet6.xml";
    private static final String ACTIVITIES = "xl/worksheets/sheet11.xml";

    private static byte[] written(String lang) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DistrictWorkbook.write(SMALL, "青溪区 2025", lang, out);
        return out.toByteArray();
    }

    private static byte[] template(String lang) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DistrictWorkbook.template(lang, out);
        return out.toByteArray();
    }

    /** The texts of row {@code index} (0 for the header) of {@code sheet}, an empty cell as "". */
    private static List<String> row(byte[] xlsx, String sheet, int index) throws Exception {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Row row = wb.findSheet(sheet).orElseThrow().read().get(index);
            return row.stream().map(c -> c == null ? "" : c.getText()).toList();
        }
    }

    private static List<List<String>> rows(byte[] xlsx, String sheet) throws Exception {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return wb.findSheet(sheet).orElseThrow().read().stream()
                    .map(r -> r.stream().map(c -> c == null ? "" : c.getText()).toList()).toList();
        }
    }

    @Test
    void valuesAreWrittenInTheLabelsOfTheWorkbooksLanguage() throws Exception {
        assertThat(row(written("zh"), "人员", 1)).containsExactly("p1", "张三", "女", "是", "", "", "正科", "否");
        assertThat(row(written("EN"), "people", 1)).containsExactly("p1", "张三", "female", "yes", "", "", "section chief", "no");
        assertThat(row(written("en"), "womensHomes", 1)).containsExactly("h1", "东湖妇女之家", "qx",
                "no", "no", "yes", "no", "no", "no", "no", "no", "no", "no", "no", "no");
    }

    @Test
    void thePeriodRowHoldsTheNameAndTheDays() throws Exception {
        byte[] xlsx = written("zh");

        assertThat(row(xlsx, "考核期", 1)).as("2025-01-01 and 2025-12-31 as serial numbers").containsExactly("青溪区 2025", "45658.0", "46022.0");
        assertThat(style(xlsx, "xl/worksheets/sheet2.xml", "B2")).isEqualTo("format yyyy-mm-dd");
        assertThat(style(xlsx, "xl/worksheets/sheet2.xml", "A2")).isEqualTo("format @");
    }

    @Test
    void textAndDatesAreFormattedAsSuchAndNumbersAndLabelsAreNot() throws Exception {
        byte[] xlsx = written("zh");

        assertThat(style(xlsx, PEOPLE, "A2")).isEqualTo("format @");
        assertThat(style(xlsx, PEOPLE, "C2")).isEmpty();
        assertThat(style(xlsx, ACTIVITIES, "D2")).isEqualTo("format yyyy-mm-dd");
        assertThat(style(xlsx, ACTIVITIES, "E2")).as("no days: no cell").isEqualTo("no cell");
        assertThat(style(xlsx, FEDERATIONS, "E2")).isEmpty();
        assertThat(row(xlsx, "组织", 1)).containsExactly("qx", "区妇联", "青溪区妇联", "", "52000");
    }

    @Test
    void theHeaderIsBoldFilledWrappedAndTallerAndEachColumnIsFormattedForItsKind() throws Exception {
        byte[] xlsx = template("zh");

        assertThat(style(xlsx, PEOPLE, "A1")).isEqualTo("bold fill " + WorkbookWriting.HEADER_FILL + " vertical center wrap");
        assertThat(Workbooks.part(xlsx, PEOPLE)).contains("<row r=\"1\" ht=\"30.0\"");
        assertThat(columnStyle(xlsx, PEOPLE, 1)).isEqualTo("format @");
        assertThat(columnStyle(xlsx, PEOPLE, 3)).as("a list").isEmpty();
        assertThat(columnStyle(xlsx, FEDERATIONS, 5)).isEqualTo("format 0");
        assertThat(columnStyle(xlsx, ACTIVITIES, 4)).isEqualTo("format yyyy-mm-dd");
    }

    @Test
    void columnsAreWideEnoughForTheirHeaderAndValuesButNoWiderThan40() throws Exception {
        byte[] zh = template("zh");
        byte[] en = template("en");

        assertThat(columnWidth(zh, PEOPLE, 1)).as("编号: text").isEqualTo("18.0");
        assertThat(columnWidth(zh, PEOPLE, 3)).as("性别: its header, wider than 女 and 男").isEqualTo("6.0");
        assertThat(columnWidth(zh, PEOPLE, 4)).as("优秀代表: yes or no").isEqualTo("10.0");
        assertThat(columnWidth(zh, ACTIVITIES, 4)).as("日期: a date").isEqualTo("14.0");
        assertThat(columnWidth(zh, ACTIVITIES, 2)).as("类型: its longest label, 不忘初心牢记使命主题教育").isEqualTo("26.0");
        assertThat(columnWidth(en, PEOPLE, 7)).as("rank: its longest label, deputy division chief").isEqualTo("23.0");
        assertThat(columnWidth(en, HOMES, 12)).as("services: entrepreneurship and employment").isEqualTo("40.0");
    }

    @Test
    void theDropDownListsWarnInTheWorkbooksLanguage() throws Exception {
        String zh = Workbooks.part(template("zh"), PEOPLE);
        String en = Workbooks.part(template("en"), PEOPLE);

        assertThat(zh).contains("errorStyle=\"warning\"").contains("allowBlank=\"true\"").contains("showErrorMessage=\"true\"")
                .contains("errorTitle=\"不在列表中\"").contains("error=\"请从下拉列表中选择。\"");
        assertThat(en).contains("errorTitle=\"Not in the list\"").contains("error=\"Choose a value from the drop-down list.\"");
    }

    @Test
    void theEnglishListsAreInEnglish() throws Exception {
        List<List<String>> choices = rows(template("en"), "choices");

        assertThat(choices.get(0)).startsWith("Boolean", "Level", "Gender");
        assertThat(choices.get(1)).startsWith("yes", "district", "female");
        assertThat(choices.get(2)).startsWith("no", "sub-district", "male");
    }

    @Test
    void theNotesOpenWithATitleAndNumberedAdvice() throws Exception {
        byte[] zh = template("zh");
        List<List<String>> rows = rows(zh, "说明");

        assertThat(rows.get(0)).containsExactly("区妇联改革落实情况台账（fulian-rules 输入）");
        assertThat(style(zh, NOTES, "A1")).isEqualTo("bold size 14");
        assertThat(rows.get(1).get(0)).isEqualTo("1. 每个工作表一类记录，每行一条；第 1 行为表头，请勿改动。");
        assertThat(rows.get(6).get(0)).startsWith("6. 填好后检查");
        assertThat(rows.get(7)).as("after an empty row").containsExactly("工作表", "列", "必填", "填写内容", "条款", "说明", "留空表示");
        assertThat(style(zh, NOTES, "G9")).isEqualTo("bold fill " + WorkbookWriting.HEADER_FILL);
        assertThat(columnWidth(zh, NOTES, 4)).isEqualTo("48.0");
        assertThat(columnWidth(zh, NOTES, 6)).isEqualTo("60.0");
    }

    @Test
    void theNotesSayWhatEachKindOfColumnTakes() throws Exception {
        List<List<String>> zh = rows(template("zh"), "说明");
        List<List<String>> en = rows(template("en"), "notes");

        assertThat(zh).contains(List.of("考核期", "开始日期", "是", "日期", "", "考核期第一天", "不可留空：该行不被读取"));
        assertThat(zh).contains(List.of("人员", "优秀代表", "", "是或否", "二(二)1", "各族各界、各行各业劳动妇女和知识女性中的优秀代表", "否"));
        assertThat(zh).anyMatch(r -> r.size() == 7 && r.get(1).equals("七有：…")
                && r.get(3).equals("每项一列，填是或否：活动场所、骨干力量、经费保障、服务设备、长效机制、特色活动、台账资料"));
        assertThat(en.get(0)).containsExactly("District Women's Federation reform ledger: the input of fulian-rules");
        assertThat(en.get(7)).containsExactly("sheet", "column", "required", "what to enter", "clause", "note", "if empty");
        assertThat(en).contains(List.of("federations", "id", "yes", "text", "", "unique in the district; other sheets refer to it",
                "not accepted: the row is refused"));
        assertThat(en).contains(List.of("federations", "resident women", "", "a whole number", "二(四)1",
                "resident women in the place, for the floor of executive members",
                "not recorded: the checks it decides become data issues"));
        assertThat(en).contains(List.of("period", "start", "yes", "a date", "", "the first day of the period assessed",
                "not accepted: the row is refused"));
        assertThat(en).contains(List.of("people", "gender", "", "female, male", "二(二)4", "female or male",
                "not recorded: the checks it decides become data issues"));
        assertThat(en).contains(List.of("people", "outstanding representative", "", "yes or no", "二(二)1",
                "an outstanding representative of working or intellectual women", "no"));
        assertThat(en).anyMatch(r -> r.size() == 7 && r.get(1).equals("services: …") && r.get(3).equals("one yes/no column each: "
                + "rights protection, entrepreneurship and employment, family building, hardship assistance"));
    }
}
