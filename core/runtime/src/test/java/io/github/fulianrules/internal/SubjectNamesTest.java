package io.github.fulianrules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.model.Activity;
import io.github.fulianrules.model.ActivityCentre;
import io.github.fulianrules.model.ActivityType;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.Building;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Gender;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.model.Rank;
import io.github.fulianrules.model.Role;
import io.github.fulianrules.model.Unit;
import io.github.fulianrules.model.UnitType;
import io.github.fulianrules.model.WomensHome;
import io.github.fulianrules.report.Text;
import io.github.fulianrules.rulesupport.SubjectType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
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
    void aPersonIsNamedByNameAndIdWhereTheInputNamesHerAndHerPositionsByHerToo() {
        SubjectNames named = SubjectNames.of(DistrictData.builder(AssessmentPeriod.year(2025))
                .add(new Federation("s1", Level.SUB_DISTRICT, "东湖街道妇联", "d", null))
                .add(new Person("p-0094", "李娟", Gender.FEMALE, false, null, null, Rank.NONE, false))
                .add(new Position("p-0094", "s1", Role.CHAIR)).build());

        assertThat(named.phrase("p-0094", SubjectType.PERSON)).isEqualTo(new Text("李娟（p-0094）", "李娟 (p-0094)"));
        assertThat(named.phrase("p-0094@s1:CHAIR", SubjectType.POSITION))
                .isEqualTo(new Text("东湖街道妇联主席李娟（p-0094）", "李娟 (p-0094), chair of 东湖街道妇联"));
        assertThat(SubjectNames.identity(new Person("p1", "李娟", Gender.FEMALE, false, null, null, Rank.NONE, false)))
                .isNotEqualTo(SubjectNames.identity(new Person("p1", "王芳", Gender.FEMALE, false, null, null, Rank.NONE, false)));
    }

    @Test
    void aPersonWithoutANameIsShownByKindAndIdAndAPositionByHolderOfficeAndFederation() {
        assertThat(names.phrase("p1", SubjectType.PERSON)).isEqualTo(new Text("人员 p1", "person p1"));
        assertThat(names.phrase("p1@s1:CHAIR", SubjectType.POSITION))
                .isEqualTo(new Text("东湖街道妇联主席 p1", "p1 (chair of 东湖街道妇联)"));
        assertThat(names.phrase("p1@s9:CHAIR", SubjectType.POSITION))
                .isEqualTo(new Text("妇联 s9 主席 p1", "p1 (chair of federation s9)"));
    }

    private static final WomensHome HOME = new WomensHome("h1", "东湖妇女之家", "s1", null, null, false);
    private static final Unit UNIT = new Unit("u1", "u1", UnitType.PUBLIC_INSTITUTION, "s1", null, false, false, false);
    private static final Building BUILDING = new Building("b1", " ", "s1", false);
    private static final ActivityCentre CENTRE = new ActivityCentre("c1", null, "s1", false, false);

    private static SubjectNames namesOf(Object... facts) {
        return SubjectNames.of(DistrictData.builder(AssessmentPeriod.year(2025)).addAll(List.of(facts)).build());
    }

    @Test
    void everyKindOfOrganizationIsNamedByItsNameAndOneWithoutARealNameByItsKindAndId() {
        SubjectNames all = namesOf(HOME, UNIT, BUILDING, CENTRE);

        assertThat(all.phrase("h1", SubjectType.WOMENS_HOME)).isEqualTo(new Text("东湖妇女之家", "东湖妇女之家"));
        // a name that is the id, a blank name and no name are no names
        assertThat(all.named("u1")).isEqualTo(new Text("单位 u1", "unit u1"));
        assertThat(all.named("b1")).isEqualTo(new Text("商务楼宇 b1", "building b1"));
        assertThat(all.named("c1").en()).isEqualTo("activity centre c1");
        // asked as another kind than the one it has, a subject is named by the kind asked
        assertThat(all.phrase("h1", SubjectType.UNIT).en()).isEqualTo("unit h1");
    }

    @Test
    void theInputAsAWholeAndAnUnknownOrMissingIdAreShownAsGiven() {
        assertThat(names.phrase("district.json", SubjectType.INPUT)).isEqualTo(new Text("district.json", "district.json"));
        assertThat(names.named(null)).isEqualTo(new Text(null, null));
        assertThat(names.phrase("p7@s1:CHAIR", SubjectType.POSITION)).isEqualTo(new Text("职务 p7@s1:CHAIR", "position p7@s1:CHAIR"));
    }

    @Test
    void organizationsThatShareAnIdAreNamedByTheFirstByKindAndNameWhateverTheirOrder() {
        Federation beta = new Federation("s1", Level.SUB_DISTRICT, "Beta", "d", null);
        Federation alpha = new Federation("s1", Level.SUB_DISTRICT, "Alpha", "d", null);
        Federation nameless = Federation.of("s1", Level.SUB_DISTRICT, "d");
        WomensHome home = new WomensHome("s1", "Aardvark", "s1", null, null, false);

        assertThat(namesOf(beta, alpha).named("s1").en()).isEqualTo("Alpha");
        assertThat(namesOf(alpha, beta).named("s1").en()).isEqualTo("Alpha");
        assertThat(namesOf(beta, nameless).named("s1").en()).isEqualTo("sub-district federation s1");
        assertThat(namesOf(nameless, beta).named("s1").en()).isEqualTo("sub-district federation s1");
        // a federation comes before a home, whatever their names
        assertThat(namesOf(home, beta).named("s1").en()).isEqualTo("Beta");
    }

    @Test
    void theIdentityOfAFactIsWhatItsWordsDependOn() {
        Federation s1 = new Federation("s1", Level.SUB_DISTRICT, "东湖街道妇联", "d", null);
        Position chair = new Position("p1", "s1", Role.CHAIR);

        assertThat(SubjectNames.identity(s1)).isEqualTo(Arrays.asList(SubjectType.SUB_DISTRICT_FEDERATION, "s1", "东湖街道妇联"));
        assertThat(SubjectNames.identity(new Federation("s1", Level.SUB_DISTRICT, "东湖街道妇联", "d2", 100)))
                .isEqualTo(SubjectNames.identity(s1));
        assertThat(SubjectNames.identity(HOME)).isEqualTo(Arrays.asList(SubjectType.WOMENS_HOME, "h1", "东湖妇女之家"));
        assertThat(SubjectNames.identity(UNIT)).isEqualTo(Arrays.asList(SubjectType.UNIT, "u1", "u1"));
        assertThat(SubjectNames.identity(BUILDING)).isEqualTo(Arrays.asList(SubjectType.BUILDING, "b1", " "));
        assertThat(SubjectNames.identity(CENTRE)).isEqualTo(Arrays.asList(SubjectType.ACTIVITY_CENTRE, "c1", null));
        assertThat(SubjectNames.identity(chair)).isSameAs(chair);
        assertThat(SubjectNames.identity(Person.woman("p1"))).isEqualTo(Arrays.asList(SubjectType.PERSON, "p1", "p1"));
        assertThat(SubjectNames.identity(Person.woman("p1").asOutstandingRepresentative())).as("her name, not her other fields")
                .isEqualTo(SubjectNames.identity(Person.woman("p1")));
        assertThat(SubjectNames.identity(new Activity("a1", ActivityType.REFORM_REPORT, "d", LocalDate.of(2025, 1, 1), null))).isNull();
    }
}
