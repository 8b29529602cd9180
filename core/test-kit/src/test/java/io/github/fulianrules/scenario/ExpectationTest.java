package io.github.fulianrules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fulianrules.report.Finding;
import io.github.fulianrules.report.Kind;
import io.github.fulianrules.report.Strength;
import io.github.fulianrules.rulesupport.Assessment;
import io.github.fulianrules.rulesupport.SubjectType;
import io.github.fulianrules.testkit.Phrases;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An expectation compares the fields it gives, as text, and says itself in the words of a difference. */
class ExpectationTest {
    private static Finding finding(Kind kind, String code, boolean waived, String measured, String required, long gap,
                                   List<String> details) {
        return new Finding(code == null ? "FL-1.1a" : "DATA", code, "二(一)1", Strength.SHOULD, kind, "d",
                "DISTRICT_FEDERATION", waived, waived ? "机构改革过渡期" : null, measured, required, gap, details, null, null,
                null);
    }

    private static final Finding WARNING = finding(Kind.WARNING, null, false, "1", "2", 1, List.of());

    private static Expectation expect(String... keysAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new Expectation(fields);
    }

    private static Assessment assessment(boolean met) {
        return new Assessment("FL-1.1a", "d", SubjectType.DISTRICT_FEDERATION, met, "2", "2", 0, List.of());
    }

    @Test
    void anExpectationWithoutARequirementIdIsRefused() {
        assertThatThrownBy(() -> expect("subjectId", "d")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an expectation needs a requirementId: {subjectId=d}");
    }

    @Test
    void anExpectationWithAFieldOfNoFindingIsRefused() {
        assertThatThrownBy(() -> expect("requirementId", "FL-1.1a", "colour", "red"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown field 'colour' (known: [requirementId, subjectId, kind, code, measured, required, gap,"
                        + " waived, details])");
    }

    @Test
    void aFindingMatchesWhenEveryFieldGivenIsTheSameText() {
        Finding data = finding(Kind.DATA, "DUPLICATE_ID", true, "b1", "", 3, List.of("id", "name"));
        Expectation all = expect("requirementId", "DATA", "subjectId", "d", "kind", "DATA", "code", "DUPLICATE_ID",
                "measured", "b1", "required", "", "gap", "3", "waived", "true", "details", "id,name");

        assertThat(all.matches(data)).isTrue();
        assertThat(all.requirementId()).isEqualTo("DATA");
        Map<String, String> different = Map.of("requirementId", "FL-1.1a", "subjectId", "e", "kind", "WARNING",
                "code", "DUPLICATE_POSITION", "measured", "b2", "required", "1", "gap", "2", "waived", "false",
                "details", "id");
        different.forEach((field, value) -> {
            Map<String, String> fields = new LinkedHashMap<>(all.fields());
            fields.put(field, value);
            assertThat(new Expectation(fields).matches(data)).as(field + " " + value).isFalse();
        });
    }

    @Test
    void onlyTheFieldsGivenAreCompared() {
        assertThat(expect("requirementId", "FL-1.1a").matches(WARNING)).isTrue();
        assertThat(expect("requirementId", "FL-1.1a", "gap", "1", "measured", "1").matches(WARNING)).isTrue();
        assertThat(expect("requirementId", "FL-1.1b").matches(WARNING)).isFalse();
    }

    @Test
    void aCheckMatchesAsMetOnlyWhenItIsMetWithTheValuesGiven() {
        Expectation met = expect("requirementId", "FL-1.1a", "subjectId", "d", "measured", "2", "required", "2");

        assertThat(met.matchesMet(assessment(true))).isTrue();
        assertThat(met.matchesMet(assessment(false))).isFalse();
        assertThat(expect("requirementId", "FL-1.1b").matchesMet(assessment(true))).isFalse();
        assertThat(expect("requirementId", "FL-1.1a", "subjectId", "e").matchesMet(assessment(true))).isFalse();
        assertThat(expect("requirementId", "FL-1.1a", "measured", "3").matchesMet(assessment(true))).isFalse();
        assertThat(expect("requirementId", "FL-1.1a", "required", "3").matchesMet(assessment(true))).isFalse();
        // a check has no kind, code, gap or waiver of its own to compare
        assertThat(expect("requirementId", "FL-1.1a", "kind", "WARNING").matchesMet(assessment(true))).isFalse();
    }

    @Test
    void aCheckIsJudgedWhetherMetOrNotOnTheSubjectGivenOrOnAny() {
        assertThat(expect("requirementId", "FL-1.1a").matchesJudged(assessment(false))).isTrue();
        assertThat(expect("requirementId", "FL-1.1a", "subjectId", "d").matchesJudged(assessment(true))).isTrue();
        assertThat(expect("requirementId", "FL-1.1a", "subjectId", "e").matchesJudged(assessment(true))).isFalse();
        assertThat(expect("requirementId", "FL-1.1b", "subjectId", "d").matchesJudged(assessment(true))).isFalse();
    }

    @Test
    void aFindingIsDescribedByItsKindRequirementSubjectAndValues() {
        assertThat(Phrases.finding(WARNING)).isEqualTo("a WARNING of FL-1.1a on d: measured 1, required 2, gap 1");
        assertThat(Phrases.finding(finding(Kind.VIOLATION, null, true, "1", "2", 1, List.of("p1", "p2"))))
                .isEqualTo("a VIOLATION of FL-1.1a on d: measured 1, required 2, gap 1, details p1,p2, waived");
        assertThat(Phrases.finding(finding(Kind.DATA, "UNKNOWN_REFERENCE", false, "x", null, 0, List.of("parentId"))))
                .isEqualTo("a DATA finding UNKNOWN_REFERENCE on d: measured x, details parentId");
    }

    @Test
    void aFindingWithoutValuesIsDescribedWithoutAColonAndAGapOfZeroIsLeftOut() {
        assertThat(Phrases.finding(finding(Kind.RECOMMENDATION, null, false, "", null, 0, List.of())))
                .isEqualTo("a RECOMMENDATION of FL-1.1a on d");
        assertThat(Phrases.finding(finding(Kind.WARNING, null, false, "2", "2", 0, List.of())))
                .isEqualTo("a WARNING of FL-1.1a on d: measured 2, required 2");
    }

    @Test
    void anExpectationSaysItselfAsAFindingACheckMetOrARequirementNotJudged() {
        assertThat(expect("requirementId", "FL-1.1a").asFinding(Locale.ENGLISH)).isEqualTo("finding of FL-1.1a");
        assertThat(expect("requirementId", "FL-1.1a", "subjectId", "d", "kind", "WARNING").asFinding(Locale.ENGLISH))
                .isEqualTo("finding of FL-1.1a on d with kind WARNING");
        assertThat(expect("subjectId", "d", "requirementId", "FL-1.1a", "kind", "WARNING", "gap", "1", "measured", "")
                .asFinding(Locale.ENGLISH)).isEqualTo("finding of FL-1.1a on d with kind WARNING, gap 1 and measured (none)");
        assertThat(expect("requirementId", "FL-1.1a", "subjectId", "d", "measured", "2").asMet(Locale.ENGLISH))
                .isEqualTo("FL-1.1a to be met on d with measured 2");
        assertThat(expect("requirementId", "FL-1.1a").asMet(Locale.ENGLISH)).isEqualTo("FL-1.1a to be met");
        assertThat(expect("requirementId", "FL-1.1a", "subjectId", "d").asNotJudged(Locale.ENGLISH))
                .isEqualTo("FL-1.1a not to be judged on d");
        assertThat(expect("requirementId", "FL-1.1a").asNotJudged(Locale.ENGLISH)).isEqualTo("FL-1.1a not to be judged");
        assertThat(expect("requirementId", "FL-1.1a", "subjectId", "d", "kind", "WARNING", "gap", "1").asFinding(Locale.CHINESE))
                .isEqualTo("FL-1.1a 对 d 的发现（kind WARNING、gap 1）");
        assertThat(expect("requirementId", "FL-1.1a", "subjectId", "d").asNotJudged(Locale.CHINESE)).isEqualTo("FL-1.1a 对 d 不作判定");
    }

    @Test
    void anExpectationPrintsAsTheMapOfAScenarioFile() {
        assertThat(expect("requirementId", "FL-1.1a", "subjectId", "d"))
                .hasToString("{requirementId:FL-1.1a, subjectId:d}");
    }
}
