package io.github.fulianrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fulianrules.authoring.ModelCompiler;
import io.github.fulianrules.internal.DrlSource;
import io.github.fulianrules.internal.RuleSet;
import io.github.fulianrules.internal.RuleSetLoader;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.rulesupport.Tally;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What rule code throws never escapes as a crash: the evaluation fails with a
 * {@link RuleFailureException} naming the rule, in one line, and the engine goes on serving. Here,
 * from rules loaded without the verifier, the errors it makes unlikely: a {@link StackOverflowError}
 * and an {@link OutOfMemoryError}; an exception within the allow-list (a division by zero, in a
 * consequence and in a constraint) is core/authoring's {@code engine.LimitsTest}.
 */
class RuleFailureTest {
    private static final String HEADER = """
            package io.github.fulianrules.rules;

            import io.github.fulianrules.model.*;
            import io.github.fulianrules.rulesupport.*;

            """;

    /** Refused by the verifier (recursion, an array sized at run time); loaded here without it. */
    private static final String UNVERIFIED = HEADER + """
            function int deeper(int n) { return deeper(n + 1) + 1; }

            rule "DATA overflows the stack" @data("PROBE")
            when
                Federation(id == "deep", $id : id)
            then
                insertLogical(new Tally($id, "x", deeper(0)));
            end

            rule "DATA runs out of memory" @data("PROBE")
            when
                Federation(id == "big", $id : id)
            then
                long[] big = new long[Integer.MAX_VALUE - 8];
                insertLogical(new Tally($id, "x", big.length));
            end

            rule "DATA counts the district" @data("PROBE")
            when
                Federation(level == Level.DISTRICT, $id : id)
            then
                insertLogical(new Tally($id, "seen", 1));
            end
            """;

    @TempDir
    static Path exported;

    @BeforeAll
    static void exportTheCatalogue() throws IOException {
        FulianRules.exportBundledRules(exported);
    }

    private static Path ruleSet(Path dir, String drl) throws IOException {
        for (String name : List.of("catalogue.yaml", "parameters.yaml", "messages_zh.properties", "messages_en.properties")) {
            Files.copy(exported.resolve(name), dir.resolve(name));
        }
        Files.writeString(dir.resolve("failing.drl"), drl, StandardCharsets.UTF_8);
        return dir;
    }

    private static DistrictData district(String id) {
        return DistrictData.builder(AssessmentPeriod.year(2025)).add(new Federation(id, Level.DISTRICT, "区妇联", null, null))
                .build();
    }

    @Test
    void aStackOverflowOrAnOutOfMemoryErrorFailsTheSessionNotTheEngine(@TempDir Path dir) throws IOException {
        ruleSet(dir, UNVERIFIED);
        List<DrlSource> sources = List.of(new DrlSource("failing.drl", UNVERIFIED));
        RuleSet bundled = RuleSetLoader.bundled();
        RuleSet unverified = new RuleSet("unverified", ModelCompiler.compile(dir, sources).kieBase("unverified"), bundled.catalogue(),
                bundled.messages(), List.of(), sources, RuleSet.digestOf(List.of(), sources));
        AtomicInteger open = new AtomicInteger();

        for (String id : List.of("deep", "big")) {
            try (RuleSession session = new RuleSession(unverified, unverified.kieBase().newKieSession(), AssessmentPeriod.year(2025), List.of(), List.of(),
                    10_000, null, 10_000, open, 0, false)) {
                session.insertAll(district(id).facts().toList());
                assertThatThrownBy(session::findings)
                        .isInstanceOfSatisfying(RuleFailureException.class, e -> {
                            assertThat(e.rule()).isEqualTo(id.equals("deep") ? "DATA overflows the stack" : "DATA runs out of memory");
                            assertThat(e.getMessage()).doesNotContain("\n")
                                    .contains(id.equals("deep") ? "StackOverflowError" : "OutOfMemoryError");
                        });
            }
        }
        try (RuleSession session = new RuleSession(unverified, unverified.kieBase().newKieSession(), AssessmentPeriod.year(2025), List.of(), List.of(),
                10_000, null, 10_000, open, 0, false)) {
            session.insertAll(district("d").facts().toList());
            session.findings();
            assertThat(session.objects(Tally.class)).extracting(Tally::subjectId).containsExactly("d");
        }
        assertThat(open).hasValue(0);
    }
}
