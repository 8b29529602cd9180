package io.github.fulianrules.examples.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fulianrules.examples.cli.Main;
import io.github.fulianrules.examples.generate.DistrictJsonWriter;
import io.github.fulianrules.examples.generate.NationGenerator;
import io.github.fulianrules.testing.LoopingRules;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark check against {@code check FILE.jsonl --format json} of the CLI on the same generated districts, in
 * {@code local[2]}: the same findings and scores, and the bad lines as the same errors, in files read in several
 * splits each, so that lines are numbered across split boundaries.
 */
class SparkCheckTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static SparkSession spark;
    private static Path input;
    private static Path small;
    private static Path crlf;
    /** The CLI's reports and errors on both files. */
    private static CliCheck cli;
    /** The Spark check of the directory of both, in 7 partitions: at least three splits per file. */
    private static CheckResults results;

    /**
     * Two files in one directory: 24 small districts with four bad lines and a blank one, and 6 small and 2
     * full-size districts with Windows line ends and one bad line; checked by the CLI and by Spark.
     */
    @BeforeAll
    static void checkTheSameDistrictsWithTheCommandLineAndWithSpark() throws IOException {
        spark = LocalSpark.session();
        input = Files.createDirectory(dir.resolve("in"));
        NationGenerator smallNation = new NationGenerator(11, NationGenerator.Scale.SMALL);
        List<String> lines = districts(smallNation, IntStream.range(0, 24));
        lines.set(3, lines.get(3).replaceFirst("\"gender\":\"FEMALE\"", "\"gender\":\"F\""));
        lines.set(9, lines.get(9).substring(0, lines.get(9).length() / 2));             // cut short
        lines.add(12, "");                                                               // blank: skipped
        lines.add(17, "{\"period\": {\"start\": \"2025-02-30\", \"end\": \"2025-12-31\"}}");
        lines.set(20, lines.get(20).replaceFirst("\"residentWomen\":(\\d+)", "\"residentWomen\":\"$1\""));
        small = input.resolve("small.jsonl");
        Files.write(small, lines, StandardCharsets.UTF_8);

        List<String> more = districts(smallNation, IntStream.range(100, 106));
        more.addAll(2, districts(new NationGenerator(12, NationGenerator.Scale.FULL), IntStream.of(200, 201)));
        more.set(5, "{\"period\": {\"start\": \"2025-01-01\", \"end\": \"2025-12-31\"}, \"people\": [{\"id\": 7}]}");
        crlf = input.resolve("crlf.jsonl");
        Files.writeString(crlf, String.join("\r\n", more) + "\r\n", StandardCharsets.UTF_8);

        cli = cliOn(small, crlf);
        results = SparkCheck.bundled().partitions(7).check(spark, input.toString());
    }

    @AfterAll
    static void letGoOfTheResults() {
        results.close();
    }

    /** Districts {@code indexes} of {@code nation}, one JSON line each. */
    private static List<String> districts(NationGenerator nation, IntStream indexes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DistrictJsonWriter writer = new DistrictJsonWriter(bytes)) {
            for (int i : indexes.toArray()) {
                writer.write(nation.district(i), nation.name(i));
            }
        }
        return new ArrayList<>(List.of(bytes.toString(StandardCharsets.UTF_8).split("\n")));
    }

    /** {@code check FILE --format json} in this JVM: the reports, one per line, and the lines of standard error. */
    private record CliCheck(List<JsonNode> reports, List<String> errors) {
        static CliCheck of(Path file, String... options) throws IOException {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            List<String> args = new ArrayList<>(List.of("check", file.toString(), "--format", "json", "--jsonl"));
            args.addAll(List.of(options));
            Main.execute(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
            List<JsonNode> reports = new ArrayList<>();
            for (String line : out.toString().split("\n")) {
                if (!line.isBlank()) {
                    reports.add(JSON.readTree(line));
                }
            }
            return new CliCheck(reports, err.toString().lines().toList());
        }
    }

    private static CliCheck cliOn(Path... files) throws IOException {
        List<JsonNode> reports = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Path file : files) {
            CliCheck c = CliCheck.of(file);
            reports.addAll(c.reports());
            // Spark names a local file by its URI as Hadoop writes it.
            c.errors().forEach(e -> errors.add("file:" + e));
        }
        return new CliCheck(reports, errors);
    }

    /** A finding of a CLI report as one comparable line: every field the Spark table has. */
    private static String finding(String district, JsonNode f) {
        List<String> details = new ArrayList<>();
        f.get("details").forEach(d -> details.add(d.asText()));
        return String.join(" | ", district, text(f, "requirementId"), text(f, "code"), text(f, "clause"),
                text(f, "strength"), text(f, "kind"), text(f, "subjectId"), text(f, "subjectType"),
                f.get("waived").asText(), text(f, "waiverReason"), text(f, "measured"), text(f, "required"),
                f.get("gap").asText(), details.toString(), text(f.get("message"), "zh"), text(f.get("message"), "en"),
                text(f.get("remedy"), "zh"), text(f.get("remedy"), "en"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "null" : value.asText();
    }

    /** The same line from a row of {@link CheckResults#findings()}. */
    private static String finding(Row r) {
        return String.join(" | ", r.<String>getAs("district"), s(r, "requirement"), s(r, "code"), s(r, "clause"),
                s(r, "strength"), s(r, "kind"), s(r, "subject"), s(r, "subject_type"), s(r, "waived"),
                s(r, "waiver_reason"), s(r, "measured"), s(r, "required"), s(r, "gap"),
                r.getList(r.fieldIndex("details")).toString(), s(r, "message_zh"), s(r, "message_en"),
                s(r, "remedy_zh"), s(r, "remedy_en"));
    }

    private static String s(Row r, String field) {
        Object value = r.getAs(field);
        return String.valueOf(value);
    }

    @Test
    void theFindingsAreThoseOfTheCommandLineAsASet() {
        List<String> expected = new ArrayList<>();
        for (JsonNode report : cli.reports()) {
            report.get("findings").forEach(f -> expected.add(finding(report.get("district").asText(), f)));
        }

        List<String> actual = results.findings().collectAsList().stream().map(SparkCheckTest::finding).toList();

        assertThat(cli.reports()).hasSize(24 - 3 + 8 - 1);
        assertThat(expected).hasSizeGreaterThan(100);
        assertThat(Set.copyOf(actual)).isEqualTo(Set.copyOf(expected));
        assertThat(actual).hasSameSizeAs(expected);
        assertThat(results.totals()).isEqualTo(new CheckResults.Totals(cli.reports().size(), expected.size(),
                cli.errors().size()));
    }

    @Test
    void theBadLinesAreTheErrorsTheCommandLinePrintsAtTheSameLines() {
        List<Row> errors = results.errors().collectAsList();

        assertThat(cli.errors()).hasSize(5);
        assertThat(errors).extracting(r -> r.<String>getAs("message"))
                .containsExactlyInAnyOrderElementsOf(cli.errors());
        assertThat(errors).extracting(r -> r.<String>getAs("input_file") + ":" + r.<Long>getAs("line"))
                .containsExactlyInAnyOrder("file:" + small + ":4", "file:" + small + ":10",
                        "file:" + small + ":18", "file:" + small + ":21", "file:" + crlf + ":6");
    }

    @Test
    void theScorecardsAndTheNationalSummaryAreThoseOfTheReports() {
        Map<String, JsonNode> expectedScores = new TreeMap<>();
        Map<String, long[]> national = new TreeMap<>();
        for (JsonNode report : cli.reports()) {
            report.get("summary").get("scores").fields().forEachRemaining(e -> {
                expectedScores.put(report.get("district").asText() + " " + e.getKey(), e.getValue());
                long[] sums = national.computeIfAbsent(e.getKey(), k -> new long[4]);
                sums[0]++;
                sums[1] += e.getValue().get("checked").asLong();
                sums[2] += e.getValue().get("met").asLong();
                sums[3] += e.getValue().get("waived").asLong();
            });
        }

        Map<String, String> scores = results.scorecards().collectAsList().stream().collect(Collectors.toMap(
                r -> r.<String>getAs("district") + " " + r.<String>getAs("requirement"),
                r -> r.<Integer>getAs("checked") + " " + r.<Integer>getAs("met") + " " + r.<Integer>getAs("waived")
                        + " " + r.<Double>getAs("rate")));
        List<Row> summary = results.summary().collectAsList();

        assertThat(scores).hasSameSizeAs(expectedScores);
        expectedScores.forEach((key, s) -> assertThat(scores.get(key)).as(key).isEqualTo(
                s.get("checked").asInt() + " " + s.get("met").asInt() + " " + s.get("waived").asInt() + " "
                        + s.get("rate").asDouble()));
        assertThat(summary).extracting(r -> r.<String>getAs("requirement")).containsExactlyInAnyOrderElementsOf(
                national.keySet());
        for (Row r : summary) {
            long[] sums = national.get(r.<String>getAs("requirement"));
            assertThat(List.of(r.<Long>getAs("districts"), r.<Long>getAs("checked"), r.<Long>getAs("met"),
                    r.<Long>getAs("waived"))).as(r.toString()).containsExactly(sums[0], sums[1], sums[2], sums[3]);
            double rate = sums[1] == 0 ? 100.0 : Math.round(1000.0 * (sums[2] + sums[3]) / sums[1]) / 10.0;
            assertThat(r.<Double>getAs("rate")).isEqualTo(rate);
            assertThat(r.getAs("period_start").toString()).isEqualTo("2025-01-01");
        }
    }

    @Test
    void aHostsDatasetIsCheckedAsTheFileIsItsElementsNumberedInOrder() throws IOException {
        List<String> lines = Files.readAllLines(small, StandardCharsets.UTF_8);

        try (CheckResults fromDataset = SparkCheck.bundled().check(spark.createDataset(lines, Encoders.STRING()),
                "registry")) {
            assertThat(fromDataset.errors().collectAsList()).extracting(r -> r.<String>getAs("message"))
                    .containsExactlyInAnyOrderElementsOf(cli.errors().stream().filter(e -> e.startsWith("file:" + small))
                            .map(e -> e.replace("file:" + small, "registry")).toList());
            assertThat(fromDataset.findings().collectAsList()).extracting(SparkCheckTest::finding)
                    .containsExactlyInAnyOrderElementsOf(results.findings().where(col("input_file").equalTo("file:" + small))
                            .collectAsList().stream().map(SparkCheckTest::finding).toList());
        }
    }

    @Test
    void aDistrictTheEngineStopsIsAnErrorRowAndTheOthersAreStillChecked() throws IOException {
        Path rules = LoopingRules.ruleSetOf(dir.resolve("looping-rules"), LoopingRules.atTheFederationCalledLoop());
        String district = "{\"period\": {\"start\": \"2025-01-01\", \"end\": \"2025-12-31\"}, "
                + "\"federations\": [{\"id\": \"%s\", \"level\": \"DISTRICT\", \"name\": \"区妇联\"}]}";
        Path file = Files.write(dir.resolve("loop.jsonl"), List.of(district.formatted("d"), district.formatted("loop"),
                district.formatted("d2")), StandardCharsets.UTF_8);

        try (CheckResults results = SparkCheck.bundled().rulesFrom(rules.toString()).timeout(Duration.ofSeconds(1))
                .check(spark, file.toString())) {
            List<Row> errors = results.errors().collectAsList();

            assertThat(errors).singleElement().satisfies(e -> {
                assertThat(e.<Long>getAs("line")).isEqualTo(2L);
                assertThat(e.<String>getAs("message")).startsWith("file:" + file + ":2: rules ")
                        .contains("a rule of " + rules);
            });
            assertThat(results.totals()).isEqualTo(new CheckResults.Totals(2, 0, 1));
        }
    }

    @Test
    void eachSplitOfAFileIsNumberedFromTheLinesOfTheSplitsBeforeIt() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 500; i++) {
            lines.add(i % 50 == 0 ? "not json " + i : "");
        }
        Path file = Files.write(dir.resolve("numbers.jsonl"), lines, StandardCharsets.UTF_8);

        try (CheckResults results = SparkCheck.bundled().partitions(9).check(spark, file.toString())) {
            List<Row> errors = results.errors().orderBy("line").collectAsList();

            assertThat(errors).extracting(r -> r.<Long>getAs("line"))
                    .containsExactly(50L, 100L, 150L, 200L, 250L, 300L, 350L, 400L, 450L, 500L);
            assertThat(errors).allSatisfy(r -> assertThat(r.<String>getAs("message"))
                    .startsWith("file:" + file + ":" + r.<Long>getAs("line") + ":"));
        }
    }
}
