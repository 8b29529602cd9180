package io.github.fulianrules.rulesupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fulianrules.model.Activity;
import io.github.fulianrules.model.ActivityCentre;
import io.github.fulianrules.model.ActivityType;
import io.github.fulianrules.model.Building;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.model.Role;
import io.github.fulianrules.model.Unit;
import io.github.fulianrules.model.UnitType;
import io.github.fulianrules.model.Waiver;
import io.github.fulianrules.model.WomensGroup;
import io.github.fulianrules.model.WomensHome;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The arithmetic and helpers the rules call: floors, shares, per-mille floors, lists of what is missing. */
class RuleSupportTest {
    @Test
    void aFloorIsMetAtItsValueAndTheGapIsWhatIsMissing() {
        assertThat(Assessment.atLeast("FL-2.4a", "d", SubjectType.DISTRICT_FEDERATION, 4, 4))
                .isEqualTo(new Assessment("FL-2.4a", "d", SubjectType.DISTRICT_FEDERATION, true, "4", "4", 0, List.of()));
        assertThat(Assessment.atLeast("FL-2.4a", "d", SubjectType.DISTRICT_FEDERATION, 3, 4))
                .isEqualTo(new Assessment("FL-2.4a", "d", SubjectType.DISTRICT_FEDERATION, false, "3", "4", 1, List.of()));
        assertThat(Assessment.atLeast("x", "d", SubjectType.DISTRICT_FEDERATION, 5, 4).gap()).isZero();
    }

    @Test
    void aShareIsComparedExactlyInIntegers() {
        Assessment fourOfFive = Assessment.share("FL-2.1a", "d", SubjectType.DISTRICT_FEDERATION, 4, 5, 80);
        assertThat(fourOfFive.met()).isTrue();
        assertThat(fourOfFive.measured()).isEqualTo("4/5");
        assertThat(fourOfFive.required()).isEqualTo("80%");
        assertThat(fourOfFive.gap()).isZero();

        Assessment threeOfFive = Assessment.share("FL-2.1a", "d", SubjectType.DISTRICT_FEDERATION, 3, 5, 80);
        assertThat(threeOfFive.met()).isFalse();
        assertThat(threeOfFive.gap()).isEqualTo(1);
        // 0 of 7 at 40%: 2.8 members short, so 3 more must qualify.
        assertThat(Assessment.share("x", "d", SubjectType.DISTRICT_FEDERATION, 0, 7, 40).gap()).isEqualTo(3);
        assertThat(Assessment.share("x", "d", SubjectType.DISTRICT_FEDERATION, 1, 5, 20).met()).isTrue();
    }

    @Test
    void aPerMilleFloorIsRoundedUp() {
        assertThat(Assessment.perMille("FL-4.1e", "s", SubjectType.DISTRICT_FEDERATION, 31, 30_001, 1).required()).isEqualTo("31");
        assertThat(Assessment.perMille("FL-4.1e", "s", SubjectType.DISTRICT_FEDERATION, 30, 30_000, 1).met()).isTrue();
        assertThat(Assessment.perMille("FL-4.1e", "s", SubjectType.DISTRICT_FEDERATION, 30, 30_001, 1).met()).isFalse();
        assertThat(Assessment.ceilDiv(10, 5)).isEqualTo(2);
        assertThat(Assessment.ceilDiv(11, 5)).isEqualTo(3);
        assertThat(Assessment.ceilDiv(0, 5)).isZero();
    }

    @Test
    void allPresentAndHoldsNameWhatIsMissing() {
        Assessment missingTwo = Assessment.allPresent("FL-4.4b", "h", SubjectType.WOMENS_HOME, List.of("VENUE", "FUNDING"), 7);
        assertThat(missingTwo).isEqualTo(new Assessment("FL-4.4b", "h", SubjectType.WOMENS_HOME, false, "5", "7", 2,
                List.of("VENUE", "FUNDING")));
        assertThat(Assessment.allPresent("x", "h", SubjectType.DISTRICT_FEDERATION, List.of(), 7).met()).isTrue();

        assertThat(Assessment.holds("x", "s", SubjectType.DISTRICT_FEDERATION, false, "-", "yes"))
                .isEqualTo(new Assessment("x", "s", SubjectType.DISTRICT_FEDERATION, false, "-", "yes", 1, List.of()));
        assertThat(Assessment.holds("x", "s", SubjectType.DISTRICT_FEDERATION, true, "y", "y").gap()).isZero();
        assertThat(Assessment.holds("x", "s", SubjectType.DISTRICT_FEDERATION, false, "0", "1", List.of("A", "B")).gap()).isEqualTo(2);
        assertThat(Assessment.holds("x", "s", SubjectType.DISTRICT_FEDERATION, false, "0", "1", List.of()).gap()).isEqualTo(1);
        assertThat(Assessment.holds("x", "s", SubjectType.DISTRICT_FEDERATION, true, "0", "1", List.of("A")).gap()).isZero();
        assertThat(new Assessment("x", "s", SubjectType.DISTRICT_FEDERATION, true, "", "", 0, null).details()).isEmpty();
    }

    @Test
    void everyRecordHasItsSubjectTypeAndId() {
        LocalDate day = LocalDate.of(2025, 1, 1);
        assertThat(SubjectType.of(new Federation("d", Level.DISTRICT, null, null, null))).isEqualTo(SubjectType.DISTRICT_FEDERATION);
        assertThat(SubjectType.of(new Federation("s", Level.SUB_DISTRICT, null, "d", null))).isEqualTo(SubjectType.SUB_DISTRICT_FEDERATION);
        assertThat(SubjectType.of(new Federation("c", Level.COMMUNITY, null, "s", null))).isEqualTo(SubjectType.COMMUNITY_FEDERATION);
        assertThat(SubjectType.of(Person.woman("p"))).isEqualTo(SubjectType.PERSON);
        Position position = new Position("p", "d", Role.CHAIR);
        assertThat(SubjectType.of(position)).isEqualTo(SubjectType.POSITION);
        assertThat(SubjectType.of(new WomensHome("h", null, "d", Set.of(), Set.of(), false))).isEqualTo(SubjectType.WOMENS_HOME);
        assertThat(SubjectType.of(new Unit("u", null, UnitType.PUBLIC_INSTITUTION, "d", 1, false, false, false))).isEqualTo(SubjectType.UNIT);
        assertThat(SubjectType.of(new Building("b", null, "d", false))).isEqualTo(SubjectType.BUILDING);
        assertThat(SubjectType.of(new ActivityCentre("c", null, "d", false, false))).isEqualTo(SubjectType.ACTIVITY_CENTRE);
        assertThat(SubjectType.of(new WomensGroup("g", "c", io.github.fulianrules.model.GroupSetting.INTEREST_GROUP))).isEqualTo(SubjectType.WOMENS_GROUP);
        assertThat(SubjectType.of(new Activity("a", ActivityType.CONGRESS, "s", day, null))).isEqualTo(SubjectType.ACTIVITY);
        assertThat(SubjectType.of(new Waiver("w", "FL-2.4a", "d", "r", "a", day, day))).isEqualTo(SubjectType.WAIVER);
        assertThat(SubjectType.of("something else")).isEqualTo(SubjectType.INPUT);

        assertThat(SubjectType.idOf(Person.woman("p"))).isEqualTo("p");
        assertThat(SubjectType.idOf(position)).isEqualTo(position.key());
        assertThat(SubjectType.idOf(42)).isEqualTo("42");
    }

    @Test
    void negativeCountsAreNamedByField() {
        LocalDate day = LocalDate.of(2025, 1, 1);
        assertThat(DataChecks.negativeCounts(new Federation("d", Level.DISTRICT, null, null, -1))).containsExactly("residentWomen");
        assertThat(DataChecks.negativeCounts(new Federation("d", Level.DISTRICT, null, null, 0))).isEmpty();
        assertThat(DataChecks.negativeCounts(new Federation("d", Level.DISTRICT, null, null, null))).isEmpty();
        assertThat(DataChecks.negativeCounts(new Unit("u", null, UnitType.PUBLIC_INSTITUTION, "d", -1, false, false, false)))
                .containsExactly("women");
        assertThat(DataChecks.negativeCounts(new Unit("u", null, UnitType.PUBLIC_INSTITUTION, "d", 0, false, false, false))).isEmpty();
        assertThat(DataChecks.negativeCounts(new Unit("u", null, UnitType.PUBLIC_INSTITUTION, "d", null, false, false, false))).isEmpty();
        assertThat(DataChecks.negativeCounts(new Activity("a", ActivityType.STATIONED_WORK, "p", day, -1))).containsExactly("days");
        assertThat(DataChecks.negativeCounts(new Activity("a", ActivityType.STATIONED_WORK, "p", day, 0))).isEmpty();
        assertThat(DataChecks.negativeCounts(new Activity("a", ActivityType.STATIONED_WORK, "p", day, null))).isEmpty();
        assertThat(DataChecks.negativeCounts("x")).isEmpty();
    }

    @Test
    void datesAndMissingItems() {
        LocalDate a = LocalDate.of(2025, 1, 1);
        LocalDate b = LocalDate.of(2025, 3, 1);
        assertThat(Dates.latest(Arrays.asList(a, null, b))).isEqualTo(b);
        assertThat(Dates.latest(List.of())).isNull();
        assertThat(Dates.daysApart(a, b)).isEqualTo(59);
        assertThat(Dates.daysApart(b, a)).isEqualTo(59);

        assertThat(Missing.of(List.of("A", "C"), "A", "B", "C", "D")).containsExactly("B", "D");
        assertThat(Missing.flags(new String[] {"A", "B", "C"}, true, false, false)).containsExactly("B", "C");
        assertThatThrownBy(() -> Missing.flags(new String[] {"A"}, true, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("1 names but 2 flags");
        assertThat(Missing.sorted(List.of("b", "a", "b"))).containsExactly("a", "b");
    }
}
