package io.github.fulianrules.examples.baseline;

import io.github.fulianrules.report.Finding;
import io.github.fulianrules.report.Kind;
import java.util.Comparator;
import java.util.List;

/**
 * What a finding says, without its wording: requirement, subject, kind, waiver, measured,
 * required, gap and the named items. Two checkers agree on a district when they give the same
 * outcomes; the messages are filled in from the same catalogue either way.
 */
public record Outcome(String requirementId, String subjectId, String subjectType, Kind kind, boolean waived,
                      String waiverReason, String measured, String required, long gap, List<String> details) {
    public Outcome {
        details = List.copyOf(details);
    }

    /** The outcome a finding of the engine states. */
    public static Outcome of(Finding f) {
        return new Outcome(f.requirementId(), f.subjectId(), f.subjectType(), f.kind(), f.waived(), f.waiverReason(),
                f.measured(), f.required(), f.gap(), f.details());
    }

    /** Report order: by requirement, subject, then the named items. */
    public static final Comparator<Outcome> ORDER = Comparator.comparing(Outcome::requirementId)
            .thenComparing(Outcome::subjectId)
            .thenComparing(o -> String.join(",", o.details()));
}
