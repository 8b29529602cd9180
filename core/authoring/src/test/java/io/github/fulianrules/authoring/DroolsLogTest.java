package io.github.fulianrules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.RuleSetException;
import io.github.fulianrules.lint.Linter;
import io.github.fulianrules.testing.TinyRuleSet;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * An analyst's mistake is not the host's error: a host loading DRL that Drools refuses gets every
 * problem in the exception, at its place, and nothing of Drools' own at ERROR in its log (this
 * module's test provider, slf4j-simple, writes the log to standard error).
 */
class DroolsLogTest {
    @TempDir
    Path dir;

    /** A method the fact type lacks: past lint's own checks, refused by Drools' model builder, which logs it. */
    private static final String UNKNOWN_METHOD = TinyRuleSet.RULE.replace("$p.contains(date)", "$p.containz(date)");

    private static String standardErrorOf(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aHostLoadingDrlThatDroolsRefusesGetsTheProblemsAndNoDroolsErrorInItsLog() {
        assertThat(LoggerFactory.getLogger("org.drools.compiler.kie.builder.impl.KieProject").isErrorEnabled()).isTrue();
        Map<String, String> files = TinyRuleSet.files();
        files.put(TinyRuleSet.DRL, UNKNOWN_METHOD);
        Path rules = TinyRuleSet.writeTo(dir, files);

        String logged = standardErrorOf(() -> assertThatThrownBy(() -> FulianRules.builder().rulesFrom(rules).build())
                .isInstanceOf(RuleSetException.class)
                .satisfies(e -> assertThat(((RuleSetException) e).problems()).anySatisfy(p -> assertThat(p)
                        .startsWith(rules.resolve(TinyRuleSet.DRL) + ":12:").contains("containz"))));

        assertThat(logged).doesNotContain("Unable to build KieBaseModel").doesNotContain("ERROR");
    }

    @Test
    void theErrorsAreThoseDroolsGivesAsBeforeAtTheirPlaces() {
        Map<String, String> files = TinyRuleSet.files();
        files.put(TinyRuleSet.DRL, UNKNOWN_METHOD);

        assertThat(Linter.lint(TinyRuleSet.writeTo(dir, files))).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(TinyRuleSet.DRL);
            assertThat(p.line()).isEqualTo(12);
            assertThat(p.toString()).contains("Method containz on class io.github.fulianrules.model.AssessmentPeriod")
                    .contains("is missing");
        });
    }
}
