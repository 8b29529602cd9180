package io.github.fulianrules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.scenario.Scenario;
import io.github.fulianrules.scenario.ScenarioFiles;
import io.github.fulianrules.scenario.ScenarioResult;
import io.github.fulianrules.scenario.ScenarioRunner;
import io.github.fulianrules.testing.DocBlocks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario file shown in docs/analysts.md passes on the bundled rules, as written. */
class DocScenarioTest {
    @Test
    void theAnalystsGuidesScenarioExamplePasses(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("FL-2.4a.yaml");
        Files.writeString(file, DocBlocks.text("analysts-scenario-example"), StandardCharsets.UTF_8);

        List<Scenario> scenarios = ScenarioFiles.load(file);
        List<ScenarioResult> results = new ScenarioRunner(Engines.bundled()).run(scenarios);

        assertThat(results).isNotEmpty().allSatisfy(r -> assertThat(r.differences()).as(r.scenario().name()).isEmpty());
    }
}
