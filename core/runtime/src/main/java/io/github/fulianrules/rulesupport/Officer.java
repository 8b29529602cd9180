package io.github.fulianrules.rulesupport;

import io.github.fulianrules.model.Role;

/**
 * A person counted in an office of a federation: chair, full-time or part-time vice-chair. Derived
 * from her {@link io.github.fulianrules.model.Position position} unless she holds two of these
 * offices in the same federation ({@link RoleConflict}): then she counts in neither, and the rules
 * that count or judge officers read these facts, not the positions.
 *
 * @param personId     the person
 * @param federationId the federation
 * @param role         the office, one for which {@link Role#isOfficer()} holds
 */
public record Officer(String personId, String federationId, Role role) {
}
