package io.github.fulianrules.xlsx;

import static io.github.fulianrules.xlsx.Workbooks.rows;
import static io.github.fulianrules.xlsx.Workbooks.withPeriod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.fulianrules.model.BasicService;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Gender;
import io.github.fulianrules.model.Have;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Rank;
import io.github.fulianrules.model.Role;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every problem in a workbook is one line naming file, sheet, cell and column; labels in either language are read. */
class StrictReadingTest {
    private static final List<Object> PEOPLE_HEADER = List.of("编号", "姓名", "性别", "优秀代表", "所在党政领导班子",
            "所在社区两委", "职级", "实职");

    private static String error(byte[] workbook) {
        return catchThrowableOfType(WorkbookException.class,
                () -> DistrictWorkbook.readContents(workbook, "青溪区.xlsx")).getMessage();
    }

    private static DistrictData read(byte[] workbook) {
        return DistrictWorkbook.readContents(workbook, "青溪区.xlsx").data();
    }

    /** The people sheet with 15 good rows, then {@code last} as row 17. */
    private static byte[] peopleEndingWith(List<?> last) throws Exception {
        List<List<?>> rows = new ArrayList<>();
        rows.add(PEOPLE_HEADER);
        for (int i = 2; i <= 16; i++) {
            rows.add(List.of("p" + i, "人" + i, "女"));
        }
        rows.add(last);
        return withPeriod(Map.of("人员", rows(rows.toArray(List[]::new))));
    }

    @Test
    void anUnknownValueNamesCellAndColumnAndTheLabelsExpected() throws Exception {
        assertThat(error(peopleEndingWith(List.of("p17", "某", "F"))))
                .isEqualTo("青溪区.xlsx!人员!C17: 性别: unknown value \"F\" (expected 女, 男)");
    }

    @Test
    void underEnglishHeadersTheEnglishLabelsAreExpected() throws Exception {
        byte[] wb = withPeriod(Map.of("people", rows(List.of("id", "gender"), List.of("p1", "F"))));

        assertThat(error(wb)).isEqualTo("青溪区.xlsx!people!B2: gender: unknown value \"F\" (expected female, male)");
    }

    @Test
    void chineseAndEnglishLabelsAndTheModelsNamesAreAllRead() throws Exception {
        byte[] wb = withPeriod(Map.of(
                "人员", rows(List.of("编号", "性别", "优秀代表", "职级", "substantiveRank"),
                        List.of("p1", "女", "是", "正科", "yes"),
                        List.of("p2", "Male", "no", "section chief", true),
                        List.of("p3", "FEMALE", "TRUE", "DEPUTY_SECTION_CHIEF")),
                "职务", rows(List.of("人员编号", "组织编号", "role"), List.of("p1", "d", "兼职副主席"),
                        List.of("p2", "d", "part-time vice-chair"), List.of("p3", "d", "chair"))));

        DistrictData d = read(wb);

        assertThat(d.people()).containsExactly(
                new Person("p1", null, Gender.FEMALE, true, null, null, Rank.SECTION_CHIEF, true),
                new Person("p2", null, Gender.MALE, false, null, null, Rank.SECTION_CHIEF, true),
                new Person("p3", null, Gender.FEMALE, true, null, null, Rank.DEPUTY_SECTION_CHIEF, null));
        assertThat(d.positions()).extracting(p -> p.role())
                .containsExactly(Role.PART_TIME_VICE_CHAIR, Role.PART_TIME_VICE_CHAIR, Role.CHAIR);
    }

    @Test
    void aSetIsReadFromOneYesNoColumnPerValue() throws Exception {
        byte[] wb = withPeriod(Map.of("妇女之家", rows(
                List.of("编号", "所属组织", "七有：活动场所", "七有:经费保障", "haves: core volunteers", "haves.RECORDS_LEDGER",
                        "服务：困难帮扶", "示范"),
                List.of("h1", "sd1", "是", "否", "yes", "no", "是", "否"))));

        var home = read(wb).womensHomes().get(0);

        assertThat(home.haves()).containsExactlyInAnyOrder(Have.VENUE, Have.CORE_VOLUNTEERS);
        assertThat(home.services()).containsExactly(BasicService.HARDSHIP_ASSISTANCE);
        assertThat(home.demonstration()).isFalse();
    }

    @Test
    void emptyCellsAreNotRecordedAndNoIsNo() throws Exception {
        // Revision 3: an empty yes/no cell, or a set's columns all empty, is not recorded; 否 and all 否 are "no".
        byte[] wb = withPeriod(Map.of(
                "妇女之家", rows(List.of("编号", "所属组织", "七有：活动场所", "七有:经费保障", "服务：困难帮扶", "示范"),
                        List.of("h1", "sd1", "", "", "否", ""),
                        List.of("h2", "sd1", "否", "否", "", "否")),
                "楼宇", rows(List.of("编号", "所在组织", "妇女工作站"), List.of("b1", "sd1", ""), List.of("b2", "sd1", "否"))));

        var data = read(wb);

        assertThat(data.womensHomes()).extracting(h -> h.haves()).containsExactly(null, Set.of());
        assertThat(data.womensHomes()).extracting(h -> h.services()).containsExactly(Set.of(), null);
        assertThat(data.womensHomes()).extracting(h -> h.demonstration()).as("empty is no for demonstration").containsExactly(false, false);
        assertThat(data.buildings()).extracting(b -> b.womensWorkStation()).containsExactly(null, false);
    }

    @Test
    void aSetWithSomeCellsFilledAndOthersEmptyIsAnError() throws Exception {
        byte[] wb = withPeriod(Map.of("妇女之家", rows(List.of("编号", "所属组织", "七有：活动场所", "七有:经费保障"),
                List.of("h1", "sd1", "是", ""))));

        assertThat(error(wb)).isEqualTo("青溪区.xlsx!妇女之家!2: 七有: some 七有 cells are filled and others empty: fill each with 是 or 否, "
                + "or leave them all empty (not recorded)");
    }

    @Test
    void anUnknownColumnListsTheColumnsOfTheSheet() throws Exception {
        byte[] wb = withPeriod(Map.of("楼宇", rows(List.of("编号", "名称", "楼层"), List.of("b1", "大厦", "12"))));

        assertThat(error(wb)).isEqualTo("青溪区.xlsx!楼宇!C1: unknown column \"楼层\" "
                + "(expected 编号, 名称, 所在组织, 妇女工作站)\n"
                + "青溪区.xlsx!楼宇!2: 所在组织: missing required value (the sheet has no column 所在组织)");
    }

    @Test
    void textWhereAWholeNumberBelongs() throws Exception {
        byte[] wb = withPeriod(Map.of("组织", rows(List.of("编号", "层级", "常住妇女人数"), List.of("d", "区妇联", "12"))));

        assertThat(error(wb)).isEqualTo("青溪区.xlsx!组织!C2: 常住妇女人数: expected a whole number, found text \"12\"");
    }

    @Test
    void aFractionWhereAWholeNumberBelongs() throws Exception {
        byte[] wb = withPeriod(Map.of("组织", rows(List.of("编号", "层级", "常住妇女人数"), List.of("d", "区妇联", 12.5))));

        assertThat(error(wb)).isEqualTo("青溪区.xlsx!组织!C2: 常住妇女人数: expected a whole number, found a number (12.5)");
    }

    @Test
    void aNumberWhereTextBelongs() throws Exception {
        byte[] wb = withPeriod(Map.of("组织", rows(List.of("编号", "层级"), List.of(1001, "区妇联"))));

        assertThat(error(wb)).isEqualTo("青溪区.xlsx!组织!A2: 编号: expected text, found a number (1001); "
                + "format the column as text and type it again");
    }

    @Test
    void aFormulaInAnInputCell() throws Exception {
        byte[] wb = withPeriod(Map.of("组织", rows(List.of("编号", "层级", "名称"),
                List.of("d", "区妇联", new Workbooks.Formula("UPPER(A2)")))));

        assertThat(error(wb)).isEqualTo("青溪区.xlsx!组织!C2: 名称: a formula is not accepted in an input cell "
                + "(\"=UPPER(A2)\"): type the value itself");
    }

    @Test
    void aDayThatDoesNotExist() throws Exception {
        byte[] wb = withPeriod(Map.of("活动", rows(List.of("编号", "类型", "对象编号", "日期"),
                List.of("a1", "公益活动", "c1", "2025-02-30"))));

        assertThat(error(wb)).isEqualTo("青溪区.xlsx!活动!D2: 日期: not a valid date \"2025-02-30\" "
                + "(expected a real day: a date cell, or text YYYY-MM-DD)");
    }

    @Test
    void excelsTwentyNinthOfFebruary1900DoesNotExistEither() throws Exception {
        byte[] wb = withPeriod(Map.of("活动", rows(List.of("编号", "类型", "对象编号", "日期"),
                List.of("a1", "公益活动", "c1", 60))));

        assertThat(error(wb)).isEqualTo("青溪区.xlsx!活动!D2: 日期: not a valid date (serial number 60)");
    }

    @Test
    void aDateCellATextDateAndASerialNumberAreTheSameDay() throws Exception {
        byte[] wb = withPeriod(Map.of("活动", rows(List.of("编号", "类型", "对象编号", "日期"),
                List.of("a1", "公益活动", "c1", LocalDate.of(2025, 3, 1)),
                List.of("a2", "公益活动", "c1", "2025-03-01"),
                List.of("a3", "公益活动", "c1", 45717))));

        assertThat(read(wb).activities()).extracting(a -> a.date()).containsOnly(LocalDate.of(2025, 3, 1));
    }

    @Test
    void aTimeOfDayIsRefused() throws Exception {
        byte[] wb = withPeriod(Map.of("活动", rows(List.of("编号", "类型", "对象编号", "日期"),
                List.of("a1", "公益活动", "c1", 45717.5))));

        assertThat(error(wb)).isEqualTo("青溪区.xlsx!活动!D2: 日期: a date with a time of day (2025-03-01 12:00): enter the day only");
    }

    @Test
    void aMissingRequiredValueNamesItsCell() throws Exception {
        byte[] wb = withPeriod(Map.of("职务", rows(List.of("人员编号", "组织编号", "职务"), List.of("p1", "", "主席"))));

        assertThat(error(wb)).isEqualTo("青溪区.xlsx!职务!B2: 组织编号: missing required value");
    }

    @Test
    void aMissingRequiredColumnNamesTheRow() throws Exception {
        byte[] wb = withPeriod(Map.of("职务", rows(List.of("人员编号", "职务"), List.of("p1", "主席"))));

        assertThat(error(wb)).isEqualTo("青溪区.xlsx!职务!2: 组织编号: missing required value (the sheet has no column 组织编号)");
    }

    @Test
    void anUnknownSheet() throws Exception {
        byte[] wb = withPeriod(Map.of("Sheet1", rows(List.of("x"))));

        assertThat(error(wb)).startsWith("青溪区.xlsx!Sheet1: unknown sheet (expected 考核期 (period), 组织 (federations), ");
    }

    @Test
    void withoutThePeriodSheet() throws Exception {
        byte[] wb = Workbooks.workbook(Map.of("组织", rows(List.of("编号"))));

        assertThat(error(wb)).isEqualTo("青溪区.xlsx: no sheet 考核期 (period): the workbook needs the assessment period");
    }

    @Test
    void anEmptyPeriod() throws Exception {
        byte[] wb = Workbooks.workbook(Map.of("考核期", rows(List.of("名称", "开始日期", "结束日期"))));

        assertThat(error(wb)).isEqualTo("青溪区.xlsx!考核期: no period: fill row 2 with 名称, 开始日期, 结束日期");
    }

    @Test
    void aPeriodThatEndsBeforeItStarts() throws Exception {
        byte[] wb = Workbooks.workbook(Map.of("考核期", rows(List.of("名称", "开始日期", "结束日期"),
                List.of("x", "2025-12-31", "2025-01-01"))));

        assertThat(error(wb)).isEqualTo("青溪区.xlsx!考核期!2: the period ends (2025-01-01) before it starts (2025-12-31)");
    }

    @Test
    void aValueInAColumnWithoutAHeader() throws Exception {
        byte[] wb = withPeriod(Map.of("楼宇", rows(List.of("编号", "名称"), List.of("b1", "大厦", "备注"))));

        assertThat(error(wb)).isEqualTo("青溪区.xlsx!楼宇!C2: a value in a column without a header: text \"备注\"");
    }

    @Test
    void aColumnGivenTwice() throws Exception {
        byte[] wb = withPeriod(Map.of("楼宇", rows(List.of("编号", "名称", "name"))));

        assertThat(error(wb)).isEqualTo("青溪区.xlsx!楼宇!C1: name: a second column of name (the first is 名称 in column B)");
    }

    @Test
    void aKindGivenInTwoSheets() throws Exception {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("楼宇", rows(List.of("编号")));
        sheets.put("buildings", rows(List.of("id")));

        assertThat(error(withPeriod(sheets))).isEqualTo("青溪区.xlsx!buildings: a second sheet of buildings (the first is 楼宇)");
    }

    @Test
    void blankRowsAndTheNotesAndChoicesSheetsAreSkipped() throws Exception {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("说明", rows(List.of("任何内容")));
        sheets.put("楼宇", rows(List.of("编号", "名称", "所在组织"), Arrays.asList(null, "  ", null),
                List.of("b1", "大厦", "sd1")));
        sheets.put("选项", rows(List.of("Boolean"), List.of("是")));

        DistrictData d = read(withPeriod(sheets));

        assertThat(d.buildings()).hasSize(1);
        assertThat(d.locations()).containsEntry("b1", "青溪区.xlsx!楼宇!3");
    }

    @Test
    void emptyTextStaysEmptyText() throws Exception {
        byte[] wb = withPeriod(Map.of("楼宇", rows(List.of("编号", "名称", "所在组织"), List.of("b1", "", "sd1"))));

        assertThat(read(wb).buildings().get(0).name()).isEmpty();
    }

    @Test
    void theSetOfValuesReadIsTheModelsOwnType() throws Exception {
        byte[] wb = withPeriod(Map.of("妇女之家", rows(List.of("编号", "所属组织", "七有：活动场所"), List.of("h1", "sd1", "是"))));

        assertThat(read(wb).womensHomes().get(0).haves()).isEqualTo(Set.of(Have.VENUE));
    }

    /**
     * Found while fuzzing: a number cell of a huge exponent (the text {@code 1E+999999999} in the file)
     * was written out digit by digit in the message, a gigabyte of zeros; it is shown as in the file.
     */
    @Test
    void aNumberOfAHugeExponentIsShownAsInTheFileNotWrittenOut() throws Exception {
        byte[] textColumn = withPeriod(Map.of("楼宇", rows(List.of("编号", "名称"), List.of("b1", new BigDecimal("1E+999999999")))));
        byte[] wholeNumber = withPeriod(Map.of("单位", rows(List.of("编号", "妇女人数"), List.of("u1", new BigDecimal("1E+999999999")))));
        byte[] timeOfDay = withPeriod(Map.of("活动", rows(List.of("编号", "日期"), List.of("a1", new BigDecimal("1E-999999999")))));

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertThat(error(textColumn)).isEqualTo("青溪区.xlsx!楼宇!B2: 名称: expected text, found a number (1E+999999999);"
                    + " format the column as text and type it again");
            assertThat(error(wholeNumber)).startsWith("青溪区.xlsx!单位!B2: 妇女人数: number out of range: 1E+999999999 (expected");
            assertThat(error(timeOfDay)).isEqualTo("青溪区.xlsx!活动!B2: 日期: not a valid date (serial number 1E-999999999)");
        });
    }
}
