package io.github.fulianrules.rulesupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.model.Activity;
import io.github.fulianrules.model.ActivityType;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The counting rules of revision 2 as the rules call them: days inside the period, regular work, undecided shares. */
class RevisionTwoCountingTest {
    private static final AssessmentPeriod Y2025 = AssessmentPeriod.year(2025);

    private static Activity stint(String from, Integer days) {
        return new Activity("a" + from + days, ActivityType.STATIONED_WORK, "p1", LocalDate.parse(from), days);
    }

    @Test
    void aStintGivesThePeriodOnlyItsDaysInsideIt() {
        assertThat(Days.within(List.of(stint("2025-12-17", 30)), Y2025)).isEqualTo(15);
        assertThat(Days.within(List.of(stint("2025-12-17", 30)), AssessmentPeriod.year(2026))).isEqualTo(15);
        assertThat(Days.within(List.of(stint("2024-12-31", 1)), Y2025)).isZero();
        assertThat(Days.within(List.of(stint("2025-01-01", 365)), Y2025)).isEqualTo(365);
        assertThat(Days.within(List.of(stint("2024-01-01", 1000)), Y2025)).isEqualTo(365);
    }

    @Test
    void aDayInTwoOverlappingStintsCountsOnce() {
        assertThat(Days.within(List.of(stint("2025-04-01", 20), stint("2025-04-11", 15)), Y2025)).isEqualTo(25);
        assertThat(Days.within(List.of(stint("2025-04-11", 5), stint("2025-04-01", 20)), Y2025)).isEqualTo(20);
        assertThat(Days.within(List.of(stint("2025-04-01", 10), stint("2025-04-11", 10)), Y2025)).isEqualTo(20);
    }

    @Test
    void aStintWithoutItsDaysCertainlyOccupiesItsFirstDayAndNoneIfNegative() {
        assertThat(Days.within(List.of(stint("2025-04-01", null)), Y2025)).isEqualTo(1);
        assertThat(Days.within(List.of(stint("2025-04-01", -10), stint("2025-05-01", 0)), Y2025)).isZero();
        assertThat(Days.unrecorded(List.of(stint("2024-04-01", null), stint("2025-04-01", null),
                stint("2025-04-01", 3)), Y2025)).isEqualTo(2);
    }

    @Test
    void aPairingIsInForceWhenItOccupiesADayOfThePeriod() {
        assertThat(Days.inForce(List.of(stint("2024-01-01", 366), stint("2024-01-02", 366), stint("2025-12-31", null)),
                Y2025)).isEqualTo(2);
    }

    @Test
    void regularWorkIsEnoughRecordsNotAllInOneQuarter() {
        Assessment spread = Assessment.spread("FL-3.2c", "d", SubjectType.DISTRICT_FEDERATION, 4, 2, 4);
        assertThat(spread.met()).isTrue();
        Assessment oneQuarter = Assessment.spread("FL-3.2c", "d", SubjectType.DISTRICT_FEDERATION, 5, 1, 4);
        assertThat(oneQuarter.met()).isFalse();
        assertThat(oneQuarter.gap()).isEqualTo(1);
        assertThat(oneQuarter.details()).containsExactly("ONE_QUARTER");
        assertThat(Assessment.spread("x", "d", SubjectType.DISTRICT_FEDERATION, 2, 1, 4).gap()).isEqualTo(2);
        assertThat(Assessment.spread("x", "d", SubjectType.DISTRICT_FEDERATION, 0, 0, 4).details()).isEmpty();
        assertThat(Assessment.spread("x", "d", SubjectType.DISTRICT_FEDERATION, 1, 1, 1).met()).isTrue();
        assertThat(Dates.quarters(List.of(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 1),
                LocalDate.of(2026, 1, 1)))).isEqualTo(3);
    }

    @Test
    void aShareIsDecidedOnlyWhenTheUnknownMembersCannotTipIt() {
        // 4 qualifying, 1 unknown of 6 at 80%: 400 < 480 ≤ 500, either way.
        assertThat(Assessment.shareDecided(4, 1, 6, 80)).isFalse();
        assertThat(Assessment.shareDecided(4, 1, 5, 80)).isTrue();
        assertThat(Assessment.shareDecided(2, 1, 5, 80)).isTrue();
        assertThat(Assessment.shareDecided(0, 0, 5, 80)).isTrue();
    }

    @Test
    void aRoleConflictListsTheOfficesInTheirOrder() {
        RoleConflict c = new RoleConflict("p1", "d", Set.of(Role.PART_TIME_VICE_CHAIR, Role.CHAIR));
        assertThat(c.roleNames()).containsExactly("CHAIR", "PART_TIME_VICE_CHAIR");
        assertThat(c).isEqualTo(new RoleConflict("p1", "d", List.of(Role.CHAIR, Role.PART_TIME_VICE_CHAIR)));
        assertThat(Role.CHAIR.isOfficer()).isTrue();
        assertThat(Role.EXECUTIVE_MEMBER.isOfficer()).isFalse();
    }
}
