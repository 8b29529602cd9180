package io.github.fulianrules.examples.embed;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.scenario.ScenarioTests;
import io.github.fulianrules.testkit.RulesUnderTest;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestFactory;

/**
 * A host's own scenario files, run by the test kit with the runtime alone: against the bundled rules,
 * and against the host's bundle (src/test/host-rules, built by the CLI before the tests).
 */
class HostScenariosTest {
    @Nested
    @RulesUnderTest
    class BundledRules {
        @TestFactory
        Stream<DynamicTest> ourCasesOfTheBundledRules(FulianRules engine) {
            return ScenarioTests.from(engine, Path.of("src/test/scenarios/bundled"));
        }
    }

    @Nested
    @RulesUnderTest("target/host-rules.jar")
    class OurBundle {
        @TestFactory
        Stream<DynamicTest> ourCasesOfOurBundle(FulianRules engine) {
            return ScenarioTests.from(engine, Path.of("src/test/scenarios/host-rules"));
        }
    }
}
