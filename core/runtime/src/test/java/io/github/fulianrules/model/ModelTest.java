package io.github.fulianrules.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the rules ask of the facts beyond their fields. */
class ModelTest {
    @Test
    void aPersonsNameStaysOutOfItsText() {
        Person named = new Person("p1", "王芳", Gender.FEMALE, false, null, null, Rank.NONE, false);
        Person unnamed = new Person("p2", null, Gender.MALE, false, null, null, Rank.NONE, false);

        assertThat(named.toString()).startsWith("Person[id=p1, name=(not shown), gender=FEMALE").doesNotContain("王芳");
        assertThat(unnamed.toString()).startsWith("Person[id=p2, name=null, gender=MALE");
    }

    @Test
    void aPersonChangedByOneFieldKeepsTheOthers() {
        Person p = Person.woman("p1").inLeadershipTeamOf("sd1").asOutstandingRepresentative().withRank(Rank.NONE, true);

        assertThat(p).isEqualTo(new Person("p1", "p1", Gender.FEMALE, true, "sd1", null, Rank.NONE, true));
        assertThat(p.isWoman()).isTrue();
        assertThat(Person.man("p2").isWoman()).isFalse();
        assertThat(new Person("p3", null, null, false, null, null, null, false).isWoman()).as("gender unknown").isFalse();
        assertThat(p.references()).containsExactly(new Ref("leadershipTeamOf", "sd1", Federation.class));
        assertThat(Person.woman("p4").onTwoCommitteesOf(" ").references()).as("a blank id is no reference").isEmpty();
    }

    @Test
    void aReferenceAcceptsWhatItMayPointAt() {
        Ref toFederation = new Ref("federationId", "sd1", Federation.class);

        assertThat(toFederation.accepts(new Federation("sd1", Level.SUB_DISTRICT, null, "qx", null))).isTrue();
        assertThat(toFederation.accepts(Person.woman("sd1"))).isFalse();
    }

    @Test
    void aHomeMissesWhatItHasNot() {
        WomensHome home = new WomensHome("h1", null, "c1", Set.of(Have.VENUE, Have.FUNDING), Set.of(BasicService.FAMILY_BUILDING),
                false);

        EnumSet<Have> missing = EnumSet.allOf(Have.class);
        missing.removeAll(Set.of(Have.VENUE, Have.FUNDING));
        assertThat(home.missingHaves()).containsExactlyElementsOf(missing);
        assertThat(home.missingServices()).doesNotContain(BasicService.FAMILY_BUILDING)
                .hasSize(BasicService.values().length - 1);
        assertThat(home.references()).containsExactly(new Ref("federationId", "c1", Federation.class));
    }

    @Test
    void aWaiverHoldsFromItsFirstToItsLastDay() {
        Waiver w = new Waiver("w1", "FL-2.4a", "qx", "transition", "organisation dept",
                LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-31"));

        assertThat(w.validOn(LocalDate.parse("2025-02-28"))).isFalse();
        assertThat(w.validOn(LocalDate.parse("2025-03-01"))).isTrue();
        assertThat(w.validOn(LocalDate.parse("2025-03-31"))).isTrue();
        assertThat(w.validOn(LocalDate.parse("2025-04-01"))).isFalse();
    }

    @Test
    void levelsReportUpwardsAndOnlyActivitiesOfSomeDaysCountThem() {
        assertThat(Level.DISTRICT.parent()).isNull();
        assertThat(Level.SUB_DISTRICT.parent()).isEqualTo(Level.DISTRICT);
        assertThat(Level.COMMUNITY.parent()).isEqualTo(Level.SUB_DISTRICT);
        assertThat(EnumSet.allOf(ActivityType.class)).filteredOn(ActivityType::countsDays).containsExactlyInAnyOrder(
                ActivityType.GRASSROOTS_RESEARCH, ActivityType.GRASSROOTS_WOMENS_WORK, ActivityType.STATIONED_WORK,
                ActivityType.HARDSHIP_PAIRING);
    }
}
