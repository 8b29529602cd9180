package io.github.fulianrules.xlsx;

import static io.github.fulianrules.xlsx.Workbooks.rows;
import static io.github.fulianrules.xlsx.Workbooks.withPeriod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A date cell holds a serial number: in the 1900 date system 1 is 1900-01-01 and 60 Excel's
 * 29 February 1900 that never was; in the 1904 date system (older Mac workbooks) 0 is 1904-01-01.
 * Every day Excel can show is read as that day; anything else is refused at its cell.
 */
class DateSerialsTest {
    private static byte[] activityOn(Object serial) throws Exception {
        return withPeriod(Map.of("活动", rows(List.of("编号", "类型", "对象编号", "日期"),
                List.of("a1", "公益活动", "c1", serial))));
    }

    private static byte[] in1904(byte[] xlsx) throws Exception {
        String book = Workbooks.part(xlsx, "xl/workbook.xml");
        assertThat(book).contains("date1904=\"false\"");
        return Workbooks.withPart(xlsx, "xl/workbook.xml", book.replace("date1904=\"false\"", "date1904=\"true\""));
    }

    private static LocalDate day(byte[] xlsx) {
        return DistrictWorkbook.readContents(xlsx, "青溪区.xlsx").data().activities().get(0).date();
    }

    private static String error(byte[] xlsx) {
        return catchThrowableOfType(WorkbookException.class, () -> DistrictWorkbook.readContents(xlsx, "青溪区.xlsx"))
                .getMessage();
    }

    @Test
    void theFirstAndLastDaysOfThe1900DateSystem() throws Exception {
        assertThat(day(activityOn(1))).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(day(activityOn(2_958_465))).isEqualTo(LocalDate.of(9999, 12, 31));
    }

    @Test
    void theDaysAroundExcelsTwentyNinthOfFebruary1900() throws Exception {
        assertThat(day(activityOn(59))).isEqualTo(LocalDate.of(1900, 2, 28));
        assertThat(day(activityOn(61))).isEqualTo(LocalDate.of(1900, 3, 1));
    }

    @Test
    void serialNumbersBeforeTheFirstOrAfterTheLastDayAreRefused() throws Exception {
        assertThat(error(activityOn(0))).isEqualTo("青溪区.xlsx!活动!D2: 日期: not a valid date (serial number 0)");
        assertThat(error(activityOn(-1))).isEqualTo("青溪区.xlsx!活动!D2: 日期: not a valid date (serial number -1)");
        assertThat(error(activityOn(2_958_466))).isEqualTo("青溪区.xlsx!活动!D2: 日期: not a valid date (serial number 2958466)");
        assertThat(error(activityOn(new BigDecimal("1E+20"))))
                .isEqualTo("青溪区.xlsx!活动!D2: 日期: not a valid date (serial number 100000000000000000000)");
    }

    @Test
    void inThe1904DateSystemTheSameSerialIsAnotherDayAnd60IsADay() throws Exception {
        assertThat(day(in1904(activityOn(1)))).isEqualTo(LocalDate.of(1904, 1, 2));
        assertThat(day(in1904(activityOn(60)))).isEqualTo(LocalDate.of(1904, 3, 1));
    }

    @Test
    void aWholeSerialWrittenWithDecimalsIsADay() throws Exception {
        assertThat(day(activityOn(new BigDecimal("45717.000")))).isEqualTo(LocalDate.of(2025, 3, 1));
    }
}
