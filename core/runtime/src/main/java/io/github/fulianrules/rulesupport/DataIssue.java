package io.github.fulianrules.rulesupport;

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
 */
public record DataIssue(String code, String subjectId, SubjectType subjectType, String field, String detail) {
}
