package io.github.fulianrules.xlsx;

import static io.github.fulianrules.xlsx.Workbooks.rows;
import static io.github.fulianrules.xlsx.Workbooks.withPeriod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.fulianrules.model.Building;
import io.github.fulianrules.model.DistrictData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How a workbook's sheets and header rows are recognised: sheet names and headers in either
 * language and in any case, the notes and choices sheets left unread, and every header problem
 * named at its cell with the headers expected in the sheet's language.
 */
class SheetsAndHeadersTest {
    private static String error(byte[] workbook) {
        return catchThrowableOfType(WorkbookException.class,
                () -> DistrictWorkbook.readContents(workbook, "青溪区.xlsx")).getMessage();
    }

    private static DistrictData read(byte[] workbook) {
        return DistrictWorkbook.readContents(workbook, "青溪区.xlsx").data();
    }

    @Test
    void englishNotesAndChoicesSheetsInAnyCaseAreNotRead() throws Exception {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Notes", rows(List.of("anything")));
        sheets.put("Buildings", rows(List.of("ID", "Federation"), List.of("b1", "sd1")));
        sheets.put("CHOICES", rows(List.of("Boolean"), List.of("yes")));

        assertThat(read(withPeriod(sheets)).buildings()).containsExactly(new Building("b1", null, "sd1", null));
    }

    @Test
    void aSheetsNameAndHeadersAreReadWithoutTheirEdgeSpaces() throws Exception {
        byte[] wb = withPeriod(Map.of(" 楼宇 ", rows(List.of(" 编号", "所在 组织 "), List.of("b1", "sd1"))));

        DistrictData d = read(wb);

        assertThat(d.buildings()).containsExactly(new Building("b1", null, "sd1", null));
        assertThat(d.locations()).containsEntry("b1", "青溪区.xlsx! 楼宇 !2");
    }

    @Test
    void aSecondPeriodIsRefusedAtItsRow() throws Exception {
        byte[] wb = Workbooks.workbook(Map.of("考核期", rows(List.of("名称", "开始日期", "结束日期"),
                List.of("2025", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
                List.of("2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))));

        assertThat(error(wb)).isEqualTo("青溪区.xlsx!考核期!3: a second period: the sheet holds one period, in row 2");
    }

    @Test
    void anEnglishPeriodSheetWithoutAPeriodAsksForItInEnglish() throws Exception {
        byte[] wb = Workbooks.workbook(Map.of("period", rows(List.of("name", "start", "end"))));

        assertThat(error(wb)).isEqualTo("青溪区.xlsx!period: no period: fill row 2 with name, start, end");
    }

    @Test
    void thePeriodsNameIsTheWorkbooksName() throws Exception {
        assertThat(DistrictWorkbook.readContents(withPeriod(Map.of()), "青溪区.xlsx").name()).isEqualTo("测试区 2025");
    }

    @Test
    void aHeaderRowThatIsNotTheFirstRow() throws Exception {
        List<List<Object>> headerInRow2 = new ArrayList<>();
        headerInRow2.add(new ArrayList<>());
        headerInRow2.add(new ArrayList<>(List.of("编号", "名称")));

        assertThat(error(withPeriod(Map.of("楼宇", headerInRow2)))).isEqualTo("青溪区.xlsx!楼宇!1: the header row is empty "
                + "(expected 编号, 名称, 所在组织, 妇女工作站)");
        assertThat(error(withPeriod(Map.of("buildings", headerInRow2)))).isEqualTo("青溪区.xlsx!buildings!1: the header row "
                + "is empty (expected id, name, federation, women's work station)");
    }

    @Test
    void aHeaderThatIsNotText() throws Exception {
        assertThat(error(withPeriod(Map.of("楼宇", rows(List.of("编号", 2))))))
                .isEqualTo("青溪区.xlsx!楼宇!B1: a header must be text, found a number (2)");
        assertThat(error(withPeriod(Map.of("楼宇", rows(List.of("编号", new Workbooks.Formula("LOWER(A1)"))))))).isEqualTo(
                "青溪区.xlsx!楼宇!B1: a header must be text, found a formula (\"=LOWER(A1)\")");
    }

    @Test
    void anUnknownColumnInAnEnglishSheetListsTheEnglishHeaders() throws Exception {
        assertThat(error(withPeriod(Map.of("buildings", rows(List.of("id", "floor"))))))
                .isEqualTo("青溪区.xlsx!buildings!B1: unknown column \"floor\" (expected id, name, federation, women's work station)");
    }

    @Test
    void aBlankHeaderLeavesItsColumnUnreadButForBlanks() throws Exception {
        byte[] blanks = withPeriod(Map.of("楼宇", rows(List.of("编号", " ", "所在组织"), List.of("b1", " ", "sd1"))));
        byte[] value = withPeriod(Map.of("楼宇", rows(List.of("编号", " ", "所在组织"), List.of("b1", "x", "sd1"))));

        assertThat(read(blanks).buildings()).containsExactly(new Building("b1", null, "sd1", null));
        assertThat(error(value)).isEqualTo("青溪区.xlsx!楼宇!B2: a value in a column without a header: text \"x\"");
    }

    @Test
    void aYesOrNoInAColumnWithoutAHeader() throws Exception {
        byte[] wb = withPeriod(Map.of("楼宇", rows(List.of("编号", "所在组织"), List.of("b1", "sd1", false))));

        assertThat(error(wb)).isEqualTo("青溪区.xlsx!楼宇!C2: a value in a column without a header: FALSE");
    }

    @Test
    void aRowOfBlanksAndNoInYesNoColumnsIsNoRecord() throws Exception {
        byte[] wb = withPeriod(Map.of("楼宇", rows(List.of("编号", "所在组织", "妇女工作站"),
                List.of("b1", "sd1", "是"), Arrays.asList(" ", null, " "))));

        assertThat(read(wb).buildings()).hasSize(1);
    }

    @Test
    void aMissingRequiredColumnInAnEnglishSheetIsNamedInEnglish() throws Exception {
        byte[] wb = withPeriod(Map.of("positions", rows(List.of("person", "role"), List.of("p1", "chair"))));

        assertThat(error(wb)).isEqualTo("青溪区.xlsx!positions!2: federation: missing required value "
                + "(the sheet has no column federation)");
    }

    @Test
    void aMissingRequiredValueIsNamedByTheHeaderAsTheFileHasIt() throws Exception {
        byte[] wb = withPeriod(Map.of("职务", rows(List.of("人员编号", " Federation ", "职务"), Arrays.asList("p1", null, "主席"))));

        assertThat(error(wb)).isEqualTo("青溪区.xlsx!职务!B2: Federation: missing required value");
    }

    @Test
    void aColumnGivenTwiceNamesTheFirstByItsHeaderAndColumn() throws Exception {
        byte[] wb = withPeriod(Map.of("楼宇", rows(List.of("编号", "名称", "所在组织", "妇女工作站", "Federation"))));

        assertThat(error(wb)).isEqualTo("青溪区.xlsx!楼宇!E1: Federation: a second column of federationId "
                + "(the first is 所在组织 in column C)");
    }

    @Test
    void aSecondColumnOfOneValueOfASetNamesTheValue() throws Exception {
        byte[] wb = withPeriod(Map.of("妇女之家", rows(List.of("编号", "所属组织", "七有：活动场所", "haves.VENUE"))));

        assertThat(error(wb)).isEqualTo("青溪区.xlsx!妇女之家!D1: haves.VENUE: a second column of haves.VENUE "
                + "(the first is 七有：活动场所 in column C)");
    }
}
