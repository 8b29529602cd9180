package io.github.fulianrules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.explain.Explainer;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Level;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Explanations in words on the bundled rules: the rule and facts of a check, or the condition that found no fact. */
class ExplainerTest {
    private final Explainer explainer = new Explainer(Engines.bundled());

    private static DistrictData district(Federation... federations) {
        DistrictData.Builder b = DistrictData.builder(AssessmentPeriod.year(2025));
        for (Federation f : federations) {
            b.add(f);
        }
        return b.build();
    }

    @Test
    void aCheckIsExplainedByItsRuleAndTheFactsItMatched() {
        DistrictData district = district(new Federation("d", Level.DISTRICT, "区妇联", null, null));

        List<String> lines = explainer.explain(district, "FL-2.3a", "d");

        assertThat(lines.get(0)).startsWith("FL-2.3a on 区妇联 (d): not met. Measured 0, required 1; decided by rule \"FL-2.3a ")
                .contains("(task2-leadership-bodies.drl:");
        assertThat(lines.subList(1, lines.size())).startsWith("  The facts that decided:")
                .contains("    - 区妇联 (d) is a district federation; resident women: not recorded")
                .contains("    - activities of 区妇联 (d) in the period recorded as executive-member training class: 0")
                .noneMatch(line -> line.contains("Tally[") || line.contains("Federation["));
    }

    @Test
    void aSubjectLeftToADataFindingSaysWhichAndWhyAndThenWhichConditionFoundNoFact() {
        DistrictData district = district(new Federation("d", Level.DISTRICT, null, null, null),
                new Federation("s", Level.SUB_DISTRICT, null, "d", null));

        List<String> lines = explainer.explain(district, "FL-4.1e", "s");

        assertThat(lines.get(0)).isEqualTo("FL-4.1e on s was left to a data finding:");
        assertThat(lines.get(1)).startsWith("    - MISSING_POPULATION: ").contains("FL-4.1e");
        assertThat(lines.get(2)).isEqualTo("FL-4.1e was not checked on s: no rule of FL-4.1e concluded anything about it.");
        assertThat(lines.get(3)).startsWith("  Rule \"FL-4.1e ");
        assertThat(lines.get(4)).matches("    task4-grassroots-organizations\\.drl:\\d+:5 finds no fact for s: "
                + "Federation\\(level == Level\\.SUB_DISTRICT, .*residentWomen != null.*");
        assertThat(lines.subList(5, 7)).containsExactly("      Federation facts about s:",
                "        - s is a sub-district federation under d; resident women: not recorded");
    }

    @Test
    void aRequirementOutsideTheCatalogueIsSaidSo() {
        assertThat(explainer.explain(district(), "FL-9.9z", null)).containsExactly(
                "FL-9.9z is not a requirement of the catalogue of the rules bundled.");
    }
}
