package io.github.fulianrules.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.RuleSetException;
import io.github.fulianrules.lint.Linter;
import io.github.fulianrules.lint.Problem;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.report.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An analyst's copy of the rules: exported, linted, changed, loaded. */
class ExternalRuleSetTest {
    @TempDir
    Path dir;

    @Test
    void theExportedBundledRulesLintCleanAndGiveTheSameReport() throws IOException {
        FulianRules.exportBundledRules(dir);
        assertThat(Linter.lint(dir)).isEmpty();

        FulianRules external = FulianRules.builder().rulesFrom(dir).build();
        DistrictData district = DistrictData.builder(AssessmentPeriod.year(2025))
                .add(new Federation("d", Level.DISTRICT, "区妇联", null, null)).build();
        Report fromDir = external.evaluate(district);
        Report bundled = Engines.bundled().evaluate(district);
        assertThat(fromDir.findings()).isEqualTo(bundled.findings());
        assertThat(external.rules()).hasSameSizeAs(Engines.bundled().rules());
    }

    @Test
    void anUnknownFieldIsReportedOnItsLineThoughDroolsGivesNone() throws IOException {
        FulianRules.exportBundledRules(dir);
        Path task = dir.resolve("task4-grassroots-organizations.drl");
        List<String> lines = Files.readAllLines(task, StandardCharsets.UTF_8);
        int at = indexOf(lines, "Building(womensWorkStation != null, $id : id, $has : womensWorkStation)");
        lines.set(at, lines.get(at).replace("$has : womensWorkStation", "$has : womensWorkStaton"));
        Files.write(task, lines, StandardCharsets.UTF_8);

        List<Problem> problems = Linter.lint(dir);

        assertThat(problems).singleElement().hasToString("task4-grassroots-organizations.drl:" + (at + 1) + ":"
                + (lines.get(at).indexOf("womensWorkStaton") + 1) + " `womensWorkStaton` is not a field of Building;"
                + " did you mean `womensWorkStation`?");
        // Loading the rule set (check --rules) says the same, at the same place.
        assertThatThrownBy(() -> FulianRules.builder().rulesFrom(dir).build())
                .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems())
                        .containsExactly(problems.get(0).in(dir)));
    }

    @Test
    void aConsequenceThatCallsTheSystemIsRefusedByLintAndOnLoad() throws IOException {
        FulianRules.exportBundledRules(dir);
        Path task = dir.resolve("task5-service-innovation.drl");
        String text = Files.readString(task, StandardCharsets.UTF_8)
                .replace("then\n    insertLogical(Assessment.atLeast(\"FL-5.1a\"", "then\n    System.exit(3);\n    insertLogical(Assessment.atLeast(\"FL-5.1a\"");
        Files.writeString(task, text, StandardCharsets.UTF_8);
        int line = indexOf(Files.readAllLines(task), "System.exit(3);") + 1;

        assertThat(Linter.lint(dir)).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("FL-5.1a").contains("System");
        });
        assertThatThrownBy(() -> FulianRules.builder().rulesFrom(dir).build())
                .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems())
                        .isEqualTo(Linter.lint(dir).stream().map(p -> p.in(dir)).toList()));
    }

    @Test
    void aRuleThatDeclaresAnUnknownRequirementIsReported() throws IOException {
        FulianRules.exportBundledRules(dir);
        Path task = dir.resolve("task5-service-innovation.drl");
        Files.writeString(task, Files.readString(task).replace("@requirement(\"FL-5.1a\")", "@requirement(\"FL-5.9z\")"));

        assertThat(Linter.lint(dir)).anySatisfy(p -> assertThat(p.message())
                .contains("declares @requirement(\"FL-5.9z\"), which is not in catalogue.yaml"));
        // Loading it names the same rule at its place.
        assertThatThrownBy(() -> FulianRules.builder().rulesFrom(dir).build())
                .isInstanceOfSatisfying(RuleSetException.class, e -> assertThat(e.problems())
                        .isEqualTo(Linter.lint(dir).stream().map(p -> p.in(dir)).toList()));
    }

    private static int indexOf(List<String> lines, String needle) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i;
            }
        }
        throw new AssertionError("not found: " + needle);
    }
}
