package io.github.fulianrules.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Gender;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.model.Role;
import io.github.fulianrules.model.WomensHome;
import org.junit.jupiter.api.Test;

/** A federation with its officers in a few lines: each person once, each post in the federation named before it. */
class DistrictFactsTest {
    @Test
    void aFederationWithItsOfficers() {
        DistrictData d = DistrictFacts.year(2025)
                .federation("d", Level.DISTRICT).women(Role.PART_TIME_VICE_CHAIR, "vc1", "vc2").men(Role.CHAIR, "c")
                .women(Role.EXECUTIVE_MEMBER, "vc1")
                .build();

        assertThat(d.period()).isEqualTo(AssessmentPeriod.year(2025));
        assertThat(d.federations()).containsExactly(Federation.of("d", Level.DISTRICT, null));
        assertThat(d.people()).extracting(Person::id, Person::gender)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("vc1", Gender.FEMALE),
                        org.assertj.core.groups.Tuple.tuple("vc2", Gender.FEMALE),
                        org.assertj.core.groups.Tuple.tuple("c", Gender.MALE));
        assertThat(d.positions()).containsExactly(new Position("vc1", "d", Role.PART_TIME_VICE_CHAIR),
                new Position("vc2", "d", Role.PART_TIME_VICE_CHAIR), new Position("c", "d", Role.CHAIR),
                new Position("vc1", "d", Role.EXECUTIVE_MEMBER));
    }

    @Test
    void aFederationBelowTheDistrictHangsUnderTheLastOneAboveIt() {
        DistrictData d = DistrictFacts.year(2025)
                .federation("d", Level.DISTRICT)
                .federation("s1", Level.SUB_DISTRICT).women(Role.CHAIR, "a")
                .federation("c1", Level.COMMUNITY)
                .federation("s2", Level.SUB_DISTRICT)
                .federation("c2", Level.COMMUNITY).women(Role.CHAIR, "b")
                .build();

        assertThat(d.federations()).extracting(Federation::id, Federation::parentId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("d", null), org.assertj.core.groups.Tuple.tuple("s1", "d"),
                org.assertj.core.groups.Tuple.tuple("c1", "s1"), org.assertj.core.groups.Tuple.tuple("s2", "d"),
                org.assertj.core.groups.Tuple.tuple("c2", "s2"));
        assertThat(d.positions()).containsExactly(new Position("a", "s1", Role.CHAIR), new Position("b", "c2", Role.CHAIR));
    }

    @Test
    void aPersonAddedReplacesTheOfficersRecordAndOtherFactsAreKept() {
        WomensHome home = new WomensHome("h1", "家", "d", java.util.Set.of(), java.util.Set.of(), false);
        DistrictData d = DistrictFacts.year(2025)
                .federation("d", Level.DISTRICT).women(Role.PART_TIME_VICE_CHAIR, "vc1")
                .add(Person.woman("vc1").asOutstandingRepresentative(), home)
                .build();

        assertThat(d.people()).containsExactly(Person.woman("vc1").asOutstandingRepresentative());
        assertThat(d.womensHomes()).containsExactly(home);
    }

    @Test
    void officersOfAFederationAddedBefore() {
        DistrictData d = DistrictFacts.year(2025).federation("d", Level.DISTRICT).federation("s1", Level.SUB_DISTRICT)
                .in("d").women(Role.CHAIR, "a")
                .build();

        assertThat(d.positions()).containsExactly(new Position("a", "d", Role.CHAIR));
        assertThatThrownBy(() -> DistrictFacts.year(2025).in("d")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no federation d added before");
    }

    @Test
    void officersOfNoFederationAreRefused() {
        assertThatThrownBy(() -> DistrictFacts.year(2025).women(Role.CHAIR, "a"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("officers of no federation: add a federation first");
    }
}
