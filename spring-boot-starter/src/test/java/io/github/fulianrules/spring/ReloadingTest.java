package io.github.fulianrules.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.ReloadableRules;
import io.github.fulianrules.input.DistrictReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A rule-set directory at {@code fulian.rules.location}, watched: a bad edit degrades, a good one heals. */
class ReloadingTest {
    @TempDir
    Path dir;

    @Test
    void aFailedReloadKeepsTheLastGoodRulesAndIsDegradedUntilAGoodOne() throws Exception {
        List<Path> files = FulianRules.exportBundledRules(dir);
        Path drl = files.stream().filter(f -> f.toString().endsWith(".drl")).findFirst().orElseThrow();
        String good = Files.readString(drl);
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(FulianRulesAutoConfiguration.class,
                        BootThreeHealthConfiguration.class, FulianRulesActuatorConfiguration.class))
                .withPropertyValues("fulian.rules.location=" + dir, "fulian.rules.watch=true",
                        "fulian.rules.watch-quiet-period=200ms", "fulian.rules.timeout=10s")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(ReloadableRules.class).doesNotHaveBean(FulianRules.class);
                    FulianRulesService service = context.getBean(FulianRulesService.class);
                    HealthIndicator health = context.getBean("fulianRulesHealthIndicator", HealthIndicator.class);
                    String digest = service.engine().rulesDigest();
                    assertThat(health.health().getStatus()).isEqualTo(Status.UP);
                    assertThat(watchingThreads()).isOne();

                    Files.writeString(drl, good + "\nrule \"broken\" when then this is not DRL end\n", StandardCharsets.UTF_8);
                    long deadline = System.currentTimeMillis() + 120_000;
                    while (service.lastReload().isEmpty() && System.currentTimeMillis() < deadline) {
                        Thread.sleep(100);
                    }
                    assertThat(service.lastReload()).hasValueSatisfying(last -> {
                        assertThat(last.reloaded()).isFalse();
                        assertThat(last.problems()).isNotEmpty();
                    });
                    var degraded = health.health();
                    assertThat(degraded.getStatus().getCode()).isEqualTo(FulianRulesService.DEGRADED);
                    assertThat(degraded.getDetails().get("lastReload")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                            .containsEntry("reloaded", false);
                    assertThat(service.engine().rulesDigest()).as("the last good rules").isEqualTo(digest);
                    assertThat(service.evaluate(DistrictReader.read(FulianRulesAutoConfigurationTest.SAMPLE)).findings())
                            .isNotEmpty();

                    Files.writeString(drl, good, StandardCharsets.UTF_8);
                    Map<String, Object> reload = context.getBean(FulianRulesEndpoint.class).reload();
                    assertThat(reload).containsEntry("reloaded", true).containsEntry("rulesDigest", digest);
                    assertThat(health.health().getStatus()).isEqualTo(Status.UP);
                });
        assertThat(watchingThreads()).as("the watch closes with the context").isZero();
    }

    private long watchingThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().equals("fulian-rules-watch " + dir)).count();
    }
}
