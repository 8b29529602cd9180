package io.github.fulianrules.xlsx;

import static io.github.fulianrules.xlsx.Workbooks.rows;
import static io.github.fulianrules.xlsx.Workbooks.withPeriod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one line of an error: its place, and the text of a value or of a cause shown short. */
class MessagesTest {
    private static String error(byte[] workbook) {
        return catchThrowableOfType(WorkbookException.class,
                () -> DistrictWorkbook.readContents(workbook, "青溪区.xlsx")).getMessage();
    }

    @Test
    void aPlaceWithoutASheetOrCellIsTheFileOrTheSheet() {
        WorkbookException file = new WorkbookException("a.xlsx", null, null, "", "damaged");
        WorkbookException sheet = new WorkbookException("a.xlsx", "人员", null, "", "damaged");
        WorkbookException cellWithoutSheet = new WorkbookException("a.xlsx", "", "B2", "", "damaged");

        assertThat(file).hasMessage("a.xlsx: damaged");
        assertThat(file.sheet()).isEmpty();
        assertThat(file.cell()).isEmpty();
        assertThat(sheet).hasMessage("a.xlsx!人员: damaged");
        assertThat(sheet.cell()).isEmpty();
        assertThat(cellWithoutSheet).hasMessage("a.xlsx: damaged");
    }

    @Test
    void aValueOfSixtyCharactersIsQuotedWholeAndALongerOneShortened() throws Exception {
        String sixty = "x".repeat(60);

        assertThat(error(withPeriod(Map.of("人员", rows(List.of("编号", "性别"), List.of("p1", sixty))))))
                .isEqualTo("青溪区.xlsx!人员!B2: 性别: unknown value \"" + sixty + "\" (expected 女, 男)");
        assertThat(error(withPeriod(Map.of("人员", rows(List.of("编号", "性别"), List.of("p1", sixty + "y"))))))
                .isEqualTo("青溪区.xlsx!人员!B2: 性别: unknown value \"" + sixty + "…\" (expected 女, 男)");
    }

    @Test
    void quotesAndBackslashesInAValueAreEscaped() throws Exception {
        assertThat(error(withPeriod(Map.of("人员", rows(List.of("编号", "性别"), List.of("p1", "\"女\\"))))))
                .isEqualTo("青溪区.xlsx!人员!B2: 性别: unknown value \"\\\"女\\\\\" (expected 女, 男)");
    }

    @Test
    void aCauseIsDescribedByTheFirstLineOfTheFirstMessageInItsChain() {
        assertThat(WorkbookReading.describe(new IOException("truncated\nat offset 12"))).isEqualTo("truncated");
        assertThat(WorkbookReading.describe(new RuntimeException(" ", new IOException("no zip header")))).isEqualTo("no zip header");
        assertThat(WorkbookReading.describe(new RuntimeException(new IllegalStateException()))).as("the cause's own message")
                .isEqualTo("java.lang.IllegalStateException");
        assertThat(WorkbookReading.describe(new RuntimeException((String) null, new IllegalStateException())))
                .isEqualTo("IllegalStateException");
        assertThat(WorkbookReading.describe(new NullPointerException())).isEqualTo("NullPointerException");
    }
}
