package io.github.fulianrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fulianrules.examples.generate.NationGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check FILE.jsonl}: district by district, in input order, bad lines named and skipped. */
class BatchCheckTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static List<String> nation(int districts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new NationGenerator(99, NationGenerator.Scale.SMALL).write(districts, bytes);
        return new ArrayList<>(List.of(bytes.toString(StandardCharsets.UTF_8).split("\n")));
    }

    private static Path file(Path dir, String name, List<String> lines) throws IOException {
        return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
    }

    @Test
    void jsonLinesGiveOneReportPerLineInInputOrder(@TempDir Path dir) throws IOException {
        Path file = file(dir, "nation.jsonl", nation(40));

        CliRun run = run("check", file.toString(), "--format", "json", "--threads", "3");

        assertThat(run.err()).isEmpty();
        String[] reports = run.out().split("\n");
        assertThat(reports).hasSize(40);
        for (int i = 0; i < 40; i++) {
            JsonNode report = JSON.readTree(reports[i]);
            assertThat(report.get("district").asText()).isEqualTo(String.format("d%04d", i));
        }
        assertThat(run.exitCode()).isEqualTo(anyOpen(reports) ? 1 : 0);
    }

    private static boolean anyOpen(String[] reports) throws IOException {
        for (String r : reports) {
            if (JSON.readTree(r).get("summary").get("openViolations").asInt() > 0) {
                return true;
            }
        }
        return false;
    }

    @Test
    void eachReportIsTheReportOfTheDistrictCheckedAlone(@TempDir Path dir) throws IOException {
        List<String> lines = nation(5);
        Path file = file(dir, "five.jsonl", lines);
        Path third = Files.writeString(dir.resolve("third.json"), lines.get(2));

        String batch = run("check", file.toString(), "--format", "json").out().split("\n")[2];
        String alone = run("check", third.toString(), "--format", "json").out();

        assertThat(JSON.readTree(batch.replace("five.jsonl:3", "third.json:1"))).isEqualTo(JSON.readTree(alone));
    }

    @Test
    void aBadLineIsNamedWithItsFieldAndTheOthersAreStillChecked(@TempDir Path dir) throws IOException {
        List<String> lines = nation(6);
        lines.set(3, lines.get(3).replaceFirst("\"gender\":\"FEMALE\"", "\"gender\":\"F\""));
        lines.add(4, "");                                   // a blank line is skipped, not an error
        Path file = file(dir, "bad.jsonl", lines);

        CliRun run = run("check", file.toString(), "--format", "json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).matches(file + ":4:\\d+: people\\[\\d+\\]\\.gender: unknown value \"F\" \\(expected one of FEMALE, MALE\\)\n");
        assertThat(run.out().split("\n")).hasSize(5);
    }

    @Test
    void textReportsAreHeadedByTheirLine(@TempDir Path dir) throws IOException {
        Path file = file(dir, "two.jsonl", nation(2));

        CliRun run = run("check", file.toString(), "--lang", "en");

        assertThat(run.out()).startsWith("== " + file + ":1 d0000 ==\n").contains("\n== " + file + ":2 d0001 ==\n");
    }

    @Test
    void dataFindingsPointAtTheLineOfTheDistrict(@TempDir Path dir) throws IOException {
        List<String> lines = nation(3);
        // A unit whose federation does not exist: an UNKNOWN_REFERENCE data finding located on line 2.
        lines.set(1, lines.get(1).replaceFirst("\"units\":\\[\\{\"id\":\"([^\"]*)\"", "\"units\":[{\"id\":\"$1\",\"federationId\":\"nowhere\"")
                .replaceFirst(",\"federationId\":\"nowhere\",\"name\":\"([^\"]*)\",\"type\":\"([A-Z_]*)\",\"federationId\":\"[^\"]*\"",
                        ",\"name\":\"$1\",\"type\":\"$2\",\"federationId\":\"nowhere\""));
        Path file = file(dir, "located.jsonl", lines);

        CliRun run = run("check", file.toString(), "--format", "json");

        assertThat(run.err()).isEmpty();
        assertThat(run.out().split("\n")[1]).contains("\"code\":\"UNKNOWN_REFERENCE\"").contains("\"location\":\"" + file + ":2\"");
    }

    @Test
    void aMissingFileIsABadInput(@TempDir Path dir) {
        CliRun run = run("check", dir.resolve("none.jsonl").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(dir.resolve("none.jsonl") + ": no such file\n");
    }

    @Test
    void zeroThreadsIsAUsageError(@TempDir Path dir) throws IOException {
        Path file = file(dir, "one.jsonl", nation(1));

        CliRun run = run("check", file.toString(), "--threads", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--threads must be at least 1: 0");
    }

    @Test
    void csvOfManyDistrictsHasOneHeaderAndEveryDistrictsRowsInOrder(@TempDir Path dir) throws IOException {
        Path file = file(dir, "nation.jsonl", nation(5));
        Path csv = dir.resolve("nation.csv");

        CliRun run = run("check", file.toString(), "--format", "csv", "--lang", "en", "--out", csv.toString());
        CliRun json = run("check", file.toString(), "--format", "json");

        assertThat(run.out()).isEmpty();
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFdistrict,requirement,");
        List<String> rows = List.of(text.substring(1).split("\r\n"));
        assertThat(rows.stream().filter(r -> r.startsWith("district,"))).hasSize(1);
        int findings = 0;
        List<String> districts = new ArrayList<>();
        for (String line : json.out().split("\n")) {
            JsonNode report = JSON.readTree(line);
            findings += report.get("findings").size();
            districts.add(report.get("district").asText());
        }
        assertThat(rows).hasSize(1 + findings);
        assertThat(rows.stream().skip(1).map(r -> r.substring(0, r.indexOf(','))).distinct().toList())
                .isEqualTo(districts.stream().filter(d -> rows.stream().anyMatch(r -> r.startsWith(d + ","))).toList());
        assertThat(run.exitCode()).isEqualTo(json.exitCode());
    }

    @Test
    void failOnNeverGivesZeroAndHtmlIsRefusedForManyDistricts(@TempDir Path dir) throws IOException {
        Path file = file(dir, "nation.jsonl", nation(3));

        CliRun never = run("check", file.toString(), "--format", "json", "--fail-on", "never");
        CliRun html = run("check", file.toString(), "--format", "html");

        assertThat(never.exitCode()).isZero();
        assertThat(never.out().split("\n")).hasSize(3);
        assertThat(html.exitCode()).isEqualTo(2);
        assertThat(html.err()).contains("--format html is one page for one district");
        assertThat(html.out()).isEmpty();
    }
}
