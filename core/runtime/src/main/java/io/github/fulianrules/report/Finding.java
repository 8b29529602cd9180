package io.github.fulianrules.report;

import java.util.Comparator;
import java.util.List;

/**
 * A violation, warning, recommendation or data issue: one requirement not met by one subject,
 * with the clause that demands it, what was measured, what is required, and what to do next.
 *
 * <p>Example: {@code FL-2.4a} on {@code district} — measured {@code 3}, required {@code 4},
 * remedy "还需增补 1 名兼职副主席" / "1 more part-time vice-chair needed".
 *
 * @param requirementId the catalogue ID, or {@code DATA}
 * @param code          for data findings, what is wrong (e.g. {@code UNKNOWN_REFERENCE}); else {@code null}
 * @param clause        the plan's clause, e.g. {@code 二(二)4}; {@code null} for data findings
 * @param strength      how firmly the plan words it
 * @param kind          violation, warning, recommendation or data
 * @param subjectId     the subject, e.g. a federation's id
 * @param subjectType   the subject's kind
 * @param waived        an approved waiver exempts the subject (the finding is still reported)
 * @param waiverReason  the waiver's reason and approver when waived, else {@code null}
 * @param measured      what was found, e.g. {@code 3} or {@code 12/20}
 * @param required      what is required, e.g. {@code 4} or {@code 40%}
 * @param gap           how much is missing, e.g. {@code 1}
 * @param details       named items behind the finding (the missing haves, the delegates without contact)
 * @param message       what is wrong, zh-CN and en
 * @param remedy        what to do next, zh-CN and en
 * @param location      where in the input the subject was read (file and line), or {@code null}
 */
public record Finding(String requirementId, String code, String clause, Strength strength, Kind kind,
                      String subjectId, String subjectType, boolean waived, String waiverReason,
                      String measured, String required, long gap, List<String> details,
                      Text message, Text remedy, String location) {
    public Finding {
        details = details == null ? List.of() : List.copyOf(details);
    }

    /**
     * The report's order: by requirement ID (numerically by task), then subject, then code; ties
     * (two data findings of one code on one subject) by details, measured, required and message,
     * so that the order never depends on the order of the facts.
     */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::requirementId, RequirementIds.ORDER)
            .thenComparing(Finding::subjectId)
            .thenComparing(f -> f.code() == null ? "" : f.code())
            .thenComparing(f -> String.join(",", f.details()))
            .thenComparing(f -> f.measured() == null ? "" : f.measured())
            .thenComparing(f -> f.required() == null ? "" : f.required())
            .thenComparing(f -> f.message() == null ? "" : f.message().en());

    /** Whether this finding counts as a violation for exit codes and summaries: a violation not waived. */
    public boolean isOpenViolation() {
        return kind == Kind.VIOLATION && !waived;
    }
}
