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
