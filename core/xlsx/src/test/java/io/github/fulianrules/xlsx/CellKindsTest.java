package io.github.fulianrules.xlsx;

import static io.github.fulianrules.xlsx.Workbooks.rows;
import static io.github.fulianrules.xlsx.Workbooks.withPeriod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Level;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each kind of column (text, whole number, yes/no, date, one of a list) takes its own values and
 * refuses any other cell in one line naming the cell, the column and what the cell holds.
 */
class CellKindsTest {
    private static final List<Object> FEDERATIONS = List.of("编号", "层级", "名称", "常住妇女人数");

    private static String error(byte[] workbook) {
        return catchThrowableOfType(WorkbookException.class,
                () -> DistrictWorkbook.readContents(workbook, "青溪区.xlsx")).getMessage();
    }

    private static DistrictData read(byte[] workbook) {
        return DistrictWorkbook.readContents(workbook, "青溪区.xlsx").data();
    }

    /** The federations sheet with one district federation and {@code cells} after its id and level. */
    private static byte[] federation(Object... cells) throws Exception {
        List<Object> row = new java.util.ArrayList<>(List.of("d", "区妇联"));
        row.addAll(Arrays.asList(cells));
        return withPeriod(Map.of("组织", rows(FEDERATIONS, row)));
    }

    /** The people sheet with the header {@code header} and one row of {@code cells}. */
    private static byte[] person(List<?> header, List<?> cells) throws Exception {
        return withPeriod(Map.of("人员", rows(header, cells)));
    }

    /** The building sheet (编号, 名称) with its second row given as the XML of its cells. */
    private static byte[] buildingRow2(String cellsXml) throws Exception {
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>编号</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>名称</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>b1</t></is></c>" + cellsXml + "</row>"
                + "</sheetData></worksheet>";
        return HostileWorkbookTest.tampered(Map.of("xl/worksheets/sheet2.xml",
                out -> out.write(sheet.getBytes(StandardCharsets.UTF_8))));
    }

    // text

    @Test
    void aTextOfExcelsLongestLengthIsReadAndALongerOneRefused() throws Exception {
        String longest = "字".repeat(WorkbookReading.MAX_TEXT);

        assertThat(read(federation(longest)).federations().get(0).name()).isEqualTo(longest);
        assertThat(error(federation(longest + "x")))
                .isEqualTo("青溪区.xlsx!组织!C2: 名称: a text longer than 32767 characters");
    }

    @Test
    void aYesOrNoWhereTextBelongsIsNotAskedToBeTypedAgainAsText() throws Exception {
        assertThat(error(federation(true))).isEqualTo("青溪区.xlsx!组织!C2: 名称: expected text, found TRUE");
        assertThat(error(federation(false))).isEqualTo("青溪区.xlsx!组织!C2: 名称: expected text, found FALSE");
    }

    @Test
    void anErrorValueInAnInputCell() throws Exception {
        assertThat(error(buildingRow2("<c r=\"B2\" t=\"e\"><v>#N/A</v></c>")))
                .isEqualTo("青溪区.xlsx!楼宇!B2: 名称: an error value (#N/A): type the value itself");
    }

    // whole numbers

    @Test
    void wholeNumbersAreReadWhateverTheirWrittenForm() throws Exception {
        assertThat(read(federation(null, 0)).federations().get(0).residentWomen()).isZero();
        assertThat(read(federation(null, new BigDecimal("0.00"))).federations().get(0).residentWomen()).isZero();
        assertThat(read(federation(null, new BigDecimal("12.000"))).federations().get(0).residentWomen()).isEqualTo(12);
        assertThat(read(federation(null, new BigDecimal("12E+1"))).federations().get(0).residentWomen()).isEqualTo(120);
        assertThat(read(federation(null, Integer.MAX_VALUE)).federations().get(0).residentWomen()).isEqualTo(Integer.MAX_VALUE);
        assertThat(read(federation(null, -7)).federations().get(0).residentWomen()).isEqualTo(-7);
    }

    @Test
    void aWholeNumberBeyondAnIntegerIsOutOfRange() throws Exception {
        assertThat(error(federation(null, 2_147_483_648L))).isEqualTo("青溪区.xlsx!组织!D2: 常住妇女人数: "
                + "number out of range: 2147483648 (expected a whole number from -2147483648 to 2147483647)");
    }

    @Test
    void aNumberOfSixtyDigitsIsWrittenOutAndALongerOneShortened() throws Exception {
        assertThat(error(federation(null, new BigDecimal("1E+59")))).isEqualTo("青溪区.xlsx!组织!D2: 常住妇女人数: "
                + "number out of range: 1" + "0".repeat(59) + " (expected a whole number from -2147483648 to 2147483647)");
        assertThat(error(federation(null, new BigDecimal("1E+60")))).isEqualTo("青溪区.xlsx!组织!D2: 常住妇女人数: "
                + "number out of range: 1E+60 (expected a whole number from -2147483648 to 2147483647)");
        assertThat(error(federation(null, new BigDecimal("9".repeat(61))))).isEqualTo("青溪区.xlsx!组织!D2: 常住妇女人数: "
                + "number out of range: " + "9".repeat(60) + "… (expected a whole number from -2147483648 to 2147483647)");
    }

    @Test
    void aYesOrNoWhereAWholeNumberBelongs() throws Exception {
        assertThat(error(federation(null, true))).isEqualTo("青溪区.xlsx!组织!D2: 常住妇女人数: expected a whole number, found TRUE");
    }

    // yes/no

    @Test
    void yesNoCellsAreReadFromBooleansAndWords() throws Exception {
        List<Object> header = List.of("编号", "优秀代表", "实职");

        assertThat(read(person(header, List.of("p1", true, "是"))).people().get(0))
                .extracting(p -> p.outstandingRepresentative(), p -> p.substantiveRank()).containsExactly(true, true);
        assertThat(read(person(header, List.of("p1", false, " No "))).people().get(0))
                .extracting(p -> p.outstandingRepresentative(), p -> p.substantiveRank()).containsExactly(false, false);
        assertThat(read(person(header, List.of("p1", "FALSE", "否"))).people().get(0))
                .extracting(p -> p.outstandingRepresentative(), p -> p.substantiveRank()).containsExactly(false, false);
    }

    @Test
    void aBlankYesNoCellMeansNo() throws Exception {
        assertThat(read(person(List.of("编号", "优秀代表"), List.of("p1", " "))).people().get(0).outstandingRepresentative())
                .isFalse();
    }

    @Test
    void anUnknownYesNoWordListsTheWordsOfTheHeadersLanguage() throws Exception {
        assertThat(error(person(List.of("编号", "优秀代表"), List.of("p1", "对"))))
                .isEqualTo("青溪区.xlsx!人员!B2: 优秀代表: unknown value \"对\" (expected 是, 否)");
        assertThat(error(person(List.of("编号", "outstanding representative"), List.of("p1", "maybe"))))
                .isEqualTo("青溪区.xlsx!人员!B2: outstanding representative: unknown value \"maybe\" (expected yes, no)");
    }

    @Test
    void aNumberWhereYesOrNoBelongs() throws Exception {
        assertThat(error(person(List.of("编号", "优秀代表"), List.of("p1", 1))))
                .isEqualTo("青溪区.xlsx!人员!B2: 优秀代表: expected 是 or 否, found a number (1)");
        assertThat(error(person(List.of("编号", "outstandingRepresentative"), List.of("p1", 0.5))))
                .isEqualTo("青溪区.xlsx!人员!B2: outstandingRepresentative: expected yes or no, found a number (0.5)");
    }

    // one of a list

    @Test
    void aNumberWhereOneOfAListBelongs() throws Exception {
        assertThat(error(person(List.of("编号", "性别"), List.of("p1", 1))))
                .isEqualTo("青溪区.xlsx!人员!B2: 性别: expected one of 女, 男, found a number (1)");
        assertThat(error(person(List.of("id", "gender"), List.of("p1", true))))
                .isEqualTo("青溪区.xlsx!人员!B2: gender: expected one of female, male, found TRUE");
    }

    @Test
    void aChoiceIsReadWithItsEdgeSpacesAndInAnyCase() throws Exception {
        byte[] wb = withPeriod(Map.of("组织", rows(List.of("编号", "层级"), List.of("d", " District "))));

        assertThat(read(wb).federations()).containsExactly(new Federation("d", Level.DISTRICT, null, null, null));
    }

    // dates

    @Test
    void aYesOrNoWhereADateBelongs() throws Exception {
        byte[] wb = withPeriod(Map.of("活动", rows(List.of("编号", "日期"), List.of("a1", true))));

        assertThat(error(wb)).isEqualTo("青溪区.xlsx!活动!B2: 日期: expected a date, found TRUE");
    }

    @Test
    void aTextDateMayHaveEdgeSpaces() throws Exception {
        byte[] wb = withPeriod(Map.of("活动", rows(List.of("编号", "类型", "对象编号", "日期"),
                List.of("a1", "公益活动", "c1", " 2025-03-01 "))));

        assertThat(read(wb).activities().get(0).date()).isEqualTo(java.time.LocalDate.of(2025, 3, 1));
    }
}
