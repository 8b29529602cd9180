package io.github.fulianrules.model;

import java.time.LocalDate;

/**
 * The period assessed, usually a calendar year; both ends included. "In the period" checks read
 * activities dated within it; parameters are those in force on its last day.
 *
 * @param start first day
 * @param end   last day
 */
public record AssessmentPeriod(LocalDate start, LocalDate end) {
    public AssessmentPeriod {
        Checks.required(start, "start");
        Checks.required(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period end " + end + " is before its start " + start);
        }
    }

    /** The calendar year {@code year}. */
    public static AssessmentPeriod year(int year) {
        return new AssessmentPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * Whether the period is one year: from a day to the day before the same date a year later
     * (2025-01-01 to 2025-12-31, 2025-07-01 to 2026-06-30). Revision 3: the thresholds the plan
     * states per year (每年, 年度) apply to such a period only; on another they are not applied.
     */
    public boolean isYear() {
        return start.plusYears(1).minusDays(1).equals(end);
    }

    /** Whether {@code day} lies in the period. */
    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(start) && !day.isAfter(end);
    }

    /** Whether {@code day} is a plausible date for a record of this period: within 50 years before it and 5 after. */
    public boolean isSensible(LocalDate day) {
        return day != null && !day.isBefore(start.minusYears(50)) && !day.isAfter(end.plusYears(5));
    }

    /** Whether {@code day} is on or before the period's last day. */
    public boolean notAfterEnd(LocalDate day) {
        return day != null && !day.isAfter(end);
    }
}
