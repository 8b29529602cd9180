package io.github.fulianrules.compare;

import io.github.fulianrules.model.Level;

/**
 * The changes in one federation's area: its own findings and those of the subjects in it, down
 * to its communities (a sub-district's counts include its communities', as on the scorecard).
 *
 * @param federationId the federation
 * @param name         its display name
 * @param level        district, sub-district or community
 * @param parentId     the federation one level up, {@code null} for a district
 * @param counts       the changes
 */
public record FederationCounts(String federationId, String name, Level level, String parentId, ChangeCounts counts) {
}
