package io.github.fulianrules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.fuzz.Fuzzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes {@link ScenarioFiles} with mutations of the bundled rules' scenario files: each is loaded
 * or refused with a {@link ScenarioException} that gives every problem on a line of its own, at its
 * place; nothing hangs. Longer: {@code -Dfuzz.seconds=N}.
 */
class ScenarioFilesFuzzTest {
    static final Path SCENARIOS = Path.of("../../rules-drl/src/test/resources/scenarios");

    @Test
    void scenarioYamlIsLoadedOrRefusedWithEachProblemAtItsPlace(@TempDir Path dir) {
        Path file = dir.resolve("fuzz.yaml");
        Fuzzer.Outcome outcome = Fuzzer.of("scenario", List.of(SCENARIOS.resolve("task2/FL-2.1a.yaml"),
                        SCENARIOS.resolve("task4/FL-4.2a.yaml"), SCENARIOS.resolve("data/DATA.yaml")))
                .run(Fuzzer.budget(4), input -> {
                    Files.write(file, input);
                    ScenarioFiles.load(file);
                }, Fuzzer.locatedLines(ScenarioException.class));
        assertThat(outcome.failures()).as(outcome.toString()).isEmpty();
        assertThat(outcome.refused()).as("mutations refused").isPositive();
        assertThat(outcome.accepted()).as("mutations still read as scenarios").isPositive();
    }
}
