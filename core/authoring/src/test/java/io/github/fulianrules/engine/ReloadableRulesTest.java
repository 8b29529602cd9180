package io.github.fulianrules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.ReloadableRules;
import io.github.fulianrules.RuleLimitException;
import io.github.fulianrules.RuleSetException;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.testing.TinyRuleSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules reloaded from their directory: on demand and when a file changes, keeping the last good rules. */
class ReloadableRulesTest {
    private static void setRequired(Path dir, int value) throws IOException {
        Files.writeString(dir.resolve("parameters.yaml"), TinyRuleSet.PARAMETERS.replace("value: 2", "value: " + value),
                StandardCharsets.UTF_8);
    }

    @Test
    void aReloadServesTheNewRulesAndABrokenOneKeepsTheLastGood(@TempDir Path dir) throws IOException {
        ReloadableRules rules = ReloadableRules.from(TinyRuleSet.writeTo(dir));
        FulianRules first = rules.current();
        assertThat(rules.evaluate(TinyRuleSet.district(1)).findings()).extracting(Finding::required).containsExactly("2");

        setRequired(dir, 1);
        assertThat(rules.reload()).isEqualTo(new ReloadableRules.Outcome(true, java.util.List.of()));
        assertThat(rules.current()).isNotSameAs(first);
        assertThat(rules.evaluate(TinyRuleSet.district(1)).findings()).isEmpty();

        Files.writeString(dir.resolve("parameters.yaml"), "parameters: [", StandardCharsets.UTF_8);
        ReloadableRules.Outcome broken = rules.reload();
        assertThat(broken.reloaded()).isFalse();
        assertThat(broken.problems()).singleElement().satisfies(p -> assertThat(p).contains("parameters.yaml:1:").contains("not valid YAML"));
        assertThat(rules.evaluate(TinyRuleSet.district(1)).findings()).isEmpty();
    }

    @Test
    void aProblemWithoutDetailsIsReportedByItsMessage(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("tiny.jar");
        io.github.fulianrules.build.BundleBuilder.build(TinyRuleSet.writeTo(dir.resolve("rules")), jar);
        ReloadableRules rules = ReloadableRules.from(jar);

        Files.write(jar, new byte[] {'P', 'K'});
        ReloadableRules.Outcome outcome = rules.reload();

        assertThat(outcome.reloaded()).isFalse();
        assertThat(outcome.problems()).singleElement().satisfies(p -> assertThat(p).startsWith("the bundle " + jar));
        assertThat(rules.evaluate(TinyRuleSet.district(1)).findings()).hasSize(1);
    }

    @Test
    void aReloadKeepsTheLimitsAndOverridesOfItsBuilder(@TempDir Path dir) throws IOException {
        FulianRules.Builder builder = FulianRules.builder().rulesFrom(TinyRuleSet.writeTo(dir))
                .parameter("reformReportsPerYear", 1).maxFacts(5);
        ReloadableRules rules = builder.buildReloadable();
        builder.parameter("reformReportsPerYear", 9).maxFacts(1_000);   // later settings change nothing

        setRequired(dir, 5);
        assertThat(rules.reload().reloaded()).isTrue();

        assertThat(rules.evaluate(TinyRuleSet.district(1)).findings()).as("the override, not the file's 5").isEmpty();
        assertThatThrownBy(() -> rules.evaluate(TinyRuleSet.district(3)))
                .isInstanceOf(RuleLimitException.class).hasMessageStartingWith("the session holds more than 5 facts");
    }

    @Test
    void theBundledRulesCannotBeReloadable() {
        assertThatThrownBy(() -> FulianRules.builder().buildReloadable())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("rulesFrom(path)");
    }

    @Test
    void aPathWhereNothingIsIsNamedAsSuch(@TempDir Path dir) {
        Path missing = dir.resolve("my-rules");

        assertThatThrownBy(() -> ReloadableRules.from(missing)).isInstanceOf(RuleSetException.class)
                .hasMessage("no rule set at " + missing + ": neither a directory nor a bundle (.jar) is there");
    }

    @Test
    void theFirstLoadMustBeGood(@TempDir Path dir) throws IOException {
        TinyRuleSet.writeTo(dir);
        Files.writeString(dir.resolve("catalogue.yaml"), "requirements: [", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ReloadableRules.from(dir)).isInstanceOf(RuleSetException.class);
    }

    @Test
    void aChangedFileInTheDirectoryOrANewFolderReloadsOnceQuiet(@TempDir Path dir) throws Exception {
        ReloadableRules rules = ReloadableRules.from(TinyRuleSet.writeTo(dir));
        BlockingQueue<ReloadableRules.Outcome> outcomes = new LinkedBlockingQueue<>();
        try (AutoCloseable watching = rules.watch(Duration.ofMillis(200), outcome -> {
            outcomes.add(outcome);
            throw new IllegalStateException("a listener that fails does not stop the watching");
        })) {
            setRequired(dir, 1);
            assertThat(outcomes.poll(60, TimeUnit.SECONDS)).extracting(ReloadableRules.Outcome::reloaded).isEqualTo(true);
            assertThat(rules.evaluate(TinyRuleSet.district(1)).findings()).isEmpty();

            Path folder = Files.createDirectory(dir.resolve("more"));
            assertThat(outcomes.poll(60, TimeUnit.SECONDS)).isNotNull();
            Files.writeString(folder.resolve("notes.txt"), "x", StandardCharsets.UTF_8);
            assertThat(outcomes.poll(60, TimeUnit.SECONDS)).as("a file in the new folder").isNotNull();
        }
        setRequired(dir, 5);
        assertThat(outcomes.poll(1, TimeUnit.SECONDS)).as("no reload once closed").isNull();
    }

    @Test
    void aDirectoryThatCannotBeWatchedIsSaidSo(@TempDir Path dir) throws IOException {
        ReloadableRules rules = ReloadableRules.from(TinyRuleSet.writeTo(dir.resolve("rules")));
        try (var files = Files.walk(dir.resolve("rules"))) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }

        assertThatThrownBy(() -> rules.watch(Duration.ofMillis(100), o -> { }))
                .isInstanceOf(java.io.UncheckedIOException.class).hasMessageStartingWith("cannot watch " + dir.resolve("rules"));
    }
}
