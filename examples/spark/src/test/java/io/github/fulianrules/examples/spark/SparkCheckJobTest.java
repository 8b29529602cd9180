package io.github.fulianrules.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fulianrules.examples.generate.NationGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job as {@code spark-submit} runs it: its options, and the four Parquet tables it writes. */
class SparkCheckJobTest {
    @Test
    void theJobWritesTheFourTablesAsParquetWithTheDocumentedColumns(@TempDir Path dir) throws IOException {
        SparkSession spark = LocalSpark.session();
        Path input = dir.resolve("nation.jsonl");
        try (OutputStream out = Files.newOutputStream(input)) {
            new NationGenerator(5, NationGenerator.Scale.SMALL).write(3, out);
            out.write("{\"period\": {}}\n".getBytes(StandardCharsets.UTF_8));
        }
        String output = dir.resolve("out").toString();

        String said = SparkCheckJob.run(spark, SparkCheckJob.parse(new String[] {input.toString(), output}),
                input.toString(), output);

        Dataset<Row> findings = spark.read().parquet(output + "/findings");
        Dataset<Row> scorecards = spark.read().parquet(output + "/scorecards");
        Dataset<Row> summary = spark.read().parquet(output + "/summary");
        Dataset<Row> errors = spark.read().parquet(output + "/errors");
        assertThat(said).matches("districts checked: 3, findings: " + findings.count() + ", lines not checked: 1; .* s; "
                + "tables in " + output + ": findings, scorecards, summary, errors");
        assertThat(findings.columns()).containsExactly("district", "period_start", "period_end", "requirement", "code",
                "clause", "strength", "kind", "subject", "subject_type", "waived", "waiver_reason", "measured",
                "required", "gap", "details", "message_zh", "message_en", "remedy_zh", "remedy_en", "input_file",
                "line");
        assertThat(scorecards.columns()).containsExactly("district", "period_start", "period_end", "requirement",
                "checked", "met", "waived", "rate", "input_file", "line");
        assertThat(summary.columns()).containsExactly("period_start", "period_end", "requirement", "districts",
                "checked", "met", "waived", "rate");
        assertThat(errors.columns()).containsExactly("input_file", "line", "message");
        assertThat(findings.select("district").distinct().count()).isEqualTo(3);
        assertThat(scorecards.count()).isEqualTo(summary.groupBy().sum("districts").first().getLong(0));
        assertThat(errors.collectAsList()).singleElement().satisfies(e -> {
            assertThat(e.<Long>getAs("line")).isEqualTo(4L);
            assertThat(e.<String>getAs("message")).startsWith("file:" + input + ":4:").contains("period");
        });
    }

    @Test
    void optionsAreReadAndBadOnesRefusedWithOneLine() {
        assertThat(SparkCheckJob.parse(new String[] {"in", "out", "--rules", "r", "--timeout", "30", "--partitions", "8"}))
                .isNotNull();
        for (String[] bad : new String[][] {{"in"}, {"--rules", "r"}, {"in", "out", "--rules"}, {"in", "out", "--fast", "1"},
                {"in", "out", "--timeout", "0"}, {"in", "out", "--partitions", "many"}}) {
            assertThatThrownBy(() -> SparkCheckJob.parse(bad)).as(Arrays.toString(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .satisfies(e -> assertThat(e.getMessage()).isNotBlank().doesNotContain("\n"));
        }
    }
}
