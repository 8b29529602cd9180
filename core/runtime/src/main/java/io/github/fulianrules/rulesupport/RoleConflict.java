package io.github.fulianrules.rulesupport;

import io.github.fulianrules.model.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One person recorded in two or more offices of the same federation (chair and vice-chair, or
 * full-time and part-time vice-chair), which cannot both be counted: a {@code CONFLICTING_ROLES}
 * data finding, and the person counts in none of these offices.
 *
 * @param personId     the person
 * @param federationId the federation
 * @param roles        the offices, in the order of {@link Role}
 */
public record RoleConflict(String personId, String federationId, List<Role> roles) {
    public RoleConflict {
        roles = roles.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(roles));
    }

    /** A conflict among {@code roles}, given in any order (e.g. the set a rule collected). */
    public RoleConflict(String personId, String federationId, Set<?> roles) {
        this(personId, federationId, roles.stream().map(Role.class::cast).toList());
    }

    /** The offices' names, for the data finding. */
    public List<String> roleNames() {
        return roles.stream().map(Role::name).toList();
    }
}
