package io.github.fulianrules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The assessment period: both days included; dates judged against it. */
class AssessmentPeriodTest {
    private final AssessmentPeriod year = AssessmentPeriod.year(2025);

    @Test
    void bothDaysAreIncluded() {
        assertThat(year.contains(LocalDate.of(2025, 1, 1))).isTrue();
        assertThat(year.contains(LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(year.contains(LocalDate.of(2024, 12, 31))).isFalse();
        assertThat(year.contains(LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(year.contains(null)).isFalse();
    }

    @Test
    void aSensibleDayIsWithinFiftyYearsBeforeAndFiveAfter() {
        assertThat(year.isSensible(LocalDate.of(1975, 1, 1))).isTrue();
        assertThat(year.isSensible(LocalDate.of(1974, 12, 31))).isFalse();
        assertThat(year.isSensible(LocalDate.of(2030, 12, 31))).isTrue();
        assertThat(year.isSensible(LocalDate.of(2031, 1, 1))).isFalse();
        assertThat(year.isSensible(null)).isFalse();
        assertThat(year.notAfterEnd(LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(year.notAfterEnd(LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(year.notAfterEnd(null)).isFalse();
    }

    @Test
    void aPeriodEndsOnOrAfterItsStart() {
        assertThat(new AssessmentPeriod(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 1)).contains(LocalDate.of(2025, 5, 1))).isTrue();
        assertThatThrownBy(() -> new AssessmentPeriod(LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before its start");
    }
}
