package io.github.fulianrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.FulianRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule-set directories written to attack lint and loading (issue 26): an expression nested 3,000
 * deep, a hard link to a file outside the directory. {@code lint} and {@code check} end in time,
 * with exit 2, the problem at its place and no stack trace; nothing of the linked file is printed.
 */
class HostileRuleSetCliTest {
    private static final String DISTRICT = """
            {"period": {"start": "2025-01-01", "end": "2025-12-31"},
             "federations": [{"id": "d", "level": "DISTRICT", "name": "区妇联"}]}
            """;

    private static Path exported(Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        FulianRules.exportBundledRules(rules);
        return rules;
    }

    private static CliRun within(Duration limit, String... args) {
        return Assertions.assertTimeoutPreemptively(limit, () -> CliRun.of(args));
    }

    @Test
    void anExpressionNestedThreeThousandDeepIsAProblemAtItsPlace(@TempDir Path dir) throws IOException {
        Path rules = exported(dir);
        Files.writeString(rules.resolve("deep.drl"), "package io.github.fulianrules.rules;\n\n"
                + "import io.github.fulianrules.model.*;\n\nrule \"DATA deep\" @data(\"PROBE\")\nwhen\n"
                + "    Federation(id == " + "(".repeat(3_000) + "\"d\"" + ")".repeat(3_000) + ")\nthen\nend\n",
                StandardCharsets.UTF_8);
        Path district = Files.writeString(dir.resolve("district.json"), DISTRICT, StandardCharsets.UTF_8);

        CliRun lint = within(Duration.ofSeconds(60), "lint", rules.toString());
        CliRun check = within(Duration.ofSeconds(60), "check", district.toString(), "--rules", rules.toString());

        for (CliRun run : new CliRun[] {lint, check}) {
            assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
            assertThat(run.out() + run.err()).contains("deep.drl:7:").contains("nests brackets more than 64 deep")
                    .doesNotContain("\tat ").doesNotContain("StackOverflowError");
        }
    }

    @Test
    void aMessagesFileHardLinkedToAFileOutsideIsRefusedAndNotPrinted(@TempDir Path dir) throws IOException {
        Path rules = exported(dir);
        Path secret = Files.writeString(dir.resolve("secret.properties"), "FL-1.1a.message=the secret is hunter2\n",
                StandardCharsets.UTF_8);
        Files.delete(rules.resolve("messages_en.properties"));
        Files.createLink(rules.resolve("messages_en.properties"), secret);

        CliRun lint = within(Duration.ofSeconds(60), "lint", rules.toString());

        assertThat(lint.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(lint.out() + lint.err()).contains("has another hard link").doesNotContain("hunter2");
    }
}
