package io.github.fulianrules.rulesupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fulianrules.model.Activity;
import io.github.fulianrules.model.ActivityCentre;
import io.github.fulianrules.model.ActivityType;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The helpers revision 3's rules read: unknown is not "no" in every counting path. */
class UnknownIsNotNoTest {
    private static final List<String> NAMES = List.of("A", "B", "C");

    @Test
    void aFlagNotRecordedIsNeitherPresentNorMissing() {
        assertThat(Missing.no(NAMES, true, false, null)).containsExactly("B");
        assertThat(Missing.notRecorded(NAMES, true, false, null)).containsExactly("C");
        assertThat(Missing.decided(NAMES, true, false, null)).as("B is missing anyway").isTrue();
        assertThat(Missing.decided(NAMES, true, true, null)).as("C could tip it").isFalse();
        assertThat(Missing.decided(NAMES, true, true, true)).isTrue();
        assertThatThrownBy(() -> Missing.no(NAMES, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFlagFromCountsIsUnknownWhenOnlyRecordsElsewhereCouldMakeIt() {
        assertThat(Missing.flag(1, 0)).isTrue();
        assertThat(Missing.flag(1, 3)).isTrue();
        assertThat(Missing.flag(0, 1)).isNull();
        assertThat(Missing.flag(0, 0)).isFalse();
        assertThat(Missing.recorded(null)).isNull();
        assertThat(Missing.recorded(Set.of())).as("an empty list is recorded").isTrue();
    }

    @Test
    void nobodyInAnOfficeIsSaidOnlyWhenNobodyIsRecordedInIt() {
        assertThat(Missing.none(1, 1, "NO_CHAIR")).isEmpty();
        assertThat(Missing.none(0, 1, "NO_CHAIR")).containsExactly("CONFLICTED");
        assertThat(Missing.none(0, 0, "NO_CHAIR")).containsExactly("NO_CHAIR");
        assertThat(Missing.conflicted(0)).isEmpty();
        assertThat(Missing.conflicted(2)).containsExactly("CONFLICTED");
    }

    @Test
    void aRegularPracticeIsOftenEnoughAndNotAllInOneQuarter() {
        LocalDate q2 = LocalDate.of(2025, 4, 1);
        assertThat(Missing.regular("X", List.of(), 4)).containsExactly("X");
        assertThat(Missing.regular("X", List.of(q2, q2.plusMonths(3), q2.plusMonths(6)), 4)).containsExactly("X_TOO_FEW");
        assertThat(Missing.regular("X", List.of(q2, q2, q2.plusDays(30), q2.plusDays(60)), 4)).containsExactly("X_ONE_QUARTER");
        assertThat(Missing.regular("X", List.of(q2, q2, q2.plusDays(30), q2.plusDays(91)), 4)).isEmpty();
        assertThat(Missing.regular("X", List.of(q2), 1)).as("one asked: no spread").isEmpty();
        assertThat(Missing.both(List.of("A"), List.of("B", "C"))).containsExactly("A", "B", "C");
    }

    @Test
    void conflictsAreCountedPerOffice() {
        List<RoleConflict> conflicts = List.of(
                new RoleConflict("p1", "f", List.of(Role.CHAIR, Role.PART_TIME_VICE_CHAIR)),
                new RoleConflict("p2", "f", List.of(Role.FULL_TIME_VICE_CHAIR, Role.PART_TIME_VICE_CHAIR)));
        assertThat(Counts.conflicted(conflicts, Role.PART_TIME_VICE_CHAIR)).isEqualTo(2);
        assertThat(Counts.conflicted(conflicts, Role.CHAIR)).isEqualTo(1);
        assertThat(Counts.conflicted(List.of(), Role.CHAIR)).isZero();
    }

    @Test
    void zeroAndNegativeDaysLeaveTheTotalUnknown() {
        AssessmentPeriod year = AssessmentPeriod.year(2025);
        LocalDate day = LocalDate.of(2025, 3, 1);
        List<Activity> stints = List.of(new Activity("a", ActivityType.STATIONED_WORK, "p", day, 20),
                new Activity("b", ActivityType.STATIONED_WORK, "p", day.plusMonths(2), 0),
                new Activity("c", ActivityType.STATIONED_WORK, "p", day.plusMonths(3), -5),
                new Activity("d", ActivityType.STATIONED_WORK, "p", day.plusMonths(4), null));
        assertThat(Days.within(stints, year)).as("20 days and the first day of d").isEqualTo(21);
        assertThat(Days.unrecorded(stints, year)).isEqualTo(3);
    }

    @Test
    void anActivityFitsTheKindOfSubjectItsTypeIsRecordedAgainst() {
        Federation district = Federation.of("d", Level.DISTRICT, null);
        Federation community = Federation.of("c", Level.COMMUNITY, "s");
        ActivityCentre centre = new ActivityCentre("ac", null, "d", true, true);
        assertThat(ActivitySubjects.fits(ActivityType.PUBLIC_WELFARE, centre)).isTrue();
        assertThat(ActivitySubjects.fits(ActivityType.PUBLIC_WELFARE, district)).isFalse();
        assertThat(ActivitySubjects.expected(ActivityType.PUBLIC_WELFARE)).isEqualTo("ACTIVITY_CENTRE");
        assertThat(ActivitySubjects.fits(ActivityType.GRASSROOTS_RESEARCH, Person.woman("p"))).isTrue();
        assertThat(ActivitySubjects.fits(ActivityType.GRASSROOTS_RESEARCH, district)).isFalse();
        assertThat(ActivitySubjects.fits(ActivityType.ELECTION, community)).as("any federation").isTrue();
        assertThat(ActivitySubjects.fits(ActivityType.RESIDENTS_COMMITTEE_ELECTION, district)).isFalse();
        for (ActivityType t : ActivityType.values()) {
            assertThat(ActivitySubjects.expected(t)).as(t.name()).isNotBlank();
        }
    }

    @Test
    void aPeriodIsAYearFromADayToTheDayBeforeItsDateAYearOn() {
        assertThat(AssessmentPeriod.year(2024).isYear()).isTrue();
        assertThat(new AssessmentPeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30)).isYear()).isTrue();
        assertThat(new AssessmentPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)).isYear()).isFalse();
        assertThat(new AssessmentPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)).isYear()).isFalse();
    }
}
