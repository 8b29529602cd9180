package io.github.fulianrules.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without fulian-rules-xlsx on the class path (core's tests have none), a workbook is refused in one
 * line; a format on the class path ({@link PrefixedJsonFormat} here) reads what it recognises.
 */
class DistrictFormatsTest {
    @Test
    void aWorkbookWithoutItsReaderNamesTheArtifactToAdd(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("青溪区.xlsx");
        Files.write(xlsx, new byte[] {0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0});

        InputException e = catchThrowableOfType(InputException.class, () -> DistrictReader.read(xlsx));

        assertThat(e.getMessage()).isEqualTo(xlsx + ": this is an Excel workbook (or another zip or OLE2 file), "
                + "not JSON: reading workbooks needs io.github.fulianrules:fulian-rules-xlsx on the class path");
    }

    @Test
    void anOldExcelFileIsRefusedTheSameWay() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

        InputException e = catchThrowableOfType(InputException.class, () -> DistrictReader.read(ole2, "旧.xls"));

        assertThat(e.getMessage()).startsWith("旧.xls: this is an Excel workbook").contains(DistrictFormats.XLSX_ARTIFACT);
    }

    @Test
    void jsonStillGoesToTheJsonReader() {
        byte[] json = "{\"period\": {\"start\": \"2025-01-01\", \"end\": \"2025-12-31\"}}".getBytes(StandardCharsets.UTF_8);

        assertThat(DistrictReader.read(json, "d.json").period().end()).hasToString("2025-12-31");
    }

    @Test
    void aFormatOnTheClassPathReadsTheBytesItRecognises() {
        InputException e = catchThrowableOfType(InputException.class,
                () -> DistrictReader.read(prefixed("{\"period\": 1}"), "d.fl"));

        assertThat(e.source()).as("read by the format").isEqualTo("d.fl (prefixed)");
        assertThat(DistrictReader.read(prefixed(PERIOD), "d.fl").period().end()).hasToString("2025-12-31");
    }

    @Test
    void aFormatOnTheClassPathReadsTheFileItRecognises(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("d.fl");
        Files.write(file, prefixed(PERIOD));
        Path broken = dir.resolve("broken.fl");
        Files.write(broken, prefixed("{"));

        assertThat(DistrictReader.read(file).period().start()).hasToString("2025-01-01");
        assertThat(catchThrowableOfType(InputException.class, () -> DistrictReader.read(broken)).source())
                .isEqualTo(broken + " (prefixed)");
    }

    @Test
    void aWorkbookIsKnownByItsFourFirstBytes() {
        byte[] zipHead = {0x50, 0x4B, 0x03, 0x04};

        assertThat(catchThrowableOfType(InputException.class, () -> DistrictReader.read(zipHead, "z")).problem())
                .startsWith("this is an Excel workbook");
        assertThat(catchThrowableOfType(InputException.class, () -> DistrictReader.read(new byte[] {0x50, 0x4B, 0x03}, "z"))
                .problem()).as("three bytes are not enough to tell").startsWith("not valid JSON");
    }

    private static final String PERIOD = "{\"period\": {\"start\": \"2025-01-01\", \"end\": \"2025-12-31\"}}";

    private static byte[] prefixed(String json) {
        return ("%FLTEST%" + json).getBytes(StandardCharsets.UTF_8);
    }
}
