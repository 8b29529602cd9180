package io.github.fulianrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.authoring.ModelCompiler;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code watch}: an analyst's saves, one round each, in one JVM: a threshold and a message are
 * data (nothing compiled again), a broken rule is told as lint tells it and a fixed one loads.
 */
class WatchCommandTest {
    private static final Path SAMPLE = Path.of("../sample/district.json");

    @TempDir
    Path work;

    private final StringWriter printed = new StringWriter();

    private List<String> round(Watcher watcher) {
        printed.getBuffer().setLength(0);
        watcher.round();
        return printed.toString().lines().toList();
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void eachSaveIsCheckedAgainAndOnlyADrlSaveCompiles() throws IOException {
        Path rules = work.resolve("rules");
        assertThat(CliRun.of("export", rules.toString()).exitCode()).isEqualTo(Main.OK);
        Watcher watcher = new Watcher(rules, SAMPLE, rules.resolve("scenarios"), "en", new PrintWriter(printed, true));

        List<String> first = round(watcher);
        assertThat(first).anySatisfy(l -> assertThat(l).matches("\\d+ findings, \\d+ open violations"))
                .anySatisfy(l -> assertThat(l).matches("scenarios: \\d+ passed, 0 failed"))
                .last().asString().startsWith("-- took ");
        long compiled = ModelCompiler.compilations();

        // A threshold: the findings it changes, and the bundled scenarios of the old one, now failing.
        replace(rules.resolve("parameters.yaml"), "      - {from: 2018-01-01, value: 15}",
                "      - {from: 2018-01-01, value: 15}\n      - {from: 2025-01-01, value: 17}");
        List<String> raised = round(watcher);
        assertThat(raised).anySatisfy(l -> assertThat(l).matches("[+~] FL-4\\.2d .*"))
                .anySatisfy(l -> assertThat(l).startsWith("FAIL " + rules.resolve("scenarios/task4/FL-4.2d.yaml")))
                .anySatisfy(l -> assertThat(l).matches("scenarios: \\d+ passed, [1-9]\\d* failed"));
        assertThat(ModelCompiler.compilations()).as("compiled again for a parameter").isEqualTo(compiled);

        // A message: the same findings, in the new words.
        replace(rules.resolve("messages_en.properties"), "FL-4.2d.remedy=", "FL-4.2d.remedy=Before the next election: ");
        assertThat(round(watcher)).contains("no finding changed");
        assertThat(ModelCompiler.compilations()).as("compiled again for a message").isEqualTo(compiled);

        // A rule typed wrong: told as lint tells it; the last result stands.
        Path task = rules.resolve("task4-grassroots-organizations.drl");
        replace(task, "Federation(level == Level.COMMUNITY", "Federation(levl == Level.COMMUNITY");
        assertThat(round(watcher)).contains("the rule set is not loaded (the last result stands):")
                .anySatisfy(l -> assertThat(l).startsWith("  " + task + ":").endsWith("`levl` is not a field of Federation;"
                        + " did you mean `level`?"));
        replace(task, "Federation(levl == Level.COMMUNITY", "Federation(level == Level.COMMUNITY");
        assertThat(round(watcher)).contains("no finding changed");

        // The command itself, once.
        CliRun once = CliRun.of("watch", rules.toString(), "--data", SAMPLE.toString(), "--lang", "en", "--rounds", "1");
        assertThat(once.exitCode()).as(once.err()).isEqualTo(Main.OK);
        assertThat(once.out()).containsPattern("\\d+ findings, \\d+ open violations");
    }
}
