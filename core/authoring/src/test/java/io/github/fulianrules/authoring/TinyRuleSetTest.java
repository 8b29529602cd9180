package io.github.fulianrules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.lint.Linter;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.testing.TinyRuleSet;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TinyRuleSetTest {
    @TempDir
    Path dir;

    @Test
    void theTinyRuleSetLintsCleanAndJudgesItsRequirement() {
        TinyRuleSet.writeTo(dir);
        assertThat(Linter.lint(dir)).isEmpty();
        FulianRules rules = FulianRules.builder().rulesFrom(dir).build();
        Report one = rules.evaluate(TinyRuleSet.district(1));
        assertThat(one.findings()).singleElement().satisfies(f -> {
            assertThat(f.requirementId()).isEqualTo("FL-1.1a");
            assertThat(f.measured()).isEqualTo("1");
            assertThat(f.required()).isEqualTo("2");
        });
        assertThat(rules.evaluate(TinyRuleSet.district(2)).findings()).isEmpty();
    }
}
