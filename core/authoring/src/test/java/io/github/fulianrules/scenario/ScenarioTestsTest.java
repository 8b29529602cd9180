package io.github.fulianrules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.testing.TinyRuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JUnit entry: a test per scenario of a folder, named by its sentence, failing with the differences. */
class ScenarioTestsTest {
    /** The tiny rule set, compiled once for the class: these tests run it, they do not test its compiling. */
    @TempDir
    static Path rules;
    private static FulianRules engine;

    @BeforeAll
    static void compile() {
        engine = TinyRuleSet.engine(rules);
    }

    @TempDir
    Path dir;

    @Test
    void eachScenarioIsATestNamedByItsSentenceAtItsFileThatFailsWithTheDifferencesIndented() throws IOException {
        Path file = dir.resolve("FL-1.1a.yaml");
        Files.writeString(file, """
                requirement: FL-1.1a
                scenarios:
                  - name: Two reports meet the floor
                    given:
                      federations: [{id: d, level: DISTRICT}]
                      activities:
                        - {id: a1, type: REFORM_REPORT, subjectId: d, date: 2025-03-01}
                        - {id: a2, type: REFORM_REPORT, subjectId: d, date: 2025-09-01}
                    met:
                      - {requirementId: FL-1.1a, subjectId: d}
                  - name: No report is wrongly expected to meet it
                    given:
                      federations: [{id: d, level: DISTRICT}]
                    met:
                      - {requirementId: FL-1.1a, subjectId: d}
                    absent:
                      - {requirementId: FL-1.1a}
                """);

        List<DynamicTest> tests = ScenarioTests.from(engine, dir).toList();

        assertThat(tests).extracting(DynamicTest::getDisplayName)
                .containsExactly("Two reports meet the floor", "No report is wrongly expected to meet it");
        assertThat(tests).allSatisfy(t -> assertThat(t.getTestSourceUri()).hasValue(file.toUri()));
        assertThatCode(() -> tests.get(0).getExecutable().execute()).doesNotThrowAnyException();
        AssertionError failure = catchThrowableOfType(() -> tests.get(1).getExecutable().execute(), AssertionError.class);
        assertThat(failure.getMessage()).startsWith(file + " \"No report is wrongly expected to meet it\":\n"
                + "  Expected no finding of FL-1.1a, but found a WARNING of FL-1.1a on d: measured 0, required 2, gap 2.\n"
                + "  Expected FL-1.1a to be met on d, but its checks were: d not met (measured 0, required 2).\n"
                + "    FL-1.1a on d: not met. Measured 0, required 2; decided by rule \"FL-1.1a The district federation reports"
                + " the reform's progress to the district party committee\" (reports.drl:6).\n"
                + "      The facts that decided:\n"
                + "        - the assessment period runs from 2025-01-01 to 2025-12-31")
                .hasLineCount(9);
    }
}
