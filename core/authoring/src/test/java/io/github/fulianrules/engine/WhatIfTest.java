package io.github.fulianrules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.FulianRulesException;
import io.github.fulianrules.compare.AreaImpact;
import io.github.fulianrules.compare.DistrictImpact;
import io.github.fulianrules.compare.Impact;
import io.github.fulianrules.compare.ParameterChange;
import io.github.fulianrules.compare.RequirementImpact;
import io.github.fulianrules.compare.SubjectChange;
import io.github.fulianrules.compare.WhatIf;
import io.github.fulianrules.model.Activity;
import io.github.fulianrules.model.ActivityType;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.testing.TinyRuleSet;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What-ifs on a variant of the tiny rule set whose FL-1.1a judges every federation (reports ≥
 * reformReportsPerYear, 2), with a percentage and a per-mille parameter beside it.
 */
class WhatIfTest {
    @TempDir
    static Path dir;
    static FulianRules engine;

    @BeforeAll
    static void compile() {
        Map<String, String> files = TinyRuleSet.files();
        files.put(TinyRuleSet.DRL, TinyRuleSet.RULE.replace("Federation(level == Level.DISTRICT, $id : id)", "Federation($id : id)"));
        files.put("parameters.yaml", TinyRuleSet.PARAMETERS + """
                  - name: sharePercent
                    unit: "%"
                    clause: "二(一)1"
                    description: "a share"
                    values:
                      - {from: 2018-01-01, value: 50}
                  - name: perMille
                    unit: "‰"
                    clause: "二(一)1"
                    description: "a per-mille"
                    values:
                      - {from: 2018-01-01, value: 1}
                """);
        files.put("shares.drl", """
                package io.github.fulianrules.rules;

                import io.github.fulianrules.model.*;
                import io.github.fulianrules.rulesupport.*;

                rule "derived: the two shares, read so that the parameters are in use"
                when
                    Federation($id : id)
                    Param(name == "sharePercent", $s : value)
                    Param(name == "perMille", $m : value)
                then
                    insertLogical(new Tally($id, "shares", $s + $m));
                end
                """);
        engine = TinyRuleSet.engine(dir, files);
    }

    /** District d (reports: d), with sub-districts s1 and s2 (reports: s1, s2), each under d. */
    private static DistrictData district(String id, int d, int s1, int s2) {
        DistrictData.Builder b = DistrictData.builder(AssessmentPeriod.year(2025))
                .add(new Federation(id, Level.DISTRICT, id + "区妇联", null, null))
                .add(new Federation(id + "-s1", Level.SUB_DISTRICT, "一街道妇联", id, null))
                .add(new Federation(id + "-s2", Level.SUB_DISTRICT, "二街道妇联", id, null));
        int n = 0;
        for (Map.Entry<String, Integer> e : Map.of(id, d, id + "-s1", s1, id + "-s2", s2).entrySet()) {
            for (int i = 0; i < e.getValue(); i++) {
                b.add(new Activity(id + "-a" + n++, ActivityType.REFORM_REPORT, e.getKey(), LocalDate.of(2025, 3, 1 + i), null));
            }
        }
        return b.build();
    }

    @Test
    void aHigherThresholdNamesTheSubjectsThatWouldFailAndTheirSubDistricts() {
        WhatIf whatIf = WhatIf.of(engine, Map.of("reformReportsPerYear", 3L));

        DistrictImpact impact = whatIf.assess(district("d", 2, 2, 3));

        assertThat(whatIf.values()).containsExactly(Map.entry("reformReportsPerYear", 3L));
        assertThat(impact.districtId()).isEqualTo("d");
        assertThat(impact.name()).isEqualTo("d区妇联");
        assertThat(impact.period()).isEqualTo(AssessmentPeriod.year(2025));
        assertThat(impact.parameters()).containsExactly(new ParameterChange("reformReportsPerYear", 2, 3));
        assertThat(impact.requirements()).containsExactly(new RequirementImpact("FL-1.1a", 3, 3, 0, 2, 2, 0));
        assertThat(impact.subjects()).extracting(SubjectChange::requirementId, SubjectChange::subjectId, SubjectChange::name,
                        SubjectChange::newlyFailing)
                .containsExactly(tuple("FL-1.1a", "d", "d区妇联", true), tuple("FL-1.1a", "d-s1", "一街道妇联", true));
        assertThat(impact.subjects()).extracting(s -> s.finding().measured()).containsExactly("2", "2");
        assertThat(impact.changes()).isEqualTo(2);
        assertThat(impact.newlyFailing()).isEqualTo(2);
        assertThat(impact.newlyPassing()).isZero();
        assertThat(impact.subDistricts()).containsExactly(new AreaImpact("d-s1", "一街道妇联", "FL-1.1a", 0, 1),
                new AreaImpact("d-s2", "二街道妇联", "FL-1.1a", 0, 0));
    }

    @Test
    void aLowerThresholdNamesTheSubjectsThatWouldPass() {
        WhatIf whatIf = WhatIf.of(engine, Map.of("reformReportsPerYear", 1L));
        DistrictData district = district("d", 0, 1, 3);

        DistrictImpact impact = whatIf.assess(district, engine.evaluate(district));

        assertThat(impact.requirements()).containsExactly(new RequirementImpact("FL-1.1a", 3, 3, 2, 1, 0, 1));
        assertThat(impact.subjects()).extracting(SubjectChange::subjectId, SubjectChange::newlyFailing)
                .containsExactly(tuple("d-s1", false));
        assertThat(impact.newlyPassing()).isEqualTo(1);
        assertThat(impact.subDistricts()).contains(new AreaImpact("d-s1", "一街道妇联", "FL-1.1a", 1, 0));
    }

    @Test
    void nothingChangedIsNoImpact() {
        DistrictImpact impact = WhatIf.of(engine, Map.of("reformReportsPerYear", 2L)).assess(district("d", 0, 2, 2));

        assertThat(impact.requirements()).singleElement().satisfies(r -> {
            assertThat(r.changed()).isFalse();
            assertThat(r.failingBefore()).isEqualTo(1);
        });
        assertThat(impact.subjects()).isEmpty();
        assertThat(impact.subDistricts()).isEmpty();
    }

    @Test
    void manyDistrictsAddUpMostChangedFirst() {
        WhatIf whatIf = WhatIf.of(engine, Map.of("reformReportsPerYear", 3L));
        DistrictImpact one = whatIf.assess(district("b", 3, 3, 2));
        DistrictImpact three = whatIf.assess(district("a", 2, 2, 2));
        DistrictImpact none = whatIf.assess(district("c", 3, 3, 3));

        Impact impact = Impact.of(List.of(none, one, three));

        assertThat(impact.districts()).extracting(DistrictImpact::districtId).containsExactly("a", "b", "c");
        assertThat(impact.parameters()).containsExactly(new ParameterChange("reformReportsPerYear", 2, 3));
        assertThat(impact.requirements()).containsExactly(new RequirementImpact("FL-1.1a", 9, 9, 0, 4, 4, 0));
        assertThat(impact.byRequirement()).containsOnlyKeys("FL-1.1a");
        assertThat(impact.changedRequirements()).hasSize(1);
        assertThat(impact.changes()).isEqualTo(4);
        assertThat(Impact.of(List.of(none)).changedRequirements()).isEmpty();
    }

    @Test
    void aValueThatDoesNotFitItsUnitOrAnUnknownParameterIsRefusedInOneLine() {
        assertThatThrownBy(() -> WhatIf.of(engine, Map.of())).isInstanceOf(FulianRulesException.class)
                .hasMessage("no parameter to change: name at least one, e.g. communityExecutiveFloor=17");
        assertThatThrownBy(() -> WhatIf.of(engine, Map.of("nope", 1L))).isInstanceOf(FulianRulesException.class)
                .hasMessage("unknown parameter nope (known: reformReportsPerYear, sharePercent, perMille)");
        assertThatThrownBy(() -> WhatIf.of(engine, Map.of("sharePercent", 101L))).isInstanceOf(FulianRulesException.class)
                .hasMessage("parameter sharePercent (%, clause 二(一)1): 101 does not fit; expected a whole number from 0 to 100");
        assertThatThrownBy(() -> WhatIf.of(engine, Map.of("perMille", 1001L))).isInstanceOf(FulianRulesException.class)
                .hasMessageEndingWith("1001 does not fit; expected a whole number from 0 to 1000");
        assertThatThrownBy(() -> WhatIf.of(engine, Map.of("reformReportsPerYear", -1L))).isInstanceOf(FulianRulesException.class)
                .hasMessageEndingWith("-1 does not fit; expected a whole number from 0");
        assertThat(WhatIf.of(engine, Map.of("sharePercent", 100L, "perMille", 1000L, "reformReportsPerYear", 0L)).values())
                .hasSize(3);
        assertThat(WhatIf.of(engine, Map.of("sharePercent", 0L)).values()).containsEntry("sharePercent", 0L);
    }
}
