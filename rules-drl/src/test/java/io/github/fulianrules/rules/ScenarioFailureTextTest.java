package io.github.fulianrules.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fulianrules.scenario.Scenario;
import io.github.fulianrules.scenario.ScenarioException;
import io.github.fulianrules.scenario.ScenarioFiles;
import io.github.fulianrules.scenario.ScenarioResult;
import io.github.fulianrules.scenario.ScenarioRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario that fails says what differed in sentences an analyst can read. */
class ScenarioFailureTextTest {
    @TempDir
    Path dir;

    private List<String> differences(String yaml) throws IOException {
        Path file = dir.resolve("wrong.yaml");
        Files.writeString(file, yaml);
        List<Scenario> scenarios = ScenarioFiles.load(file);
        ScenarioResult result = new ScenarioRunner(Engines.bundled()).run(scenarios.get(0));
        assertThat(result.passed()).isFalse();
        // Each difference is a sentence; the explanation of the requirement on the subject follows on its next lines.
        return result.differences().stream().map(d -> d.lines().findFirst().orElse("")).toList();
    }

    @Test
    void aCheckExpectedMetThatIsNotSaysWhatItWas() throws IOException {
        List<String> diff = differences("""
                scenarios:
                  - name: wrong on purpose
                    given:
                      federations: [{id: d, level: DISTRICT}, {id: s1, level: SUB_DISTRICT, parentId: d}]
                      people:
                        - {id: p1, gender: MALE, leadershipTeamOf: s1, positions: [{federationId: s1, role: CHAIR}]}
                    met:
                      - {requirementId: FL-4.1a, subjectId: s1, measured: "1/1"}
                      - {requirementId: FL-9.9z}
                """);

        assertThat(diff).containsExactly(
                "Expected FL-4.1a to be met on s1 with measured 1/1, but its checks were: s1 not met (measured 0/1, required 1).",
                "Expected FL-9.9z to be met, but FL-9.9z was checked on no subject.");
    }

    @Test
    void findingsExpectedMissingOrUnexpectedAreSentences() throws IOException {
        List<String> diff = differences("""
                scenarios:
                  - name: wrong on purpose
                    given:
                      federations: [{id: d, level: DISTRICT}]
                    expect:
                      - {requirementId: FL-2.4a, subjectId: d, kind: VIOLATION, gap: 3}
                    absent:
                      - {requirementId: FL-5.1a}
                """);

        assertThat(diff).containsExactly(
                "Expected a finding of FL-2.4a on d with kind VIOLATION and gap 3, but the findings of FL-2.4a were: "
                        + "a VIOLATION of FL-2.4a on d: measured 0, required 4, gap 4.",
                "Did not expect a VIOLATION of FL-2.4a on d: measured 0, required 4, gap 4.",
                "Expected no finding of FL-5.1a, but found a WARNING of FL-5.1a on d: measured 0, required 1, gap 1.");
    }

    @Test
    void aRequirementExpectedNotJudgedThatWasSaysHowItWasJudged() throws IOException {
        List<String> diff = differences("""
                scenarios:
                  - name: wrong on purpose
                    given:
                      federations: [{id: d, level: DISTRICT}]
                      people:
                        - {id: p1, gender: FEMALE, positions: [{federationId: d, role: PART_TIME_VICE_CHAIR}]}
                    notJudged:
                      - {requirementId: FL-2.4a, subjectId: d}
                      - {requirementId: FL-2.4b}
                      - {requirementId: FL-2.4a, subjectId: elsewhere}
                """);

        assertThat(diff).containsExactly(
                "Expected FL-2.4a not to be judged on d, but it was judged: d not met (measured 1, required 4).",
                "Expected FL-2.4b not to be judged, but it was judged: p1 met (measured FEMALE, required FEMALE).");
    }

    @Test
    void aNotJudgedEntryNamesOnlyTheRequirementAndTheSubject() throws IOException {
        Path file = dir.resolve("wrong.yaml");
        Files.writeString(file, """
                scenarios:
                  - name: wrong on purpose
                    given:
                      federations: [{id: d, level: DISTRICT}]
                    notJudged:
                      - {requirementId: FL-2.4a, kind: VIOLATION}
                """);

        assertThatThrownBy(() -> ScenarioFiles.load(file)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("wrong.yaml:6:").hasMessageContaining("kind");
    }
}
