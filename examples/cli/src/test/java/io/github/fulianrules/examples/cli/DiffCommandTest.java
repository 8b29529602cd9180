package io.github.fulianrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fulianrules.compare.ChangeKind;
import io.github.fulianrules.examples.generate.NationGenerator;
import io.github.fulianrules.examples.generate.NextPeriod;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
    private static final String SAMPLE = "../sample/district.json";

    private static Path sampleReport(Path dir) {
        Path report = dir.resolve("report.json");
        assertThat(CliRun.of("check", SAMPLE, "--format", "json", "--out", report.toString()).exitCode()).isEqualTo(1);
        return report;
    }

    @Test
    void aReportComparedWithItselfHasNoDifference(@TempDir Path dir) throws IOException {
        Path report = sampleReport(dir);

        CliRun json = CliRun.of("diff", report.toString(), report.toString(), "--format", "json", "--fail-on", "new");
        CliRun text = CliRun.of("diff", report.toString(), report.toString(), "--lang", "en");

        assertThat(json.exitCode()).isZero();
        JsonNode total = new ObjectMapper().readTree(json.out()).path("total");
        assertThat(total.path("closed").asInt() + total.path("new").asInt() + total.path("narrowed").asInt()
                + total.path("widened").asInt()).isZero();
        assertThat(total.path("persisting").asInt()).isPositive();
        assertThat(new ObjectMapper().readTree(json.out()).path("warnings")).isEmpty();
        assertThat(text.out()).contains("Total: closed 0, new 0, persisting ").doesNotContain("Warning");
    }

    @Test
    void theChineseTableSaysChangesTypesAndValuesInWords(@TempDir Path dir) throws IOException {
        Path report = sampleReport(dir);
        Path csv = dir.resolve("diff.csv");

        CliRun run = CliRun.of("diff", report.toString(), report.toString(), "--format", "csv", "--out", csv.toString(), "--lang", "zh");

        assertThat(run.exitCode()).isZero();
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(rows.subList(1, rows.size())).isNotEmpty().allSatisfy(row -> assertThat(row).startsWith("qx,仍存在,"));
        assertThat(String.join("\n", rows)).contains(",区妇联,").contains(",否,")
                .doesNotContain("PERSISTING").doesNotContain("_FEDERATION").doesNotContain(",NO,").doesNotContain(",YES,");
    }

    @Test
    void aGeneratedPairGivesTheChangesTheGeneratorMade(@TempDir Path dir) throws IOException {
        Path y1 = dir.resolve("y2025.jsonl");
        Path y2 = dir.resolve("y2026.jsonl");
        Path r1 = dir.resolve("r2025.jsonl");
        Path r2 = dir.resolve("r2026.jsonl");
        assertThat(CliRun.of("generate", "--districts", "8", "--seed", "9", "--scale", "small", "--out", y1.toString(),
                "--next-out", y2.toString()).exitCode()).isZero();
        CliRun.of("check", y1.toString(), "--format", "json", "--out", r1.toString());
        CliRun.of("check", y2.toString(), "--format", "json", "--out", r2.toString());
        NationGenerator nation = new NationGenerator(9, NationGenerator.Scale.SMALL);
        List<NextPeriod.Change> planned = IntStream.range(0, 8).mapToObj(nation::nextPeriod)
                .flatMap(n -> n.changes().stream()).toList();

        CliRun run = CliRun.of("diff", r1.toString(), r2.toString(), "--format", "json", "--fail-on", "new");

        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(9);
        JsonNode total = new ObjectMapper().readTree(lines[8]).path("summary").path("total");
        assertThat(total.path("closed").asLong()).isEqualTo(count(planned, ChangeKind.CLOSED));
        assertThat(total.path("new").asLong()).isEqualTo(count(planned, ChangeKind.NEW));
        assertThat(total.path("narrowed").asLong()).isEqualTo(count(planned, ChangeKind.NARROWED));
        assertThat(total.path("widened").asLong()).isEqualTo(count(planned, ChangeKind.WIDENED));
        assertThat(run.exitCode()).isEqualTo(count(planned, ChangeKind.NEW) > 0 ? 1 : 0);
        for (int i = 0; i < 8; i++) {
            JsonNode district = new ObjectMapper().readTree(lines[i]);
            int index = i;
            long changed = planned.stream().filter(c -> c.subjectId().startsWith(String.format("d%04d-", index))).count();
            JsonNode t = district.path("total");
            assertThat(t.path("closed").asLong() + t.path("new").asLong() + t.path("narrowed").asLong()
                    + t.path("widened").asLong()).as("district %d", i).isEqualTo(changed);
        }
    }

    @Test
    void theFilesMayBeInAnotherOrderAndADistrictInOneOnlyIsNamed(@TempDir Path dir) throws IOException {
        Path y1 = dir.resolve("y1.jsonl");
        Path r1 = dir.resolve("r1.jsonl");
        try (var out = Files.newOutputStream(y1)) {
            new NationGenerator(3, NationGenerator.Scale.SMALL).write(3, out);
        }
        CliRun.of("check", y1.toString(), "--format", "json", "--out", r1.toString());
        List<String> reports = Files.readAllLines(r1, StandardCharsets.UTF_8);
        Path shuffled = Files.write(dir.resolve("r2.jsonl"), List.of(reports.get(2), reports.get(0)), StandardCharsets.UTF_8);

        CliRun run = CliRun.of("diff", r1.toString(), shuffled.toString(), "--lang", "en");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Warning: 1 district(s) only in the earlier reports, not counted: d0001")
                .contains("Total: closed 0, new 0, persisting ");
    }

    @Test
    void reportsMadeWithOtherParametersAreComparedWithAWarning(@TempDir Path dir) throws IOException {
        Path report = sampleReport(dir);
        String text = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(text).contains("\"communityExecutiveFloor\": 15");
        Path other = Files.writeString(dir.resolve("other.json"),
                text.replace("\"communityExecutiveFloor\": 15", "\"communityExecutiveFloor\": 17"), StandardCharsets.UTF_8);

        CliRun run = CliRun.of("diff", report.toString(), other.toString(), "--lang", "en");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Warning: parameter communityExecutiveFloor: 15 before, 17 after");
    }

    @Test
    void aBrokenReportIsOneLineNamingTheFileAndLine(@TempDir Path dir) throws IOException {
        Path good = Files.write(dir.resolve("a.jsonl"), List.of("{\"district\": \"d\", \"period\": {\"start\": "
                + "\"2025-01-01\", \"end\": \"2025-12-31\"}, \"findings\": []}"), StandardCharsets.UTF_8);
        Path bad = Files.write(dir.resolve("b.jsonl"), List.of("", "{\"district\": \"d\", \"period\": {\"start\": "
                + "\"2025-01-01\", \"end\": \"2025-12-31\"}, \"findings\": [{\"kind\": 3}]}"), StandardCharsets.UTF_8);

        CliRun run = CliRun.of("diff", good.toString(), bad.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith(bad + ":2:").doesNotContain("\n").contains("findings[0]");
    }

    private static long count(List<NextPeriod.Change> changes, ChangeKind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }
}
