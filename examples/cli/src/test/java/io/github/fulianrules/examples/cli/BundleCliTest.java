package io.github.fulianrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code build DIR --out FILE.jar}, then {@code check --rules FILE.jar}: the report of the bundled rules. */
class BundleCliTest {
    private static final Path SAMPLE = Path.of("../sample/district.json");

    @Test
    void aBuiltBundleChecksTheSampleAsTheBundledRulesDo(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        Path bundle = dir.resolve("my-rules.jar");
        assertThat(CliRun.of("export", rules.toString()).exitCode()).isEqualTo(Main.OK);

        CliRun build = CliRun.of("build", rules.toString(), "--out", bundle.toString());
        CliRun fromBundle = CliRun.of("check", SAMPLE.toString(), "--rules", bundle.toString(), "--format", "json");
        CliRun bundled = CliRun.of("check", SAMPLE.toString(), "--format", "json");

        assertThat(build.exitCode()).isEqualTo(Main.OK);
        assertThat(build.out()).startsWith(bundle + ": ").containsPattern("SHA-256 [0-9a-f]{64}");
        assertThat(Files.size(bundle)).isPositive();
        if (java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(bundle)).as("as readable as any file made here")
                    .isEqualTo(ExportCommandTest.ordinary(dir));
        }
        CliRun scenarios = CliRun.of("test", rules.resolve("scenarios").toString(), "--rules", bundle.toString());
        assertThat(scenarios.exitCode()).as(scenarios.out()).isEqualTo(Main.OK);
        assertThat(scenarios.out()).endsWith(" passed, 0 failed" + System.lineSeparator());
        assertThat(fromBundle.exitCode()).isEqualTo(bundled.exitCode());
        // The same report; only its provenance (which rule set, from where) differs.
        assertThat(withoutProvenance(fromBundle.out())).isEqualTo(withoutProvenance(bundled.out()));
    }

    @Test
    void aRuleSetWithProblemsIsNotBuilt(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        CliRun.of("export", rules.toString());
        Files.writeString(rules.resolve("evil.drl"), "package io.github.fulianrules.rules;\n\nglobal java.util.List sink;\n");
        Path bundle = dir.resolve("my-rules.jar");

        CliRun build = CliRun.of("build", rules.toString(), "--out", bundle.toString());

        assertThat(build.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(build.err()).contains("evil.drl:3:").contains("global");
        assertThat(bundle).doesNotExist();
    }

    private static com.fasterxml.jackson.databind.JsonNode withoutProvenance(String json) throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode report =
                (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        report.remove("provenance");
        return report;
    }
}
