package io.github.fulianrules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.model.Role;
import io.github.fulianrules.report.Text;
import io.github.fulianrules.rulesupport.SubjectType;
import org.junit.jupiter.api.Test;

class SubjectNamesTest {
    private final SubjectNames names = SubjectNames.of(DistrictData.builder(AssessmentPeriod.year(2025))
            .add(new Federation("s1", Level.SUB_DISTRICT, "东湖街道妇联", "d", null))
            .add(Federation.of("s2", Level.SUB_DISTRICT, "d"))
            .add(Person.woman("p1"))
            .add(new Position("p1", "s1", Role.CHAIR))
            .add(new Position("p1", "s9", Role.CHAIR))
            .build());

    @Test
    void anOrganizationIsNamedWhereItHasANameElseByItsKindAndId() {
        assertThat(names.phrase("s1", SubjectType.SUB_DISTRICT_FEDERATION)).isEqualTo(new Text("东湖街道妇联", "东湖街道妇联"));
        assertThat(names.phrase("s2", SubjectType.SUB_DISTRICT_FEDERATION))
                .isEqualTo(new Text("街道妇联 s2", "sub-district federation s2"));
        assertThat(names.named("s1").zh()).isEqualTo("东湖街道妇联");
        assertThat(names.named("x9")).isEqualTo(new Text("x9", "x9"));
    }

    @Test
    void aPersonIsShownByIdOnlyAndAPositionByHolderOfficeAndFederation() {
        assertThat(names.phrase("p1", SubjectType.PERSON)).isEqualTo(new Text("人员 p1", "person p1"));
        assertThat(names.phrase("p1@s1:CHAIR", SubjectType.POSITION))
                .isEqualTo(new Text("东湖街道妇联主席 p1", "p1 (chair of 东湖街道妇联)"));
        assertThat(names.phrase("p1@s9:CHAIR", SubjectType.POSITION))
                .isEqualTo(new Text("妇联 s9 主席 p1", "p1 (chair of federation s9)"));
    }
}
