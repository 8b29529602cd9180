package io.github.fulianrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void generatedDistrictsAreCheckedAsWritten(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("nation.jsonl");

        CliRun generate = run("generate", "--districts", "12", "--seed", "3", "--scale", "small", "--out", file.toString());
        CliRun check = run("check", file.toString(), "--format", "json");

        assertThat(generate.exitCode()).isZero();
        assertThat(generate.err()).isEmpty();
        assertThat(Files.readAllLines(file)).hasSize(12);
        assertThat(check.err()).isEmpty();
        assertThat(check.out().split("\n")).hasSize(12);
        assertThat(check.exitCode()).isEqualTo(1);
    }

    @Test
    void aFileThatCannotBeWrittenIsNamed(@TempDir Path dir) {
        Path file = dir.resolve("no-such-dir").resolve("nation.jsonl");

        CliRun run = run("generate", "--districts", "1", "--out", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("fulian-rules: " + file + ": cannot write: ").doesNotContain("\tat ");
    }

    @Test
    void aNegativeNumberOfDistrictsIsAUsageError(@TempDir Path dir) {
        CliRun run = run("generate", "--districts", "-1", "--out", dir.resolve("x.jsonl").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--districts must not be negative: -1");
    }
}
