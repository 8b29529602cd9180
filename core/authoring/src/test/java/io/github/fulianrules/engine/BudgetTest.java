package io.github.fulianrules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.RuleLimitException;
import io.github.fulianrules.RuleSetException;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.testing.TinyRuleSet;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Work bounded inside one firing and inside the network (issue 26, items 4 and 5), through the API:
 * what an analyst's rule set makes costs in proportion to the rule's text, or is stopped as it is
 * made, or at the timeout by the budget put into its classes, with a {@link RuleLimitException}
 * naming the rule; what cannot be bounded is refused at load. The engine goes on after each.
 */
class BudgetTest {
    private static final String HEADER = """
            package io.github.fulianrules.rules;

            import io.github.fulianrules.model.*;
            import io.github.fulianrules.rulesupport.*;

            """;

    /** Each attack starts at a federation of its own id: one rule set for them all. */
    private static final String ATTACKS = HEADER + """
            rule "derived: hashes nested lists of shared parts"
            when
                Federation(id == "hash", $id : id)
            then
                Object a = java.util.List.of($id, $id);
                Object b = java.util.List.of(a, a);
                Object c = java.util.List.of(b, b);
                insertLogical(new Tally($id, "hash", c.hashCode()));
            end

            rule "derived: doubles a text past a million characters"
            when
                Federation(id == "text", $id : id)
            then
                String s = "0123456789abcdef";
                s = s.concat(s); s = s.concat(s); s = s.concat(s); s = s.concat(s); s = s.concat(s);
                s = s.concat(s); s = s.concat(s); s = s.concat(s); s = s.concat(s); s = s.concat(s);
                s = s.concat(s); s = s.concat(s); s = s.concat(s); s = s.concat(s); s = s.concat(s);
                s = s.concat(s); s = s.concat(s); s = s.concat(s); s = s.concat(s); s = s.concat(s);
                insertLogical(new Tally($id, s, 1));
            end

            rule "derived: joins every three federations"
            when
                Federation(id == "join")
                Federation($a : id)
                Federation($b : id, id != $a)
                Federation(name.length() < $a.length() - 100, $c : id)
            then
                insertLogical(new Tally($c, "join", 1));
            end
            """;

    private static FulianRules engine(Path dir, String file, String drl, Duration timeout) {
        Map<String, String> files = TinyRuleSet.files();
        files.put(file, drl);
        return FulianRules.builder().rulesFrom(TinyRuleSet.writeTo(dir, files)).timeout(timeout).build();
    }

    /** A district of {@code id} and {@code others} more federations. */
    private static DistrictData district(String id, int others) {
        DistrictData.Builder b = DistrictData.builder(AssessmentPeriod.year(2025)).add(new Federation(id, Level.DISTRICT, "区妇联", null, null));
        for (int i = 0; i < others; i++) {
            b.add(new Federation("s" + i, Level.SUB_DISTRICT, "街道妇联 " + i, id, null));
        }
        return b.build();
    }

    /** Evaluates {@code district}: the {@link RuleLimitException} it ends with, in one line, within {@code within}. */
    private static String limit(FulianRules engine, DistrictData district, Duration within) {
        long start = System.nanoTime();
        try {
            engine.evaluate(district);
        } catch (RuleLimitException e) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("stopped within").isLessThan(within);
            assertThat(e.getMessage()).doesNotContain("\n");
            return e.getMessage();
        }
        throw new AssertionError("no limit reached");
    }

    @Test
    void whatRuleCodeMakesIsBoundedAsItIsMadeAndAJoinStopsAtTheTimeoutInsideTheNetwork(@TempDir Path dir) {
        FulianRules engine = engine(dir, "attacks.drl", ATTACKS, Duration.ofSeconds(1));

        assertThat(limit(engine, district("hash", 0), Duration.ofSeconds(5)))
                .isEqualTo("rule \"derived: hashes nested lists of shared parts\" of " + dir + " made a collection that holds"
                        + " a collection (hashing or comparing nested collections takes time exponential in their depth),"
                        + " the limit for this session: the evaluation is abandoned");
        assertThat(limit(engine, district("text", 0), Duration.ofSeconds(5)))
                .isEqualTo("rule \"derived: doubles a text past a million characters\" of " + dir + " made a text of 1048576"
                        + " characters, more than 1000000, the limit for this session: the evaluation is abandoned");
        // 700 federations: 343 million triples, each a constraint of rule code, none met; stopped inside the
        // network (where halt() cannot) at the timeout and as long again.
        assertThat(limit(engine, district("join", 700), Duration.ofSeconds(7)))
                .isEqualTo("rule \"derived: joins every three federations\" of " + dir + " still running after 2000 ms, the limit for this session: the evaluation is abandoned");

        assertThat(engine.evaluate(TinyRuleSet.district(1)).findings()).extracting(Finding::measured).containsExactly("1");
        assertThat(engine.openSessions()).isZero();
    }

    @Test
    void bigDecimalWhoseScaleHasNoBoundIsRefusedAtLoad(@TempDir Path dir) {
        String drl = HEADER + """
                rule "derived: scales a number by a hundred million digits"
                when
                    Federation(id == "scale", $id : id, new java.math.BigDecimal("1e-100000000").signum() > 0)
                then
                end
                """;
        assertThatThrownBy(() -> engine(dir, "scale.drl", drl, Duration.ofSeconds(1)))
                .isInstanceOf(RuleSetException.class)
                .satisfies(e -> assertThat(((RuleSetException) e).problems())
                        .anySatisfy(p -> assertThat(p).contains("scale.drl:").contains("java.math.BigDecimal")));
    }
}
