package io.github.fulianrules.compare;

import io.github.fulianrules.report.Finding;

/**
 * A subject whose outcome on one requirement changes with the parameters: it fails under the
 * changed values and did not before, or the other way round.
 *
 * @param requirementId the requirement
 * @param subjectId     the subject
 * @param name          its display name, or its id when it has none (people always by id)
 * @param subjectType   its kind, e.g. {@code COMMUNITY_FEDERATION}
 * @param federationId  the federation whose area it lies in
 * @param newlyFailing  {@code true}: fails only under the changed values; {@code false}: passes only under them
 * @param finding       the finding it has under the values it fails with
 */
public record SubjectChange(String requirementId, String subjectId, String name, String subjectType, String federationId,
                            boolean newlyFailing, Finding finding) {
}
