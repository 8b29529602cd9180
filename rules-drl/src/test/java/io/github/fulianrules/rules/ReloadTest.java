package io.github.fulianrules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.ReloadableRules;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Level;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.github.fulianrules.RuleSession;
import io.github.fulianrules.report.Report;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reloading a rule-set directory: good edits are served, bad ones keep the last good rules. */
class ReloadTest {
    @TempDir
    Path dir;

    private final DistrictData district = DistrictData.builder(AssessmentPeriod.year(2025))
            .add(new Federation("d", Level.DISTRICT, "区妇联", null, null)).build();

    @Test
    void aGoodEditIsServedAndABrokenOneKeepsTheLastGoodRules() throws IOException {
        FulianRules.exportBundledRules(dir);
        ReloadableRules rules = ReloadableRules.from(dir);
        FulianRules before = rules.current();
        assertThat(before.evaluate(district).findingsOf("FL-2.4a")).singleElement()
                .satisfies(f -> assertThat(f.required()).isEqualTo("4"));

        Path params = dir.resolve("parameters.yaml");
        Files.writeString(params, Files.readString(params, StandardCharsets.UTF_8)
                .replace("- {from: 2018-01-01, value: 4}", "- {from: 2018-01-01, value: 5}"), StandardCharsets.UTF_8);
        assertThat(rules.reload().reloaded()).isTrue();
        assertThat(rules.current().evaluate(district).findingsOf("FL-2.4a")).singleElement()
                .satisfies(f -> assertThat(f.required()).isEqualTo("5"));

        Path task = dir.resolve("task5-service-innovation.drl");
        Files.writeString(task, Files.readString(task, StandardCharsets.UTF_8).replace("then", "then\n    System.exit(1);"),
                StandardCharsets.UTF_8);
        ReloadableRules.Outcome broken = rules.reload();

        assertThat(broken.reloaded()).isFalse();
        assertThat(broken.problems()).anyMatch(p -> p.contains("System"));
        assertThat(rules.current().evaluate(district).findingsOf("FL-2.4a")).singleElement()
                .satisfies(f -> assertThat(f.required()).isEqualTo("5"));
        // An engine taken before the reloads still evaluates on the rules it started with.
        assertThat(before.evaluate(district).findingsOf("FL-2.4a").get(0).required()).isEqualTo("4");
    }

    @Test
    void aSessionOpenedBeforeAReloadFinishesOnTheRulesItStartedWith() throws IOException {
        FulianRules.exportBundledRules(dir);
        ReloadableRules rules = ReloadableRules.from(dir);
        try (RuleSession inFlight = rules.current().openSession(district.period())) {
            inFlight.insertAll(district.facts().toList());
            setHomesFloor(5);
            assertThat(rules.reload().reloaded()).isTrue();

            assertThat(inFlight.findings()).filteredOn(f -> f.requirementId().equals("FL-2.4a")).singleElement()
                    .satisfies(f -> assertThat(f.required()).isEqualTo("4"));
        }
        assertThat(rules.evaluate(district).findingsOf("FL-2.4a")).singleElement()
                .satisfies(f -> assertThat(f.required()).isEqualTo("5"));
    }

    @Test
    void evaluationsRacingReloadsEachSeeOneWholeRuleSet() throws Exception {
        FulianRules.exportBundledRules(dir);
        ReloadableRules rules = ReloadableRules.from(dir);
        Report withFour = rules.evaluate(district);
        setHomesFloor(5);
        rules.reload();
        Report withFive = rules.evaluate(district);
        assertThat(withFive).isNotEqualTo(withFour);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            AtomicBoolean reloading = new AtomicBoolean(true);
            Future<Integer> reloads = pool.submit(() -> {
                try {
                    for (int n = 0; n < 4; n++) {
                        setHomesFloor(n % 2 == 0 ? 4 : 5);
                        assertThat(rules.reload().reloaded()).isTrue();
                    }
                    return 4;
                } finally {
                    reloading.set(false);
                }
            });
            Future<Map<String, Integer>> evaluations = pool.submit(() -> {
                Map<String, Integer> seen = new TreeMap<>();
                while (reloading.get()) {
                    Report r = rules.evaluate(district);
                    String which = r.equals(withFour) ? "4" : r.equals(withFive) ? "5" : "neither";
                    seen.merge(which, 1, Integer::sum);
                }
                return seen;
            });
            assertThat(reloads.get(10, TimeUnit.MINUTES)).isEqualTo(4);
            assertThat(evaluations.get(10, TimeUnit.MINUTES)).doesNotContainKey("neither").containsKeys("4", "5");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void watchingReloadsAfterAnEditAndKeepsTheLastGoodRulesAfterABrokenOne() throws Exception {
        FulianRules.exportBundledRules(dir);
        ReloadableRules rules = ReloadableRules.from(dir);
        BlockingQueue<ReloadableRules.Outcome> outcomes = new LinkedBlockingQueue<>();
        try (AutoCloseable watching = rules.watch(Duration.ofMillis(200), outcomes::add)) {
            setHomesFloor(5);
            ReloadableRules.Outcome edited = outcomes.poll(2, TimeUnit.MINUTES);
            assertThat(edited).isNotNull().extracting(ReloadableRules.Outcome::reloaded).isEqualTo(true);
            assertThat(rules.evaluate(district).findingsOf("FL-2.4a").get(0).required()).isEqualTo("5");

            Files.writeString(dir.resolve("broken.drl"), "package io.github.fulianrules.rules;\nrule \"x\" when then",
                    StandardCharsets.UTF_8);
            ReloadableRules.Outcome broken = outcomes.poll(2, TimeUnit.MINUTES);
            assertThat(broken).isNotNull();
            assertThat(broken.reloaded()).isFalse();
            assertThat(broken.problems()).isNotEmpty();
            assertThat(rules.evaluate(district).findingsOf("FL-2.4a").get(0).required()).isEqualTo("5");
        }
    }

    private void setHomesFloor(int value) throws IOException {
        Path params = dir.resolve("parameters.yaml");
        Files.writeString(params, Files.readString(params, StandardCharsets.UTF_8)
                .replaceFirst("- \\{from: 2018-01-01, value: [45]}", "- {from: 2018-01-01, value: " + value + "}"),
                StandardCharsets.UTF_8);
    }
}
