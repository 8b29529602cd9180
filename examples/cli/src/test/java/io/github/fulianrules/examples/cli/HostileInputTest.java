package io.github.fulianrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed district files given to {@code check}, as a user would: each gets exit code 2 and one
 * line on standard error naming the file, line and column and what is wrong; never a stack trace,
 * never a report, never a hang. The small files are in {@code src/test/resources/hostile}; the big
 * ones (a 50 MB string, 10,000 levels of nesting) are written at run time.
 */
class HostileInputTest {
    private static final Path CORPUS = Path.of("src", "test", "resources", "hostile");
    /** A guard against a hang, not a speed target. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    /** What the one line must say, by file. */
    private static final Map<String, String> PROBLEMS = Map.ofEntries(
            Map.entry("empty.json", "the input is empty"),
            Map.entry("whitespace-only.json", "the input is empty"),
            Map.entry("truncated.json", "ends too early"),
            Map.entry("truncated-in-a-string.json", "ends too early"),
            Map.entry("not-json.txt", ""),
            Map.entry("top-level-array.json", ""),
            Map.entry("number-as-string.json", "federations[0].residentWomen: expected a whole number"),
            Map.entry("string-as-number.json", "federations[0].id:"),
            Map.entry("yes-no-as-string.json", "people[0].outstandingRepresentative:"),
            Map.entry("fraction-for-a-count.json", "units[0].women:"),
            Map.entry("number-too-large.json", "federations[0].residentWomen:"),
            Map.entry("impossible-date.json", "activities[0].date: not a valid date \"2018-02-30\""),
            Map.entry("impossible-period.json", "period.start: not a valid date \"2025-02-29\""),
            Map.entry("unknown-enum-value.json", "people[0].gender: unknown value \"F\""),
            Map.entry("unknown-role.json", "people[0].positions[0].role: unknown value \"PRESIDENT\""),
            Map.entry("unknown-field.json", "federations[0].leader: unknown field"),
            Map.entry("duplicate-key.json", "federations[0]"),
            Map.entry("null-in-an-array.json", "federations[0]"),
            Map.entry("missing-id.json", "federations[0].id: missing required field"),
            Map.entry("missing-period.json", "period"),
            Map.entry("control-character.json", "federations[0]"),
            Map.entry("bad-escape.json", "federations[0]"),
            Map.entry("nan.json", "federations[0]"),
            Map.entry("gbk.json", "not UTF-8"),
            Map.entry("utf-16.json", "UTF-16"),
            Map.entry("trailing-garbage.json", ""));

    @TempDir
    static Path generated;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run check(Path file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = assertTimeoutPreemptively(HANG_GUARD,
                () -> Main.execute(new PrintWriter(out), new PrintWriter(err), "check", file.toString()));
        return new Run(code, out.toString(), err.toString());
    }

    static Stream<Arguments> corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.sorted().map(f -> Arguments.of(f.getFileName().toString(), f)).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aMalformedFileExitsTwoWithOneLineNamingThePlace(String name, Path file) {
        assertThat(PROBLEMS).as("the expected problem of %s", name).containsKey(name);

        Run run = check(file);

        assertOneLineNamingThePlace(run, file, PROBLEMS.get(name));
    }

    @Test
    void aFiftyMegabyteStringIsRefused() throws IOException {
        Path file = generated.resolve("fifty-megabyte-string.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("{\"period\": {\"start\": \"2025-01-01\", \"end\": \"2025-12-31\"},\n \"name\": \"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "妇".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L * 1024 * 1024; written += chunk.length) {
                out.write(chunk);
            }
            out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
        }

        assertOneLineNamingThePlace(check(file), file, "name: a string longer than 1000000 characters");
    }

    @Test
    void tenThousandLevelsOfNestingAreRefused() throws IOException {
        Path file = generated.resolve("ten-thousand-levels.json");
        Files.writeString(file, "{\"period\": {\"start\": \"2025-01-01\", \"end\": \"2025-12-31\"},\n \"federations\": "
                + "[".repeat(10_000) + "]".repeat(10_000) + "}\n", StandardCharsets.UTF_8);

        // Reading stops at the first array where a federation belongs, before Jackson's depth limit.
        assertOneLineNamingThePlace(check(file), file, "federations[0]: expected an object");
    }

    @Test
    void tenThousandLevelsOfNestedObjectsAreRefused() throws IOException {
        Path file = generated.resolve("ten-thousand-objects.json");
        Files.writeString(file, "{\"period\": {\"start\": \"2025-01-01\", \"end\": \"2025-12-31\"},\n \"name\": "
                + "{\"a\": ".repeat(10_000) + "1" + "}".repeat(10_000) + "}\n", StandardCharsets.UTF_8);

        assertOneLineNamingThePlace(check(file), file, "name: expected a string, found an object");
    }

    @Test
    void aByteOrderMarkAsNotepadAndExcelWriteItIsAccepted() throws IOException {
        Path file = generated.resolve("with-bom.json");
        byte[] sample = Files.readAllBytes(Path.of("..", "sample", "district.json"));
        byte[] withBom = new byte[sample.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(sample, 0, withBom, 3, sample.length);
        Files.write(file, withBom);

        Path copy = Files.copy(Path.of("..", "sample", "district.json"), generated.resolve("district.json"));
        Run run = check(file);
        Run withoutBom = check(copy);

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(withoutBom.exitCode()).isIn(Main.OK, Main.VIOLATIONS);
        // The same report, lines and columns included; only the file's name differs.
        assertThat(run.out()).contains("with-bom.json:")
                .isEqualTo(withoutBom.out().replace("district.json:", "with-bom.json:"));
    }

    private static void assertOneLineNamingThePlace(Run run, Path file, String problem) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).endsWith("\n");
        String line = run.err().substring(0, run.err().length() - 1);
        assertThat(line).doesNotContain("\n").doesNotContain("\r")
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("com.fasterxml")
                .matches(Pattern.quote(file.toString()) + ":\\d+:\\d+: .+")
                .contains(problem)
                .hasSizeLessThan(400);
    }
}
