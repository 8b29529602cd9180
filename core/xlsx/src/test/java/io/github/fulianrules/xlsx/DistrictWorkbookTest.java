package io.github.fulianrules.xlsx;

import static io.github.fulianrules.xlsx.Workbooks.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.model.DistrictData;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DistrictWorkbookTest {
    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void theSampleReadsBackAsTheSameFacts(String lang) throws Exception {
        DistrictData sample = Workbooks.sample();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        DistrictWorkbook.write(sample, "青溪区 2025", lang, out);
        DistrictWorkbook.Contents back = DistrictWorkbook.readContents(out.toByteArray(), "青溪区.xlsx");

        assertThat(facts(back.data())).isEqualTo(facts(sample));
        assertThat(back.name()).isEqualTo("青溪区 2025");
    }

    @Test
    void everyRecordKeepsItsSheetAndRowAsItsLocation() throws Exception {
        DistrictData sample = Workbooks.sample();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DistrictWorkbook.write(sample, null, "zh", out);

        DistrictData back = DistrictWorkbook.readContents(out.toByteArray(), "青溪区.xlsx").data();

        assertThat(back.locations()).containsEntry(sample.people().get(16).id(), "青溪区.xlsx!人员!18")
                .containsEntry(sample.positions().get(0).key(), "青溪区.xlsx!职务!2")
                .containsEntry(sample.federations().get(0).id(), "青溪区.xlsx!组织!2");
    }

    @Test
    void districtReaderReadsAWorkbookThroughTheProvider(@TempDir Path dir) throws Exception {
        DistrictData sample = Workbooks.sample();
        Path xlsx = dir.resolve("青溪区.xlsx");
        try (var out = Files.newOutputStream(xlsx)) {
            DistrictWorkbook.write(sample, "青溪区", "zh", out);
        }

        assertThat(facts(DistrictReader.read(xlsx))).isEqualTo(facts(sample));
        assertThat(DistrictReader.read(xlsx).locations().get("qx")).isEqualTo(xlsx + "!组织!2");
    }

    @Test
    void aFileThatIsNotThereIsNamedAsGiven(@TempDir Path dir) {
        Path missing = dir.resolve("无.xlsx");

        assertThat(catchThrowableOfType(WorkbookException.class, () -> DistrictWorkbook.read(missing)))
                .hasMessage(missing + ": no such file")
                .satisfies(e -> assertThat(e.file()).isEqualTo(missing.toString()))
                .satisfies(e -> assertThat(e.sheet()).isEmpty())
                .satisfies(e -> assertThat(e.cell()).isEmpty());
    }

    @Test
    void bytesWithoutANameAreCalledInput() {
        byte[] notAWorkbook = "id,name".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(catchThrowableOfType(WorkbookException.class, () -> DistrictWorkbook.readContents(notAWorkbook, null)))
                .hasMessage("<input>: not an Excel workbook (.xlsx)");
        assertThat(catchThrowableOfType(WorkbookException.class, () -> DistrictWorkbook.readContents(notAWorkbook, " ")))
                .hasMessage("<input>: not an Excel workbook (.xlsx)");
        assertThat(catchThrowableOfType(WorkbookException.class, () -> new XlsxFormat().read(notAWorkbook, "上传.xlsx")))
                .hasMessage("上传.xlsx: not an Excel workbook (.xlsx)");
    }

    @Test
    void theFormatReadsBytesAndFilesAlike(@TempDir Path dir) throws Exception {
        byte[] xlsx = Workbooks.withPeriod(java.util.Map.of("楼宇", Workbooks.rows(java.util.List.of("编号", "所在组织"),
                java.util.List.of("b1", "sd1"))));
        Path file = Files.write(dir.resolve("楼宇.xlsx"), xlsx);

        assertThat(new XlsxFormat().read(xlsx, "上传.xlsx").locations()).containsEntry("b1", "上传.xlsx!楼宇!2");
        assertThat(new XlsxFormat().read(file).locations()).containsEntry("b1", file + "!楼宇!2");
    }

    @Test
    void anErrorNamesItsSheetAndCell() throws Exception {
        byte[] xlsx = Workbooks.withPeriod(java.util.Map.of("楼宇", Workbooks.rows(java.util.List.of("编号", "所在组织"),
                java.util.List.of("b1", 7))));

        WorkbookException e = catchThrowableOfType(WorkbookException.class, () -> DistrictWorkbook.readContents(xlsx, "x.xlsx"));

        assertThat(e.file()).isEqualTo("x.xlsx");
        assertThat(e.sheet()).isEqualTo("楼宇");
        assertThat(e.cell()).isEqualTo("B2");
    }
}
