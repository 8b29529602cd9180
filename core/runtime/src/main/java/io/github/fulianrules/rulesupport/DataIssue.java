package io.github.fulianrules.rulesupport;

import java.util.List;

/**
 * A fact that cannot be judged: a duplicate id, a reference to nothing, a negative count, a
 * missing population where a per-mille floor needs it, an empty body where a share is asked.
 * Reported as a finding with requirement ID {@code DATA} and this code; never a silent pass.
 *
 * @param code        a stable code, e.g. {@code UNKNOWN_REFERENCE}; its message is keyed {@code DATA.<code>}
 * @param subjectId   the record at fault
 * @param subjectType what kind of record it is
 * @param field       the field at fault, or {@code null}
 * @param detail      what was found, e.g. the unknown id
 * @param items       named items behind the issue, e.g. the conflicting offices; the message's {@code {details}}
 */
public record DataIssue(String code, String subjectId, SubjectType subjectType, String field, String detail,
                        List<String> items) {
    /**
     * Checks what a rule gives (see {@link Limits}): the code, the subject and its type present,
     * every text at most {@link Limits#MAX_TEXT} characters, at most {@link Limits#MAX_ITEMS} items;
     * an {@link IllegalArgumentException} otherwise.
     */
    public DataIssue {
        Limits.required(TYPE, "a code", code);
        Limits.required(TYPE, "a subjectId", subjectId);
        Limits.present(TYPE, "a subjectType", subjectType);
        Limits.text(TYPE, "the field", field);
        Limits.text(TYPE, "the detail", detail);
        items = Limits.items(TYPE, "the items", items);
    }

    private static final String TYPE = "a DataIssue";

    /** An issue with no named items. */
    public DataIssue(String code, String subjectId, SubjectType subjectType, String field, String detail) {
        this(code, subjectId, subjectType, field, detail, List.of());
    }
}
