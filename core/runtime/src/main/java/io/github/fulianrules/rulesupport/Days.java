package io.github.fulianrules.rulesupport;

import io.github.fulianrules.model.Activity;
import io.github.fulianrules.model.AssessmentPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The days that records counting days ({@link io.github.fulianrules.model.ActivityType#countsDays()})
 * occupy inside an assessment period. A record occupies the days from its date on, as many as its
 * {@code days}: a 30-day stint from 2025-12-17 gives 15 days to 2025 and 15 to 2026. A record
 * without its days occupies its first day for certain and an unknown number after it; a
 * negative or zero number of days occupies nothing certain (it is a data finding of its own), and
 * Revision 3 counts it with the records whose days are unknown ({@link #unrecorded}): the total is
 * unknown, not short.
 */
public final class Days {
    private Days() {
    }

    /** The days of {@code period} occupied by at least one of {@code activities}: a day occupied twice counts once. */
    public static long within(Collection<?> activities, AssessmentPeriod period) {
        List<LocalDate[]> spans = spans(activities, period);
        spans.sort(Comparator.comparing(s -> s[0]));
        long days = 0;
        LocalDate coveredTo = null;   // the last day already counted
        for (LocalDate[] s : spans) {
            LocalDate from = coveredTo == null || s[0].isAfter(coveredTo) ? s[0] : coveredTo.plusDays(1);
            if (!from.isAfter(s[1])) {
                days += s[1].toEpochDay() - from.toEpochDay() + 1;
                coveredTo = s[1];
            }
        }
        return days;
    }

    /** How many of {@code activities} occupy at least one day of {@code period}. */
    public static long inForce(Collection<?> activities, AssessmentPeriod period) {
        return activities.stream().filter(a -> span((Activity) a, period) != null).count();
    }

    /**
     * How many of {@code activities} have no usable number of days (none recorded, zero or negative)
     * and start on or before the period's last day: how many days they give the period is unknown.
     */
    public static long unrecorded(Collection<?> activities, AssessmentPeriod period) {
        return activities.stream().map(Activity.class::cast)
                .filter(a -> (a.days() == null || a.days() <= 0) && period.notAfterEnd(a.date())).count();
    }

    private static List<LocalDate[]> spans(Collection<?> activities, AssessmentPeriod period) {
        List<LocalDate[]> spans = new ArrayList<>(activities.size());
        for (Object a : activities) {
            LocalDate[] s = span((Activity) a, period);
            if (s != null) {
                spans.add(s);
            }
        }
        return spans;
    }

    /** The first and last day of {@code period} that {@code a} certainly occupies, or {@code null} for none. */
    private static LocalDate[] span(Activity a, AssessmentPeriod period) {
        long length = a.days() == null ? 1 : a.days();
        if (length <= 0) {
            return null;
        }
        LocalDate first = a.date().isBefore(period.start()) ? period.start() : a.date();
        LocalDate last = a.date().plusDays(length - 1);
        last = last.isAfter(period.end()) ? period.end() : last;
        return first.isAfter(last) ? null : new LocalDate[] {first, last};
    }
}
