package io.github.fulianrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.testing.LoopingRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An analyst's rule set seen from the command line: one whose code the verifier refuses is refused
 * by {@code check}, {@code test} and {@code lint} at its {@code FILE:LINE}, and nothing it would
 * write is written; one whose rule throws ends with exit 2 and one line naming the rule.
 */
class UntrustedRulesCliTest {
    private static final String HEADER = """
            package io.github.fulianrules.rules;

            import io.github.fulianrules.model.*;
            import io.github.fulianrules.rulesupport.*;

            """;

    private static final String DISTRICT = """
            {"period": {"start": "2025-01-01", "end": "2025-12-31"},
             "federations": [{"id": "d", "level": "DISTRICT", "name": "区妇联"}]}
            """;

    /** A rule set of {@code drl} alone in {@code evil.drl}, with data files of nothing, which lint passes. */
    private static Path ruleSet(Path dir, String drl) throws IOException {
        return LoopingRules.ruleSetOf(dir.resolve("rules"), "evil.drl", HEADER + drl);
    }

    @Test
    void aRuleSetThatWritesAFileIsRefusedByEveryCommandAndWritesNothing(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("PWNED");
        Path rules = ruleSet(dir, """
                rule "DATA probe" @data("PROBE")
                when  Federation(level == Level.DISTRICT, $id : id)
                then  new java.util.Formatter("%s").format("written by a rule for %%s%%n", $id).close();
                end
                """.formatted(target.toString().replace('\\', '/')));
        Path district = Files.writeString(dir.resolve("district.json"), DISTRICT, StandardCharsets.UTF_8);

        CliRun check = CliRun.of("check", district.toString(), "--rules", rules.toString());
        CliRun lint = CliRun.of("lint", rules.toString());

        assertThat(check.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(check.err()).contains("evil.drl:8:").contains("rule \"DATA probe\"").contains("java.util.Formatter")
                .doesNotContain("\tat ");
        assertThat(lint.exitCode()).isNotZero();
        assertThat(lint.out() + lint.err()).contains("evil.drl:8:").contains("java.util.Formatter");
        assertThat(target).doesNotExist();
    }

    @Test
    void aRuleThatThrowsEndsWithExitTwoAndOneLineNamingIt(@TempDir Path dir) throws IOException {
        Path rules = ruleSet(dir, """
                rule "DATA divides by zero" @data("PROBE")
                when  Federation(level == Level.DISTRICT, $id : id)
                then  insertLogical(new Tally($id, "x", 1 / ($id.length() - $id.length())));
                end
                """);
        Path district = Files.writeString(dir.resolve("district.json"), DISTRICT, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("check", district.toString(), "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("fulian-rules: ").contains("rule \"DATA divides by zero\"").contains("ArithmeticException"));
    }

    @Test
    void theScenarioCommandRefusesTheSameRuleSet(@TempDir Path dir) throws IOException {
        Path rules = ruleSet(dir, """
                rule "DATA probe" @data("PROBE")
                when  Federation(level == Level.DISTRICT, $id : id, new java.util.Random().ints().sum() != 7)
                then
                end
                """);

        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));

        CliRun run = CliRun.of("test", "--rules", rules.toString(), scenarios.toString());

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("evil.drl:7:").contains("java.util.Random");
        assertThat(List.of(run.err().split("\n"))).noneMatch(l -> l.startsWith("\tat "));
    }
}
