package io.github.fulianrules.explain;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.model.Activity;
import io.github.fulianrules.model.ActivityType;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.testing.TinyRuleSet;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Explanations of requirements no rule concluded about, on the tiny rule set with three more
 * requirements: FL-1.1b of two rules, one reading a derived key misspelt; FL-1.1c whose consequence
 * may conclude nothing; FL-1.1d of no rule; FL-1.1e whose consequence names its subject by no variable.
 */
class ExplainerConditionsTest {
    static final String CATALOGUE = TinyRuleSet.CATALOGUE + """
              - id: FL-1.1b
                clause: "二(一)1"
                strength: SHOULD
                subject: "district WF"
                sourceWords: "区妇联定期向区委汇报改革工作推进情况"
                check: "a reform report tallied"
              - id: FL-1.1c
                clause: "二(一)1"
                strength: SHOULD
                subject: "district WF"
                sourceWords: "区妇联定期向区委汇报改革工作推进情况"
                check: "a check its consequence may leave out"
              - id: FL-1.1d
                clause: "二(一)1"
                strength: SHOULD
                subject: "district WF"
                sourceWords: "区妇联定期向区委汇报改革工作推进情况"
                check: "a requirement no rule checks yet"
              - id: FL-1.1e
                clause: "二(一)1"
                strength: SHOULD
                subject: "district WF"
                sourceWords: "区妇联定期向区委汇报改革工作推进情况"
                check: "a check whose subject is no variable"
            """;

    static final String DERIVED = """
            package io.github.fulianrules.rules;

            import io.github.fulianrules.model.*;
            import io.github.fulianrules.rulesupport.*;

            rule "derived: district activities of each type"
            when
                Federation(level == Level.DISTRICT, $id : id)
                $type : ActivityType() from ActivityType.values()
            then
                insertLogical(new Tally($id, "activities." + $type.name(), 0));
            end
            """;

    static final String MORE = """
            package io.github.fulianrules.rules;

            import io.github.fulianrules.model.*;
            import io.github.fulianrules.rulesupport.*;

            rule "FL-1.1b The district federation's reform reports are tallied"
                @requirement("FL-1.1b") @clause("二(一)1") @strength("SHOULD")
            when
                Federation(level == Level.DISTRICT, $id : id)
                Tally(subjectId == $id, key == "activities.REFORM_REPOT", $n : value)
            then
                insertLogical(Assessment.atLeast("FL-1.1b", $id, SubjectType.DISTRICT_FEDERATION, $n, 1));
            end

            rule "FL-1.1b Where a sub-district federation reports"
                @requirement("FL-1.1b") @clause("二(一)1") @strength("SHOULD")
            when
                Federation(level == Level.SUB_DISTRICT, $id : id)
                exists Activity(subjectId == $id, type == ActivityType.REFORM_REPORT)
            then
                insertLogical(Assessment.atLeast("FL-1.1b", $id, SubjectType.SUB_DISTRICT_FEDERATION, 1, 1));
            end

            rule "FL-1.1c A check the consequence leaves out"
                @requirement("FL-1.1c") @clause("二(一)1") @strength("SHOULD")
            when
                Federation(level == Level.DISTRICT, $id : id)
            then
                if ($id.equals("never")) {
                    insertLogical(Assessment.atLeast("FL-1.1c", $id, SubjectType.DISTRICT_FEDERATION, 1, 1));
                }
            end

            rule "FL-1.1e A check on a subject named otherwise"
                @requirement("FL-1.1e") @clause("二(一)1") @strength("SHOULD")
            when
                Federation(level == Level.DISTRICT, $id : id)
            then
                if (String.join("", $id).equals("never")) {
                    insertLogical(Assessment.atLeast("FL-1.1e", "district " + $id, SubjectType.DISTRICT_FEDERATION, 1, 1));
                }
            end
            """;

    /** The rule set, compiled once for the class: these tests explain with it, they do not test its compiling. */
    @TempDir
    static Path rules;
    private static FulianRules engine;

    @BeforeAll
    static void compile() {
        Map<String, String> files = TinyRuleSet.files();
        files.put("catalogue.yaml", CATALOGUE);
        files.put("derived.drl", DERIVED);
        files.put("more.drl", MORE);
        // Lint refuses FL-1.1b's misspelt key and the missing messages: what is explained here is what a rule set means.
        engine = TinyRuleSet.engineLintRefuses(rules, files);
    }

    /** The bundle was compiled here from the very text it carries: its conditions may be probed. */
    private final Explainer explainer = new Explainer(engine, Locale.ENGLISH, true);

    private static DistrictData district() {
        return DistrictData.builder(AssessmentPeriod.year(2025)).add(new Federation("d", Level.DISTRICT, null, null, null))
                .add(new Federation("s", Level.SUB_DISTRICT, null, "d", null)).build();
    }

    private static final String TALLIED = "  Rule \"FL-1.1b The district federation's reform reports are tallied\" (more.drl:6)";
    private static final String SUB_DISTRICT = "  Rule \"FL-1.1b Where a sub-district federation reports\" (more.drl:15)";
    private static final String D = "        - d is a district federation; resident women: not recorded";
    private static final String S = "        - s is a sub-district federation under d; resident women: not recorded";
    /** The derived tallies of d, each with its key: the one nearest to the misspelt key first, then by nearness and name. */
    private static final String[] TALLIES = {
        "        - activities.REFORM_REPORT: activities of d in the period recorded as report on the reform to the district party committee: 0",
        "        - activities.CONGRESS: activities of d in the period recorded as women's congress: 0",
        "        - activities.ELECTION: activities of d in the period recorded as federation election: 0",
        "        - activities.FIELD_VISIT: activities of d in the period recorded as \"go to the grassroots, learn women's concerns,"
                + " do practical things\" work: 0",
        "        - activities.PUBLIC_SERVICE: activities of d in the period recorded as public service: 0",
        "        - activities.PUBLIC_WELFARE: activities of d in the period recorded as public-welfare activity: 0",
        "        - activities.DELEGATE_CONTACT: activities of d in the period recorded as delegate's contact with women: 0",
        "        - activities.STATIONED_WORK: activities of d in the period recorded as stationed work: 0",
        "      … (22 in all)"};
    private static final String MEANT = "      it reads Tally key \"activities.REFORM_REPOT\", which no rule produces"
            + " (did you mean \"activities.REFORM_REPORT\"?)";

    private static List<String> lines(Object... lines) {
        List<String> all = new ArrayList<>();
        for (Object line : lines) {
            if (line instanceof String[] several) {
                all.addAll(List.of(several));
            } else {
                all.add((String) line);
            }
        }
        return all;
    }

    @Test
    void aConditionThatReadsAKeyNoRuleDerivesShowsTheNearestFactsAndTheKeyMeant() {
        assertThat(explainer.explain(district(), "FL-1.1b", "d")).containsExactlyElementsOf(lines(
                "FL-1.1b was not checked on d: no rule of FL-1.1b concluded anything about it.",
                TALLIED,
                "    more.drl:9:5 holds for d: Federation(level == Level.DISTRICT, $id : id)",
                "    more.drl:10:5 finds no fact for d: Tally(subjectId == $id, key == \"activities.REFORM_REPOT\", $n : value)",
                "      Tally facts about d:", TALLIES,
                MEANT,
                SUB_DISTRICT,
                "    more.drl:18:5 finds no fact for d: Federation(level == Level.SUB_DISTRICT, $id : id)",
                "      Federation facts about d:", D, S));
    }

    @Test
    void aConditionThatIsNoPlainPatternFindsNoFactWithoutFactsOfAKind() {
        assertThat(explainer.explain(district(), "FL-1.1b", "s")).containsExactly(
                "FL-1.1b was not checked on s: no rule of FL-1.1b concluded anything about it.",
                TALLIED,
                "    more.drl:9:5 finds no fact for s: Federation(level == Level.DISTRICT, $id : id)",
                "      Federation facts about s:", S,
                SUB_DISTRICT,
                "    more.drl:18:5 holds for s: Federation(level == Level.SUB_DISTRICT, $id : id)",
                "    more.drl:19:5 finds no fact for s: exists Activity(subjectId == $id, type == ActivityType.REFORM_REPORT)");
    }

    @Test
    void withoutASubjectEachRuleIsProbedOnAllFacts() {
        assertThat(explainer.explain(district(), "FL-1.1b", null)).containsExactlyElementsOf(lines(
                "FL-1.1b was not checked on any subject: no rule of FL-1.1b concluded anything about one.",
                TALLIED,
                "    more.drl:9:5 holds: Federation(level == Level.DISTRICT, $id : id)",
                "    more.drl:10:5 finds no fact: Tally(subjectId == $id, key == \"activities.REFORM_REPOT\", $n : value)",
                "      Tally facts:", TALLIES,
                MEANT,
                SUB_DISTRICT,
                "    more.drl:18:5 holds: Federation(level == Level.SUB_DISTRICT, $id : id)",
                "    more.drl:19:5 finds no fact: exists Activity(subjectId == $id, type == ActivityType.REFORM_REPORT)"));
    }

    @Test
    void aRuleWhoseConditionsAllHoldYetConcludedNothingSaysSoAndAboutWhichVariable() {
        assertThat(explainer.explain(district(), "FL-1.1c", "d")).containsExactly(
                "FL-1.1c was not checked on d: no rule of FL-1.1c concluded anything about it.",
                "  Rule \"FL-1.1c A check the consequence leaves out\" (more.drl:24)",
                "    more.drl:27:5 holds for d: Federation(level == Level.DISTRICT, $id : id)",
                "    Every condition holds for d, yet its consequence concluded nothing about $id.");
        assertThat(explainer.explain(district(), "FL-1.1c", null)).last()
                .isEqualTo("    Every condition holds, yet its consequence concluded nothing about $id.");
    }

    @Test
    void aConsequenceThatNamesItsSubjectByNoVariableLeavesTheSubjectOutOfTheProbe() {
        assertThat(explainer.explain(district(), "FL-1.1e", "d")).containsExactly(
                "FL-1.1e was not checked on d: no rule of FL-1.1e concluded anything about it.",
                "  Rule \"FL-1.1e A check on a subject named otherwise\" (more.drl:34)",
                "    more.drl:37:5 holds: Federation(level == Level.DISTRICT, $id : id)",
                "    Every condition holds for d, yet its consequence concluded nothing.");
    }

    @Test
    void aCheckIsPlacedAtTheRuleOfItsRequirementThatMadeIt() {
        DistrictData reported = DistrictData.builder(AssessmentPeriod.year(2025)).addAll(district().facts().toList())
                .add(new Activity("a1", ActivityType.REFORM_REPORT, "s", LocalDate.of(2025, 3, 1), null)).build();

        assertThat(explainer.explain(reported, "FL-1.1b", "s")).containsExactly(
                "FL-1.1b on s: met. Measured 1, required 1; decided by rule \"FL-1.1b Where a sub-district federation reports\""
                        + " (more.drl:15).",
                "  The facts that decided:",
                "    - s is a sub-district federation under d; resident women: not recorded");
    }

    @Test
    void eachRuleIsProbedWithTheConditionsOfItsOwnFile() {
        assertThat(explainer.explain(district(), "FL-1.1a", "s")).containsExactly(
                "FL-1.1a was not checked on s: no rule of FL-1.1a concluded anything about it.",
                "  Rule \"FL-1.1a The district federation reports the reform's progress to the district party committee\""
                        + " (reports.drl:6)",
                "    reports.drl:9:5 holds: $p : AssessmentPeriod()",
                "    reports.drl:10:5 finds no fact for s: Federation(level == Level.DISTRICT, $id : id)",
                "      Federation facts about s:", S);
    }

    @Test
    void aRequirementOfTheCatalogueThatNoRuleChecksIsSaidSo() {
        assertThat(explainer.explain(district(), "FL-1.1d", "d"))
                .containsExactly("FL-1.1d is checked by no rule: none declares @requirement(\"FL-1.1d\").");
    }
}
