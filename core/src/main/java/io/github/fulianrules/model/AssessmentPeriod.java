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
}
