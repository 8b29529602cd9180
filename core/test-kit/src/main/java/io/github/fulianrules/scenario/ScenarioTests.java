package io.github.fulianrules.scenario;

import io.github.fulianrules.FulianRules;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The JUnit 5 entry for host projects: one dynamic test per scenario of a folder.
 *
 * <pre>{@code
 * @RulesUnderTest                        // or @RulesUnderTest("target/our-rules.jar"): one engine per rule set
 * class OurScenariosTest {
 *     @TestFactory
 *     Stream<DynamicTest> scenarios(FulianRules engine) {
 *         return ScenarioTests.from(engine, Path.of("src/test/scenarios"));
 *     }
 * }
 * }</pre>
 *
 * Needs {@code org.junit.jupiter:junit-jupiter-api}, which {@code fulian-rules-test} brings (and
 * {@code fulian-rules-authoring} leaves to the host).
 */
public final class ScenarioTests {
    private ScenarioTests() {
    }

    /** A test per scenario under {@code dir}, named by its sentence; it fails with the differences. */
    public static Stream<DynamicTest> from(FulianRules engine, Path dir) {
        ScenarioRunner runner = new ScenarioRunner(engine);
        return ScenarioFiles.load(dir).stream().map(s -> DynamicTest.dynamicTest(s.name(), Path.of(s.source()).toUri(), () -> {
            ScenarioResult result = runner.run(s);
            if (!result.passed()) {
                // A difference may carry its explanation on the lines that follow it: indented under it.
                throw new AssertionError(s.source() + " \"" + s.name() + "\":\n  " + result.differences().stream()
                        .map(d -> d.replace("\n", "\n  ")).collect(Collectors.joining("\n  ")));
            }
        }));
    }
}
