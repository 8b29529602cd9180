package io.github.fulianrules.rules;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.scenario.ScenarioTests;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every scenario file under {@code src/test/resources/scenarios}, one test per scenario. */
class ScenarioSuiteTest {
    static final Path SCENARIOS = Path.of("src/test/resources/scenarios");

    @TestFactory
    Stream<DynamicTest> bundledRulesPassEveryScenario() {
        return ScenarioTests.from(Engines.bundled(), SCENARIOS);
    }
}
