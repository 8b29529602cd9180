package io.github.fulianrules.examples.baseline;

import io.github.fulianrules.report.Finding;
import io.github.fulianrules.report.Kind;
import java.util.Comparator;
import java.util.List;

/**
 * What a finding says, without its wording: requirement (or {@code DATA} and its code), subject,
 * kind, waiver, measured, required, gap and the named items. Two checkers agree on a district when
 * they give the same outcomes; the messages are filled in from the same catalogue either way.
 */
public record Outcome(String requirementId, String code, String subjectId, String subjectType, Kind kind,
                      boolean waived, String waiverReason, String measured, String required, long gap,
                      List<String> details) {
    public Outcome {
        details = List.copyOf(details);
    }

    /** The outcome a finding of the engine states. */
    public static Outcome of(Finding f) {
        return new Outcome(f.requirementId(), f.code(), f.subjectId(), f.subjectType(), f.kind(), f.waived(),
                f.waiverReason(), f.measured(), f.required(), f.gap(), f.details());
    }

    /** A total order (requirement, subject, code, named items, measured, required, type), so that equal lists compare equal. */
    public static final Comparator<Outcome> ORDER = Comparator.comparing(Outcome::requirementId)
            .thenComparing(Outcome::subjectId)
            .thenComparing(o -> o.code() == null ? "" : o.code())
            .thenComparing(o -> String.join(",", o.details()))
            .thenComparing(o -> o.measured() == null ? "" : o.measured())
            .thenComparing(o -> o.required() == null ? "" : o.required())
            .thenComparing(Outcome::subjectType);
}
