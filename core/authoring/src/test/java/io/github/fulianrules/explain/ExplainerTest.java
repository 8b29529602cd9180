package io.github.fulianrules.explain;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.testing.TinyRuleSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The explanation of FL-1.1a (reform reports ≥ 2 a year) on the tiny rule set: the rule and the facts
 * of a check, met or not, or the condition that found no fact about a subject no rule concluded about.
 */
class ExplainerTest {
    private static final String RULE = "rule \"FL-1.1a The district federation reports the reform's progress to the"
            + " district party committee\" (reports.drl:6)";
    private static final String RULE_HEAD = "  Rule \"FL-1.1a The district federation reports the reform's progress to the"
            + " district party committee\" (reports.drl:6)";
    private static final String PERIOD = "    - the assessment period runs from 2025-01-01 to 2025-12-31";
    private static final String DISTRICT = "Federation(level == Level.DISTRICT, $id : id)";

    /** The tiny rule set, compiled once for the class: these tests explain its findings, they do not test its compiling. */
    @TempDir
    static Path rules;
    private static FulianRules engine;

    @BeforeAll
    static void compile() {
        engine = TinyRuleSet.engine(rules);
    }

    private final Explainer explainer = new Explainer(engine);

    private static DistrictData district(Federation... federations) {
        DistrictData.Builder b = DistrictData.builder(AssessmentPeriod.year(2025));
        for (Federation f : federations) {
            b.add(f);
        }
        return b.build();
    }

    private static Federation federation(String id, Level level, String parentId) {
        return new Federation(id, level, null, parentId, null);
    }

    @Test
    void aCheckMetIsExplainedByItsRuleAndTheFactsItMatchedEachInASentence() {
        assertThat(explainer.explain(TinyRuleSet.district(2), "FL-1.1a", "d")).containsExactly(
                "FL-1.1a on 区妇联 (d): met. Measured 2, required 2; decided by " + RULE + ".",
                "  The facts that decided:",
                PERIOD,
                "    - 区妇联 (d) is a district federation; resident women: 100000 people",
                "    - the parameter reformReportsPerYear is 2 reports (clause 二(一)1)",
                "    - the rule counted 2");
    }

    @Test
    void inChineseTheSameCheckIsSaidInChineseSentences() {
        assertThat(new Explainer(engine, Locale.CHINESE).explain(TinyRuleSet.district(1), "FL-1.1a", "d")).containsExactly(
                "FL-1.1a：区妇联（d）未达标。实测 1，要求 2；由规则“FL-1.1a The district federation reports the reform's progress"
                        + " to the district party committee”（reports.drl:6）判定。",
                "  判定所依据的事实：",
                "    - 考核期为 2025-01-01 至 2025-12-31",
                "    - 区妇联（d）是区妇联，辖区常住妇女 100000 人",
                "    - 参数 reformReportsPerYear 为 2 次（条款 二(一)1）",
                "    - 规则统计得 1");
    }

    @Test
    void aCheckNotMetIsExplainedWithTheParametersGiven() {
        assertThat(explainer.explain(TinyRuleSet.district(1), "FL-1.1a", "d")).first()
                .isEqualTo("FL-1.1a on 区妇联 (d): not met. Measured 1, required 2; decided by " + RULE + ".");
        assertThat(explainer.explain(TinyRuleSet.district(1), Map.of("reformReportsPerYear", 1L), "FL-1.1a", "d"))
                .startsWith("FL-1.1a on 区妇联 (d): met. Measured 1, required 1; decided by " + RULE + ".")
                .contains("    - the parameter reformReportsPerYear is 1 report (clause 二(一)1)");
    }

    @Test
    void withoutASubjectEverySubjectCheckedIsExplainedInOrderAndWithOneOnlyThatOne() {
        DistrictData two = district(federation("e", Level.DISTRICT, null), federation("d", Level.DISTRICT, null));

        assertThat(explainer.explain(two, "FL-1.1a", null)).filteredOn(line -> !line.startsWith("  "))
                .containsExactly("FL-1.1a on d: not met. Measured 0, required 2; decided by " + RULE + ".",
                        "FL-1.1a on e: not met. Measured 0, required 2; decided by " + RULE + ".");
        assertThat(explainer.explain(two, "FL-1.1a", "e")).hasSize(6).first()
                .isEqualTo("FL-1.1a on e: not met. Measured 0, required 2; decided by " + RULE + ".");
    }

    @Test
    void aSubjectNoRuleConcludedAboutIsExplainedByTheFirstConditionThatFindsNoFactForIt() {
        DistrictData district = district(federation("d", Level.DISTRICT, null), federation("s", Level.SUB_DISTRICT, "d"));

        assertThat(explainer.explain(district, "FL-1.1a", "s")).containsExactly(
                "FL-1.1a was not checked on s: no rule of FL-1.1a concluded anything about it.",
                RULE_HEAD,
                "    reports.drl:9:5 holds: $p : AssessmentPeriod()",
                "    reports.drl:10:5 finds no fact for s: " + DISTRICT,
                "      Federation facts about s:",
                "        - s is a sub-district federation under d; resident women: not recorded");
        assertThat(explainer.explain(district, "FL-1.1a", "nobody")).last()
                .isEqualTo("      There is no Federation fact about nobody (2 about other subjects).");
    }

    @Test
    void theFactsOfTheKindAboutTheSubjectAreShownEightAtMost() {
        DistrictData.Builder b = DistrictData.builder(AssessmentPeriod.year(2025))
                .add(federation("d", Level.DISTRICT, null)).add(federation("s", Level.SUB_DISTRICT, "d"));
        for (int i = 1; i <= 9; i++) {
            b.add(federation("c" + i, Level.COMMUNITY, "s"));
        }

        List<String> lines = explainer.explain(b.build(), "FL-1.1a", "s");

        assertThat(lines.subList(lines.indexOf("      Federation facts about s:") + 1, lines.size())).hasSize(9)
                .startsWith("        - c1 is a community federation under s; resident women: not recorded")
                .contains("        - c8 is a community federation under s; resident women: not recorded")
                .endsWith("      … (10 in all)")
                .noneMatch(line -> line.contains("c9 "));
        // eight are all shown
        DistrictData.Builder eight = DistrictData.builder(AssessmentPeriod.year(2025))
                .add(federation("d", Level.DISTRICT, null)).add(federation("s", Level.SUB_DISTRICT, "d"));
        for (int i = 1; i <= 7; i++) {
            eight.add(federation("c" + i, Level.COMMUNITY, "s"));
        }
        assertThat(explainer.explain(eight.build(), "FL-1.1a", "s")).last()
                .isEqualTo("        - s is a sub-district federation under d; resident women: not recorded");
    }

    @Test
    void whenNoSubjectWasCheckedTheConditionThatFindsNoFactIsNamed() {
        assertThat(explainer.explain(district(), "FL-1.1a", null)).containsExactly(
                "FL-1.1a was not checked on any subject: no rule of FL-1.1a concluded anything about one.",
                RULE_HEAD,
                "    reports.drl:9:5 holds: $p : AssessmentPeriod()",
                "    reports.drl:10:5 finds no fact: " + DISTRICT,
                "      There is no Federation fact, nor any other.");
    }

    @Test
    void aRequirementOutsideTheCatalogueIsSaidSo() {
        assertThat(explainer.explain(TinyRuleSet.district(1), "FL-9.9z", "d"))
                .containsExactly("FL-9.9z is not a requirement of the catalogue of the rules " + engine.ruleSetName() + ".");
    }
}
