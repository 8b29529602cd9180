package io.github.fulianrules.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fulianrules.FulianRulesException;
import io.github.fulianrules.compare.DistrictImpact;
import io.github.fulianrules.compare.Impact;
import io.github.fulianrules.compare.ParameterChange;
import io.github.fulianrules.compare.RequirementImpact;
import io.github.fulianrules.compare.SubjectChange;
import io.github.fulianrules.compare.WhatIf;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.model.Role;
import io.github.fulianrules.model.Unit;
import io.github.fulianrules.model.UnitType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What-ifs whose effect is known by construction: exactly these subjects cross the changed threshold. */
class WhatIfTest {
    /**
     * District {@code id} with one sub-district and communities whose executive committees have
     * the given sizes; community {@code i} is {@code id-c<size>}.
     */
    private static DistrictData communitiesWithExecutives(String id, int... sizes) {
        DistrictData.Builder b = DistrictData.builder(AssessmentPeriod.year(2025))
                .add(Federation.of(id, Level.DISTRICT, null))
                .add(Federation.of(id + "-sd", Level.SUB_DISTRICT, id));
        int person = 0;
        for (int size : sizes) {
            String community = id + "-c" + size;
            b.add(Federation.of(community, Level.COMMUNITY, id + "-sd"));
            for (int i = 0; i < size; i++) {
                String p = id + "-p" + ++person;
                b.add(Person.woman(p)).add(new Position(p, community, Role.EXECUTIVE_MEMBER));
            }
        }
        return b.build();
    }

    private static RequirementImpact requirement(DistrictImpact impact, String id) {
        return impact.requirements().stream().filter(r -> r.requirementId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void raisingTheCommunityFloorFrom15To17FailsExactlyTheCommunitiesOf15And16() {
        WhatIf whatIf = WhatIf.of(Engines.bundled(), Map.of("communityExecutiveFloor", 17L));

        DistrictImpact impact = whatIf.assess(communitiesWithExecutives("d", 14, 15, 16, 17, 18));

        assertThat(impact.parameters()).containsExactly(new ParameterChange("communityExecutiveFloor", 15, 17));
        assertThat(requirement(impact, "FL-4.2d")).isEqualTo(new RequirementImpact("FL-4.2d", 5, 5, 1, 3, 2, 0));
        assertThat(impact.subjects()).extracting(SubjectChange::subjectId, SubjectChange::newlyFailing, SubjectChange::federationId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("d-c15", true, "d-c15"),
                        org.assertj.core.groups.Tuple.tuple("d-c16", true, "d-c16"));
        assertThat(impact.requirements()).filteredOn(RequirementImpact::changed).extracting(RequirementImpact::requirementId)
                .containsExactly("FL-4.2d");
        assertThat(impact.subDistricts()).extracting(a -> a.areaId() + " " + a.failingBefore() + "→" + a.failingAfter())
                .containsExactly("d-sd 1→3");
    }

    @Test
    void loweringItPassesTheCommunitiesInBetweenAndTheDistrictsAddUp() {
        WhatIf whatIf = WhatIf.of(Engines.bundled(), Map.of("communityExecutiveFloor", 12L));

        Impact impact = Impact.of(List.of(whatIf.assess(communitiesWithExecutives("d1", 11, 12, 14, 15)),
                whatIf.assess(communitiesWithExecutives("d2", 13, 20)),
                whatIf.assess(communitiesWithExecutives("d3", 16))));

        assertThat(impact.byRequirement().get("FL-4.2d")).isEqualTo(new RequirementImpact("FL-4.2d", 7, 7, 4, 1, 0, 3));
        assertThat(impact.districts()).extracting(d -> d.districtId() + " " + d.newlyPassing())
                .containsExactly("d1 2", "d2 1", "d3 0");
        assertThat(impact.changedRequirements()).extracting(RequirementImpact::requirementId).containsExactly("FL-4.2d");
    }

    @Test
    void aParameterThatDecidesWhatIsCheckedChangesTheSubjectsChecked() {
        DistrictData units = DistrictData.builder(AssessmentPeriod.year(2025))
                .add(Federation.of("d", Level.DISTRICT, null))
                .add(new Unit("u8", "八人公司", UnitType.NON_PUBLIC_ENTERPRISE, "d", 8, false, false, false))
                .add(new Unit("u10", "十人公司", UnitType.NON_PUBLIC_ENTERPRISE, "d", 10, false, false, false))
                .add(new Unit("u30", "三十人公司", UnitType.NON_PUBLIC_ENTERPRISE, "d", 30, false, false, false))
                .build();

        DistrictImpact impact = WhatIf.of(Engines.bundled(), Map.of("womenForOrganizationMin", 20L)).assess(units);

        assertThat(requirement(impact, "FL-4.3b")).isEqualTo(new RequirementImpact("FL-4.3b", 2, 1, 2, 1, 0, 1));
        assertThat(impact.subjects()).extracting(SubjectChange::subjectId).containsExactly("u10");
    }

    @Test
    void anUnknownParameterOrAValueThatDoesNotFitIsOneLine() {
        assertThatThrownBy(() -> WhatIf.of(Engines.bundled(), Map.of("communityExecutiveFlor", 17L)))
                .isInstanceOf(FulianRulesException.class)
                .hasMessageStartingWith("unknown parameter communityExecutiveFlor (known: ")
                .hasMessageContaining("communityExecutiveFloor").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> WhatIf.of(Engines.bundled(), Map.of("congressShareMin", 120L)))
                .hasMessage("parameter congressShareMin (%, clause 二(二)1): 120 does not fit; expected a whole number from 0 to 100");
        assertThatThrownBy(() -> WhatIf.of(Engines.bundled(), Map.of("communityExecutiveFloor", -1L)))
                .hasMessageEndingWith("-1 does not fit; expected a whole number from 0");
    }
}
