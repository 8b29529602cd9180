package io.github.fulianrules.rulesupport;

import io.github.fulianrules.model.Activity;

/**
 * An activity whose subject is a record, but of another kind than its type is recorded against
 * ({@link ActivitySubjects#fits}): a public-welfare activity against the district federation. Kept
 * by the session as records come and go, as {@link UnresolvedReference} is; an activity whose
 * subject is no record at all is an {@code UnresolvedReference} instead.
 *
 * @param activity the activity
 */
public record WrongSubject(Activity activity) {
}
