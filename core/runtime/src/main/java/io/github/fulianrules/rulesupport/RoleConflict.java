package io.github.fulianrules.rulesupport;

import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One person recorded in two or more offices of the same federation (chair and vice-chair, or
 * full-time and part-time vice-chair), which cannot both be counted: a {@code CONFLICTING_ROLES}
 * data finding, and the person counts in none of these offices.
 *
 * <p>The fact carries the person's record, joined once where it is derived, so that the rules asking
 * whether the person might have qualified read it without joining every person record again (as
 * {@link Officer} does). Should two person records share the id, there is one fact per record.
 *
 * @param personId     the person
 * @param federationId the federation
 * @param roles        the offices, in the order of {@link Role}
 * @param person       the person's record, {@code null} when she has none
 */
public record RoleConflict(String personId, String federationId, List<Role> roles, Person person) {
    public RoleConflict {
        roles = roles.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(roles));
    }

    /** A conflict of a person without a record. */
    public RoleConflict(String personId, String federationId, List<Role> roles) {
        this(personId, federationId, roles, null);
    }

    /** A conflict among {@code roles}, given in any order (e.g. the set a rule collected), of a person without a record. */
    public RoleConflict(String personId, String federationId, Set<?> roles) {
        this(personId, federationId, roles, null);
    }

    /** A conflict among {@code roles}, given in any order, of the person recorded as {@code person} ({@code null} for none). */
    public RoleConflict(String personId, String federationId, Set<?> roles, Person person) {
        this(personId, federationId, roles.stream().map(Role.class::cast).toList(), person);
    }

    /** The offices' names, for the data finding. */
    public List<String> roleNames() {
        return roles.stream().map(Role::name).toList();
    }
}
