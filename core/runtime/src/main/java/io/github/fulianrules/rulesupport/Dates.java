package io.github.fulianrules.rulesupport;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Objects;

/** Date helpers for rules that compare the latest of several dated records. */
public final class Dates {
    private Dates() {
    }

    /** The latest of {@code dates}, or {@code null} when there is none. */
    public static LocalDate latest(Collection<?> dates) {
        return dates.stream().filter(Objects::nonNull).map(LocalDate.class::cast)
                .max(LocalDate::compareTo).orElse(null);
    }

    /** How many calendar quarters (2025 Q1, 2025 Q2, …) the {@code dates} fall in. */
    public static long quarters(Collection<?> dates) {
        return dates.stream().filter(Objects::nonNull).map(LocalDate.class::cast)
                .map(d -> d.getYear() * 4L + (d.getMonthValue() - 1) / 3).distinct().count();
    }

    /** Days between two dates, whichever comes first. */
    public static long daysApart(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b));
    }
}
