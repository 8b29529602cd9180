package io.github.fulianrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.fulianrules.testing.LoopingRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An analyst's rule set that loops is stopped by {@code --timeout}: one line, exit 2, no stack trace. */
class RunawayCliTest {
    private static final String DISTRICT = """
            {"period": {"start": "2025-01-01", "end": "2025-12-31"},
             "federations": [{"id": "d", "level": "DISTRICT", "name": "区妇联"}]}
            """;

    @Test
    void aLoopingRuleSetIsStoppedByTheTimeoutWithOneLine(@TempDir Path dir) throws IOException {
        Path rules = LoopingRules.ruleSetOf(dir.resolve("rules"), LoopingRules.atTheDistrict());
        Path district = Files.writeString(dir.resolve("district.json"), DISTRICT, StandardCharsets.UTF_8);

        CliRun run = assertTimeoutPreemptively(Duration.ofMinutes(2),
                () -> CliRun.of("check", district.toString(), "--rules", rules.toString(), "--timeout", "1"));

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement()
                .satisfies(line -> assertThat(line).startsWith("fulian-rules: ").contains("still firing after"));
    }

    @Test
    void aTimeoutBelowOneSecondIsAUsageError(@TempDir Path dir) throws IOException {
        Path district = Files.writeString(dir.resolve("district.json"), DISTRICT, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("check", district.toString(), "--timeout", "0");

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).isEqualTo("fulian-rules: --timeout must be at least 1 second: 0\n");
    }
}
