package io.github.fulianrules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.model.Waiver;
import io.github.fulianrules.testing.TinyRuleSet;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario run on the tiny rule set (FL-1.1a: reform reports ≥ 2 a year) passes, or fails with each
 * difference in a sentence and, under it, the explanation of the requirement on the subject.
 */
class ScenarioRunnerTest {
    /** The tiny rule set, compiled once for the class: these tests run it, they do not test its compiling. */
    @TempDir
    static Path rules;
    private static FulianRules engine;

    @BeforeAll
    static void compile() {
        engine = TinyRuleSet.engine(rules);
    }

    private static final String RULE = "rule \"FL-1.1a The district federation reports the reform's progress to the"
            + " district party committee\" (reports.drl:6)";

    private final ScenarioRunner runner = new ScenarioRunner(engine);

    private static Expectation e(String... keysAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new Expectation(fields);
    }

    /** A scenario builder of the tests: the facts, then what is expected. */
    private static final class Case {
        private final DistrictData given;
        private Map<String, Long> parameters = Map.of();
        private final List<Expectation> expect = new ArrayList<>();
        private final List<Expectation> absent = new ArrayList<>();
        private final List<Expectation> met = new ArrayList<>();
        private final List<Expectation> notJudged = new ArrayList<>();

        Case(DistrictData given) {
            this.given = given;
        }

        Scenario scenario() {
            return new Scenario("a case", "FL-1.1a.yaml", parameters, given, expect, absent, met, notJudged);
        }
    }

    /** A district of 2025 whose federations {@code d} and {@code e} made no reform report. */
    private static DistrictData twoDistricts() {
        return DistrictData.builder(AssessmentPeriod.year(2025)).add(new Federation("d", Level.DISTRICT, null, null, null))
                .add(new Federation("e", Level.DISTRICT, null, null, null)).build();
    }

    private List<String> differences(Case c) {
        ScenarioResult result = runner.run(c.scenario());
        assertThat(result.scenario()).isEqualTo(c.scenario());
        assertThat(result.passed()).isEqualTo(result.differences().isEmpty());
        return result.differences();
    }

    /** The first line of each difference: the sentence. */
    private List<String> sentences(Case c) {
        return differences(c).stream().map(d -> d.lines().findFirst().orElseThrow()).toList();
    }

    @Test
    void aScenarioWhoseFindingsChecksAndAbsencesAreThereAsExpectedPasses() {
        Case one = new Case(TinyRuleSet.district(1));
        one.expect.add(e("requirementId", "FL-1.1a", "subjectId", "d", "kind", "WARNING", "measured", "1", "required", "2",
                "gap", "1", "waived", "false"));
        one.absent.add(e("requirementId", "FL-1.1a", "subjectId", "e"));
        one.notJudged.add(e("requirementId", "FL-1.1a", "subjectId", "e"));
        Case two = new Case(TinyRuleSet.district(2));
        two.met.add(e("requirementId", "FL-1.1a", "subjectId", "d", "measured", "2", "required", "2"));
        two.absent.add(e("requirementId", "FL-1.1a"));

        List<ScenarioResult> results = runner.run(List.of(one.scenario(), two.scenario()));

        assertThat(results).extracting(ScenarioResult::differences).containsExactly(List.of(), List.of());
        assertThat(results).allMatch(ScenarioResult::passed);
    }

    @Test
    void aFindingExpectedAndNotReportedSaysWhatWasFoundAndHowTheRuleDecided() {
        Case c = new Case(TinyRuleSet.district(2));
        c.expect.add(e("requirementId", "FL-1.1a", "subjectId", "d"));

        List<String> diff = differences(c);

        assertThat(diff).singleElement().asString().startsWith("Expected a finding of FL-1.1a on d, but FL-1.1a found"
                + " nothing.\n  FL-1.1a on 区妇联 (d): met. Measured 2, required 2; decided by " + RULE + ".\n    The facts that decided:\n"
                + "      - the assessment period runs from 2025-01-01 to 2025-12-31");
    }

    @Test
    void aFindingWithOtherValuesIsMissingAsExpectedAndUnexpectedAsFound() {
        Case c = new Case(twoDistricts());
        c.expect.add(e("requirementId", "FL-1.1a", "subjectId", "d", "gap", "1"));

        List<String> diff = differences(c);

        assertThat(diff.stream().map(d -> d.lines().findFirst().orElseThrow())).containsExactly(
                "Expected a finding of FL-1.1a on d with gap 1, but the findings of FL-1.1a were: a WARNING of FL-1.1a on d:"
                        + " measured 0, required 2, gap 2; a WARNING of FL-1.1a on e: measured 0, required 2, gap 2.",
                "Did not expect a WARNING of FL-1.1a on d: measured 0, required 2, gap 2.",
                "Did not expect a WARNING of FL-1.1a on e: measured 0, required 2, gap 2.");
        // each explained on its own subject
        assertThat(diff.get(0).lines().skip(1).findFirst()).hasValue("  FL-1.1a on d: not met. Measured 0, required 2; decided by "
                + RULE + ".");
        assertThat(diff.get(2).lines().skip(1).findFirst()).hasValue("  FL-1.1a on e: not met. Measured 0, required 2; decided by "
                + RULE + ".");
    }

    @Test
    void findingsOfRequirementsNoEntryExpectsAreNeitherListedNorUnexpectedAndDataFindingsAreNotExplained() {
        DistrictData withWaiver = DistrictData.builder(AssessmentPeriod.year(2025))
                .addAll(TinyRuleSet.district(2).facts().toList())
                .add(new Waiver("w1", "FL-9.9z", "d", "机构改革过渡期", "区委组织部", LocalDate.of(2025, 1, 1),
                        LocalDate.of(2099, 12, 31))).build();
        Case fine = new Case(withWaiver);
        fine.absent.add(e("requirementId", "FL-1.1a"));
        Case wrong = new Case(DistrictData.builder(AssessmentPeriod.year(2025)).addAll(TinyRuleSet.district(1).facts().toList())
                .addAll(withWaiver.waivers()).build());
        wrong.expect.add(e("requirementId", "DATA", "code", "UNKNOWN_REFERENCE"));

        assertThat(differences(fine)).isEmpty();
        assertThat(differences(wrong)).containsExactly(
                "Expected a finding of DATA with code UNKNOWN_REFERENCE, but the findings of DATA were: a DATA finding"
                        + " UNKNOWN_REQUIREMENT on w1: measured FL-9.9z, details requirementId.",
                "Did not expect a DATA finding UNKNOWN_REQUIREMENT on w1: measured FL-9.9z, details requirementId.");
    }

    @Test
    void aFindingExpectedAbsentThatIsThereIsNamed() {
        Case c = new Case(TinyRuleSet.district(1));
        c.absent.add(e("requirementId", "FL-1.1a", "kind", "WARNING"));
        c.absent.add(e("requirementId", "FL-1.1a", "subjectId", "e"));

        assertThat(differences(c)).containsExactly("Expected no finding of FL-1.1a with kind WARNING, but found a WARNING"
                + " of FL-1.1a on d: measured 1, required 2, gap 1.");
    }

    @Test
    void aCheckExpectedMetThatIsNotSaysHowEachSubjectWasChecked() {
        Case c = new Case(twoDistricts());
        c.met.add(e("requirementId", "FL-1.1a", "subjectId", "d"));

        List<String> diff = differences(c);

        assertThat(diff).singleElement().asString().startsWith("Expected FL-1.1a to be met on d, but its checks were:"
                + " d not met (measured 0, required 2); e not met (measured 0, required 2).\n"
                + "  FL-1.1a on d: not met. Measured 0, required 2; decided by " + RULE + ".\n    The facts that decided:\n");
    }

    @Test
    void aCheckExpectedMetOfARequirementNotCheckedSaysSoAndThatItIsNoRequirement() {
        Case c = new Case(TinyRuleSet.district(2));
        c.met.add(e("requirementId", "FL-9.9z"));

        assertThat(differences(c)).containsExactly("Expected FL-9.9z to be met, but FL-9.9z was checked on no subject.\n"
                + "  FL-9.9z is not a requirement of the catalogue of the rules " + engine.ruleSetName() + ".");
    }

    @Test
    void aRequirementExpectedNotJudgedThatWasSaysHowItWasJudged() {
        Case c = new Case(TinyRuleSet.district(1));
        c.notJudged.add(e("requirementId", "FL-1.1a", "subjectId", "d"));
        c.notJudged.add(e("requirementId", "FL-1.1a"));
        c.notJudged.add(e("requirementId", "FL-1.1a", "subjectId", "e"));

        assertThat(differences(c)).containsExactly(
                "Expected FL-1.1a not to be judged on d, but it was judged: d not met (measured 1, required 2).",
                "Expected FL-1.1a not to be judged, but it was judged: d not met (measured 1, required 2).");
    }

    @Test
    void theParametersOfAScenarioAreThoseOfItsRunAndOfItsExplanations() {
        Case c = new Case(TinyRuleSet.district(1));
        c.parameters = Map.of("reformReportsPerYear", 1L);
        c.met.add(e("requirementId", "FL-1.1a", "subjectId", "d", "measured", "1", "required", "1"));
        c.expect.add(e("requirementId", "FL-1.1a"));

        assertThat(differences(c)).singleElement().asString().startsWith("Expected a finding of FL-1.1a, but FL-1.1a found"
                + " nothing.\n  FL-1.1a on 区妇联 (d): met. Measured 1, required 1; decided by " + RULE + ".");
    }

    @Test
    void aScenarioThatCannotRunFailsWithTheReason() {
        Case c = new Case(TinyRuleSet.district(1));
        c.parameters = Map.of("reformReportsPerDay", 1L);

        assertThat(sentences(c)).singleElement().asString().startsWith("cannot run: unknown parameter reformReportsPerDay");
    }
}
