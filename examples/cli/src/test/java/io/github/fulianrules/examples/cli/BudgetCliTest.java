package io.github.fulianrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.testing.LoopingRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Work bounded inside one firing and inside the network, from the command line (issue 26, item 4):
 * {@code check --timeout 1} ends with exit 2 and one line naming the rule, no stack trace;
 * a cross product with nothing in common is refused before anything runs, at its line.
 */
class BudgetCliTest {
    private static final String HEADER = """
            package io.github.fulianrules.rules;

            import io.github.fulianrules.model.*;
            import io.github.fulianrules.rulesupport.*;

            """;

    private static Path district(Path dir, int federations) throws IOException {
        StringBuilder json = new StringBuilder("{\"period\": {\"start\": \"2025-01-01\", \"end\": \"2025-12-31\"},\n"
                + " \"federations\": [{\"id\": \"d\", \"level\": \"DISTRICT\", \"name\": \"区妇联\"}");
        for (int i = 0; i < federations; i++) {
            json.append(",\n  {\"id\": \"s").append(i).append("\", \"level\": \"SUB_DISTRICT\", \"name\": \"街道妇联\", \"parentId\": \"d\"}");
        }
        return Files.writeString(dir.resolve("district.json"), json.append("]}\n"), StandardCharsets.UTF_8);
    }

    private static CliRun check(Path dir, String drl, int federations) throws IOException {
        Path rules = LoopingRules.ruleSetOf(dir.resolve("rules"), "attack.drl", HEADER + drl);
        Path district = district(dir, federations);
        long start = System.nanoTime();
        CliRun run = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(90),
                () -> CliRun.of("check", district.toString(), "--rules", rules.toString(), "--timeout", "1"));
        // compiling the rule set is most of it; the evaluation is stopped within the timeout and as long again
        // (2 s: a join that a fast machine finishes in about 5 s cannot end first, as it did with --timeout 5)
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
        return run;
    }

    @Test
    void aJoinOfEveryThreeFederationsIsStoppedInsideTheNetwork(@TempDir Path dir) throws IOException {
        CliRun run = check(dir, """
                rule "derived: joins every three federations"
                when
                    Federation($a : id)
                    Federation($b : id, id != $a)
                    Federation(name.length() < $a.length() - 100, $c : id)
                then
                    insertLogical(new Tally($c, "join", 1));
                end
                """, 700);

        assertThat(run.err().lines()).singleElement().satisfies(line -> assertThat(line).startsWith("fulian-rules: ")
                .contains("rule \"derived: joins every three federations\"").contains("still running after 2000 ms"));
    }

    @Test
    void nestedListsHashedInAConsequenceAreStoppedAsTheyAreMade(@TempDir Path dir) throws IOException {
        CliRun run = check(dir, """
                rule "derived: hashes nested lists of shared parts"
                when
                    Federation(id == "d", $id : id)
                then
                    Object a = java.util.List.of($id, $id);
                    Object b = java.util.List.of(a, a);
                    insertLogical(new Tally($id, "hash", b.hashCode()));
                end
                """, 0);

        assertThat(run.err().lines()).singleElement().satisfies(line -> assertThat(line)
                .contains("rule \"derived: hashes nested lists of shared parts\"").contains("a collection that holds a collection"));
    }

    @Test
    void aCrossProductIsRefusedAtItsLineBeforeAnythingRuns(@TempDir Path dir) throws IOException {
        CliRun run = check(dir, """
                rule "derived: every triple of people"
                when
                    Person()
                    Person()
                    Person()
                then
                end
                """, 0);

        assertThat(run.err()).contains("attack.drl:9:").contains("joins Person and Person and Person with nothing in common");
    }
}
