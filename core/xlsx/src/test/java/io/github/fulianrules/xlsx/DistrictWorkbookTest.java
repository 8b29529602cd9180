package io.github.fulianrules.xlsx;

import static io.github.fulianrules.xlsx.Workbooks.facts;
import static org.assertj.core.api.Assertions.assertThat;

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
}
