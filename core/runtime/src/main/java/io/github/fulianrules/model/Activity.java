package io.github.fulianrules.model;

import java.util.List;

import java.time.LocalDate;

/**
 * A dated record of something done: a report, a training, a delegate's contact, days of research,
 * a pairing with a family in hardship.
 *
 * @param id        unique identifier
 * @param type      what was done
 * @param subjectId who or what did it (see {@link ActivityType} for each type's subject)
 * @param date      when (the start date for multi-day work)
 * @param days      for the types that {@link ActivityType#countsDays() count days}: how many days from
 *                  {@code date} on the work or the pairing occupies, or {@code null} when not recorded
 *                  (then only its first day is certain); {@code null} elsewhere
 */
public record Activity(String id, ActivityType type, String subjectId, LocalDate date, Integer days) implements Identified, Referencing {
    public Activity {
        Checks.required(id, "id");
        Checks.required(type, "type");
        Checks.required(subjectId, "subjectId");
        Checks.required(date, "date");
    }

    /** A one-off activity. */
    public static Activity on(String id, ActivityType type, String subjectId, LocalDate date) {
        return new Activity(id, type, subjectId, date, null);
    }

    @Override
    public List<Ref> references() {
        return Refs.of("subjectId", subjectId, Identified.class);
    }
}
