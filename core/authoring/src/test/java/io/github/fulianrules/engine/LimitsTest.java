package io.github.fulianrules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.RuleFailureException;
import io.github.fulianrules.RuleLimitException;
import io.github.fulianrules.RuleSession;
import io.github.fulianrules.model.Activity;
import io.github.fulianrules.model.ActivityType;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.testing.LoopingRules;
import io.github.fulianrules.testing.TinyRuleSet;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What stops an evaluation, on small rule sets: rule code that throws (named, in one line), the
 * fact limit at its boundary and the timeout; after each the engine goes on. (The firing limit, at
 * least 100,000 firings, is RunawayRulesTest's in rules-drl: too slow to run for every mutant.)
 */
class LimitsTest {
    private static final String DIVIDES_BY_ZERO = """
            package io.github.fulianrules.rules;

            import io.github.fulianrules.model.*;
            import io.github.fulianrules.rulesupport.*;

            rule "DATA divides by zero in its consequence" @data("PROBE")
            when
                Federation(id == "zero", $id : id)
            then
                insertLogical(new Tally($id, "x", 1 / ($id.length() - $id.length())));
            end

            rule "DATA divides by zero in its constraint" @data("PROBE")
            when
                Federation(id == "lhs", 1 / (id.length() - id.length()) > 0)
            then
            end
            """;

    /**
     * Rule code that gives the rule-support types what they refuse: a null, a number beyond long, items too long (a
     * text of more than a million characters is stopped as it is made: BudgetTest).
     */
    private static final String GIVES_WHAT_IS_REFUSED = """
            package io.github.fulianrules.rules;

            import io.github.fulianrules.model.*;
            import io.github.fulianrules.rulesupport.*;

            rule "FL-1.1a gives an assessment no subject type" @requirement("FL-1.1a") @clause("二(一)1") @strength("SHOULD")
            when
                Federation(id == "null", $id : id)
            then
                insertLogical(new Assessment("FL-1.1a", $id, null, false, "1", "2", 1, null));
            end

            rule "FL-1.1a measures a share beyond long" @requirement("FL-1.1a") @clause("二(一)1") @strength("SHOULD")
            when
                Federation(id == "huge", $id : id)
            then
                insertLogical(new Assessment("FL-1.1a", $id, SubjectType.DISTRICT_FEDERATION, false,
                        "99999999999999999999/1", "50%", 1, null));
            end

            rule "DATA gives items of more than a million characters together" @data("PROBE")
            when
                Federation(id == "long", $id : id)
            then
                String s = $id;
                s = s + s;
                s = s + s;
                s = s + s;
                s = s + s;
                s = s + s;
                s = s + s;
                s = s + s;
                s = s + s;
                s = s + s;
                s = s + s;
                s = s + s;
                s = s + s;
                s = s + s;
                s = s + s;
                s = s + s;
                s = s + s;
                s = s + s;
                insertLogical(new DataIssue("PROBE", $id, SubjectType.DISTRICT_FEDERATION, null, "x", java.util.List.of(s, s)));
            end
            """;

    private static FulianRules.Builder rules(Path dir, String name, String drl) {
        Map<String, String> files = TinyRuleSet.files();
        files.put(name, drl);
        return FulianRules.builder().rulesFrom(TinyRuleSet.writeTo(dir, files));
    }

    private static DistrictData district(String id) {
        return DistrictData.builder(AssessmentPeriod.year(2025)).add(new Federation(id, Level.DISTRICT, "区妇联", null, null))
                .build();
    }

    @Test
    void ruleCodeThatThrowsFailsTheEvaluationNamingTheRuleAndTheEngineGoesOn(@TempDir Path dir) {
        FulianRules engine = rules(dir, "failing.drl", DIVIDES_BY_ZERO).build();

        assertThatThrownBy(() -> engine.evaluate(district("zero")))
                .isInstanceOfSatisfying(RuleFailureException.class, e -> {
                    assertThat(e.rule()).isEqualTo("DATA divides by zero in its consequence");
                    assertThat(e.getMessage()).isEqualTo("rule \"DATA divides by zero in its consequence\" of " + dir
                            + " failed: java.lang.ArithmeticException: / by zero; the evaluation is abandoned");
                });
        assertThatThrownBy(() -> engine.evaluate(district("lhs")))
                .isInstanceOfSatisfying(RuleFailureException.class, e -> {
                    assertThat(e.rule()).isEqualTo("DATA divides by zero in its constraint");
                    assertThat(e.getMessage()).doesNotContain("\n").contains("ArithmeticException");
                });
        assertThat(engine.evaluate(TinyRuleSet.district(2)).findings()).isEmpty();
        assertThat(engine.evaluate(TinyRuleSet.district(1)).findings()).extracting(Finding::measured).containsExactly("1");
        assertThat(engine.openSessions()).isZero();
    }

    @Test
    void whatRuleCodeGivesTheRuleSupportTypesIsCheckedAndAFailureNamesTheRule(@TempDir Path dir) {
        Map<String, String> files = TinyRuleSet.files();
        files.put("refused.drl", GIVES_WHAT_IS_REFUSED);
        files.merge("messages_en.properties", "DATA.PROBE.message=A probe of {subject}\nDATA.PROBE.remedy=None\n", String::concat);
        files.merge("messages_zh.properties", "DATA.PROBE.message=探测 {subject}\nDATA.PROBE.remedy=无\n", String::concat);
        FulianRules engine = FulianRules.builder().rulesFrom(TinyRuleSet.writeTo(dir, files)).build();

        assertThat(failure(engine, "null")).isEqualTo("rule \"FL-1.1a gives an assessment no subject type\" of " + dir
                + " failed: java.lang.IllegalArgumentException: an Assessment needs a subjectType, not null;"
                + " the evaluation is abandoned");
        assertThat(failure(engine, "huge")).contains("rule \"FL-1.1a measures a share beyond long\"")
                .contains("the measured qualifying count 99999999999999999999 is beyond 1000000000000");
        assertThat(failure(engine, "long")).contains("rule \"DATA gives items of more than a million characters together\"")
                .contains("a DataIssue: the items have 1048576 characters together, more than 1000000");
        assertThat(engine.evaluate(TinyRuleSet.district(2)).findings()).isEmpty();
        assertThat(engine.openSessions()).isZero();
    }

    /** The one-line message of the {@link RuleFailureException} that evaluating federation {@code id} ends with. */
    private static String failure(FulianRules engine, String id) {
        try {
            engine.evaluate(district(id));
        } catch (RuleFailureException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
            return e.getMessage();
        }
        throw new AssertionError("no failure for " + id);
    }

    @Test
    void theFactLimitHoldsTheDistrictsFactsAndTheDerivedOnesAtItsBoundary(@TempDir Path dir) {
        FulianRules.Builder builder = rules(dir, "extra.drl", "package io.github.fulianrules.rules;\n");
        // the period, the parameter, the federation and one report; the assessment derived from them: 5 facts
        FulianRules five = builder.maxFacts(5).build();
        assertThat(five.evaluate(TinyRuleSet.district(1)).findings()).hasSize(1);

        FulianRules four = builder.maxFacts(4).build();
        assertThatThrownBy(() -> four.evaluate(TinyRuleSet.district(1)))
                .isInstanceOf(RuleLimitException.class)
                .hasMessage("the session holds more than 4 facts, the limit for one evaluation: a rule of " + dir
                        + " derives too many, or the district is too large");
        assertThat(four.evaluate(TinyRuleSet.district(0)).findings()).extracting(Finding::measured).containsExactly("0");
        assertThat(four.openSessions()).isZero();

        try (RuleSession session = four.openSession(AssessmentPeriod.year(2025))) {
            session.insert(new Federation("d", Level.DISTRICT, "区妇联", null, null))
                    .insert(new Activity("a", ActivityType.REFORM_REPORT, "d", LocalDate.of(2025, 3, 1), null));
            assertThat(session.factCount()).isEqualTo(4);
            assertThatThrownBy(() -> session.insert(new Activity("b", ActivityType.REFORM_REPORT, "d", LocalDate.of(2025, 4, 1), null)))
                    .isInstanceOf(RuleLimitException.class).hasMessageStartingWith("the session holds more than 4 facts");
        }
    }

    @Test
    void rulesStillFiringAfterTheTimeoutAreStopped(@TempDir Path dir) {
        FulianRules engine = rules(dir, LoopingRules.FILE, LoopingRules.atTheFederationCalledLoop())
                .firingsPerFact(1_000_000).timeout(Duration.ofMillis(300)).build();

        assertThatThrownBy(() -> engine.evaluate(district("loop")))
                .isInstanceOf(RuleLimitException.class)
                .hasMessageStartingWith("rules still firing after 300 ms (")
                .hasMessageEndingWith(" firings), the time limit for this session: a rule of " + dir + " is too slow or loops")
                .satisfies(e -> assertThat(Long.parseLong(e.getMessage().replaceAll(".*\\((\\d+) firings\\).*", "$1")))
                        .as("the firings counted before the halt").isPositive());
        assertThat(engine.evaluate(TinyRuleSet.district(1)).findings()).extracting(Finding::measured).containsExactly("1");
        assertThat(engine.openSessions()).isZero();
    }
}
