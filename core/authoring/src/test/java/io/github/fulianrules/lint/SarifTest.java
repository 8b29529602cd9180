package io.github.fulianrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachProblemIsAResultAtItsFileLineAndColumnRelativeToTheRuleSet(@TempDir Path dir) throws Exception {
        String sarif = Sarif.of(dir, List.of(
                new Problem(dir.resolve("task 2/leaders.drl").toString(), 12, 5, "unknown fact type Foo"),
                new Problem("catalogue.yaml", 3, 0, "requirement FL-9 has no rule"),
                new Problem("params.yaml", 0, 0, "parameter x is never read")));

        assertThat(sarif).startsWith("{\n  \"$schema\" : \"https://json.schemastore.org/sarif-2.1.0.json\",\n").endsWith("}\n");
        JsonNode run = JSON.readTree(sarif).path("runs").path(0);
        assertThat(JSON.readTree(sarif).path("version").asText()).isEqualTo("2.1.0");
        assertThat(run.at("/tool/driver/name").asText()).isEqualTo("fulian-rules lint");
        assertThat(run.at("/tool/driver/rules/0/id").asText()).isEqualTo("fulian-rules-lint");
        assertThat(run.at("/tool/driver/rules/0/shortDescription/text").asText()).startsWith("A rule set that does not compile");
        JsonNode results = run.path("results");
        assertThat(results).hasSize(3);
        assertThat(results.path(0).toString()).isEqualTo("{\"ruleId\":\"fulian-rules-lint\",\"level\":\"error\","
                + "\"message\":{\"text\":\"unknown fact type Foo\"},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":"
                + "{\"uri\":\"task%202/leaders.drl\",\"uriBaseId\":\"RULESET\"},\"region\":{\"startLine\":12,\"startColumn\":5}}}]}");
        assertThat(results.path(1).at("/locations/0/physicalLocation").toString()).isEqualTo(
                "{\"artifactLocation\":{\"uri\":\"catalogue.yaml\",\"uriBaseId\":\"RULESET\"},\"region\":{\"startLine\":3}}");
        assertThat(results.path(2).at("/locations/0/physicalLocation").toString())
                .isEqualTo("{\"artifactLocation\":{\"uri\":\"params.yaml\",\"uriBaseId\":\"RULESET\"}}");
    }

    @Test
    void theRuleSetsUriEndsWithOneSlashWhetherOrNotTheDirectoryExists(@TempDir Path dir) throws Exception {
        Path absent = dir.resolve("not yet");

        assertThat(baseUri(dir)).isEqualTo(dir.toUri().toString()).endsWith("/").doesNotEndWith("//");
        assertThat(baseUri(absent)).isEqualTo(absent.toUri() + "/").endsWith("not%20yet/");
    }

    private static String baseUri(Path dir) throws Exception {
        JsonNode run = JSON.readTree(Sarif.of(dir, List.of())).path("runs").path(0);
        assertThat(run.path("results")).isEmpty();
        return run.at("/originalUriBaseIds/RULESET/uri").asText();
    }
}
