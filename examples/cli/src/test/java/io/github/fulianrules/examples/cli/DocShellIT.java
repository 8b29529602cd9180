package io.github.fulianrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.testing.DocBlocks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shell blocks of README.md and docs/ run as a reader runs them, with bash, from a directory that
 * looks like the repository's root (its top-level entries linked) and holds what the guides call
 * {@code district.json} (the sample district) and {@code 青溪区.xlsx} (the sample workbook, "filled in").
 * Commands starting with {@code mvn} are the build this test is part of and are left out.
 */
class DocShellIT {
    /** What a block must leave behind, besides ending well. */
    private static final Map<String, List<String>> WRITES = Map.of(
            "readme-analyst", List.of("my-rules/catalogue.yaml", "my-scenarios"),
            "readme-clerk", List.of("台账模板.xlsx", "报告.xlsx"),
            "clerks-template", List.of("台账模板.xlsx"),
            "clerks-report-workbook", List.of("报告.xlsx"),
            "clerks-convert", List.of("青溪区.json"),
            "cli-check-district", List.of("report.json"),
            "reports-html-csv", List.of("report.html", "report.csv", "report.scorecard.csv"),
            "security-rule-bundle", List.of("my-rules.jar"));

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    /** The links into the repository go before JUnit empties the directory (it would warn about each). */
    @AfterEach
    void unlinkTheRepository() throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path link : entries.filter(Files::isSymbolicLink).toList()) {
                Files.delete(link);
            }
        }
    }

    /** Each command ends with 0, or with 1 where the tool reports open violations (its documented exit codes). */
    @ParameterizedTest
    @ValueSource(strings = {"readme-first-commands", "readme-analyst", "readme-clerk", "clerks-template", "clerks-check",
            "clerks-report-workbook", "clerks-convert", "cli-check-district", "reports-html-csv", "security-rule-bundle"})
    void theCommandsOfTheBlockRun(String id) throws Exception {
        DocBlocks.Block block = DocBlocks.block(id);
        String script = "set -o pipefail\n"
                + "trap 'rc=$?; if [ $rc -gt 1 ]; then echo \"exit $rc: $BASH_COMMAND\" >&2; exit $rc; fi' ERR\n"
                + withoutTheBuild(block.text()) + "exit 0\n";

        Run run = bash(repositoryLike(), script);

        assertThat(run.exitCode()).as(block.where() + "\n" + run.err()).isZero();
        assertThat(run.err()).as(block.where()).doesNotContain("Exception").doesNotContain("\tat ");
        for (String written : WRITES.getOrDefault(id, List.of())) {
            assertThat(dir.resolve(written)).as(block.where() + " writes " + written).exists();
        }
    }

    /** Each command prints what the guide shows under it. */
    @ParameterizedTest
    @ValueSource(strings = {"whatif-impact-sample", "whatif-impact-jsonl", "whatif-diff"})
    void theTranscriptIsWhatTheCommandsPrint(String id) throws Exception {
        DocBlocks.Block block = DocBlocks.block(id);
        Path root = repositoryLike();
        for (Transcript.Step step : Transcript.parse(block.text()).steps()) {
            Run run = bash(root, step.command() + " 2>&1");
            assertThat(run.exitCode()).as(block.where() + ": " + step.command() + "\n" + run.out()).isIn(0, 1);
            Transcript.assertShows(step.output(), run.out().lines().toList(), block.where() + ": " + step.command());
        }
    }

    /** The block without the commands that build the project: a line starting with mvn, or its part before {@code &&}. */
    static String withoutTheBuild(String block) {
        return block.lines()
                .filter(line -> !line.startsWith("mvn ") || line.contains(" && "))
                .map(line -> line.startsWith("mvn ") ? line.substring(line.indexOf(" && ") + 4) : line)
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /** {@link #dir} with the repository's top-level entries linked into it, and the files the guides assume. */
    private Path repositoryLike() throws IOException {
        Path root = DocBlocks.root();
        try (Stream<Path> entries = Files.list(root)) {
            for (Path entry : entries.filter(e -> !e.getFileName().toString().startsWith(".")).toList()) {
                Files.createSymbolicLink(dir.resolve(entry.getFileName().toString()), entry);
            }
        }
        Files.copy(root.resolve("examples/sample/district.json"), dir.resolve("district.json"));
        Files.copy(root.resolve("examples/sample/district.xlsx"), dir.resolve("青溪区.xlsx"));
        return dir;
    }

    private static Run bash(Path dir, String script) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = new ProcessBuilder("bash", "-c", script).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("still running after 10 minutes: " + script);
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
