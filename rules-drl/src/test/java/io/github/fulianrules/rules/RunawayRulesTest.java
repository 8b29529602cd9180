package io.github.fulianrules.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.RuleLimitException;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.testing.LoopingRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule set that never stops, within the safety policy: a rule that answers each tally of a
 * federation called {@code loop} with a new, higher one. The engine stops it with a clear error
 * and keeps serving other districts.
 */
class RunawayRulesTest {
    @TempDir
    static Path rules;

    private static FulianRules engineWithALoop;

    @BeforeAll
    static void loadRulesWithALoop() throws IOException {
        FulianRules.exportBundledRules(rules);
        Files.writeString(rules.resolve(LoopingRules.FILE), LoopingRules.atTheFederationCalledLoop(), StandardCharsets.UTF_8);
        engineWithALoop = FulianRules.builder().rulesFrom(rules).firingsPerFact(5).build();
    }

    private static DistrictData district(String id) {
        return DistrictData.builder(AssessmentPeriod.year(2025)).add(new Federation(id, Level.DISTRICT, "区妇联", null, null))
                .build();
    }

    @Test
    void aLoopingRuleIsStoppedByTheFiringLimitAndTheEngineStaysUsable() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            assertThatThrownBy(() -> engineWithALoop.evaluate(district("loop")))
                    .isInstanceOf(RuleLimitException.class)
                    .hasMessageContaining("the limit for this session")
                    .hasMessageContaining("probably loops")
                    .hasMessageContaining(rules.toString());

            Report afterwards = engineWithALoop.evaluate(district("d"));
            assertThat(afterwards.findings()).isEqualTo(Engines.bundled().evaluate(district("d")).findings());
            assertThat(engineWithALoop.openSessions()).isZero();
        });
    }

    @Test
    void aLoopThatTheFiringLimitWouldStopTooLateIsStoppedByTheTimeout(@TempDir Path onlyTheLoop) throws IOException {
        // The loop alone: quicker to compile than the whole rule set.
        LoopingRules.ruleSetOf(onlyTheLoop, Files.readString(rules.resolve(LoopingRules.FILE)));
        FulianRules patient = FulianRules.builder().rulesFrom(onlyTheLoop).firingsPerFact(1_000_000_000L)
                .timeout(Duration.ofMillis(300)).build();

        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            assertThatThrownBy(() -> patient.evaluate(district("loop")))
                    .isInstanceOf(RuleLimitException.class)
                    .hasMessageContaining("still firing after 300 ms")
                    .hasMessageContaining(onlyTheLoop.toString());

            Report afterwards = patient.evaluate(district("d"));
            assertThat(afterwards.districtId()).isEqualTo("d");
            assertThat(afterwards.findings()).isEmpty();
            assertThat(patient.openSessions()).isZero();
        });
    }

    @Test
    void aTimeoutThatIsNotReachedChangesNothing() {
        FulianRules bounded = FulianRules.builder().timeout(Duration.ofSeconds(30)).build();

        assertThat(bounded.evaluate(district("d")).findings()).isEqualTo(Engines.bundled().evaluate(district("d")).findings());
    }

    @Test
    void aTimeoutMustBePositive() {
        assertThatThrownBy(() -> FulianRules.builder().timeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    }
}
