package io.github.fulianrules.xlsx;

import static io.github.fulianrules.xlsx.Workbooks.facts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fulianrules.input.DistrictReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * examples/sample/district.xlsx is the sample district written from district.json, as
 * {@code fulian-rules convert examples/sample/district.json examples/sample/district.xlsx} writes it.
 * The bytes differ from run to run (the workbook's creation time), so the cells are compared.
 */
class SampleWorkbookTest {
    private static final Path SAMPLE_XLSX = Path.of(System.getProperty("sample.xlsx", "../../examples/sample/district.xlsx"));

    @Test
    void theSampleWorkbookHoldsWhatConvertWritesFromTheSampleJson() throws Exception {
        String name = new ObjectMapper().readTree(Workbooks.samplePath().toFile()).path("name").asText();
        ByteArrayOutputStream fresh = new ByteArrayOutputStream();
        DistrictWorkbook.write(Workbooks.sample(), name, "zh", fresh);

        assertThat(Workbooks.dump(new ByteArrayInputStream(Files.readAllBytes(SAMPLE_XLSX))))
                .as("examples/sample/district.xlsx is out of date: rewrite it with "
                        + "fulian-rules convert examples/sample/district.json examples/sample/district.xlsx")
                .isEqualTo(Workbooks.dump(new ByteArrayInputStream(fresh.toByteArray())));
    }

    @Test
    void itReadsAsTheSampleDistrict() {
        assertThat(facts(DistrictReader.read(SAMPLE_XLSX))).isEqualTo(facts(Workbooks.sample()));
    }
}
