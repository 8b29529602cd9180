package io.github.fulianrules.rulesupport;

import io.github.fulianrules.model.Gender;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Rank;
import io.github.fulianrules.model.Role;

/**
 * A person counted in an office of a federation: chair, full-time or part-time vice-chair. Derived
 * from her {@link io.github.fulianrules.model.Position position} unless she holds two of these
 * offices in the same federation ({@link RoleConflict}): then she counts in neither, and the rules
 * that count or judge officers read these facts, not the positions.
 *
 * <p>The fact carries what the requirement rules read of the officer's {@link Person person record}
 * (not the name), so that they match one fact instead of joining the person again; the record is
 * joined once, where the fact is derived. An officer whose person has no record
 * ({@code personRecorded} false) has every person field {@code null}: unknown, never "no". Should two
 * person records share the id (a {@code DUPLICATE_ID} finding), there is one fact per record.
 *
 * @param personId         the person
 * @param federationId     the federation
 * @param role             the office, one for which {@link Role#isOfficer()} holds
 * @param personRecorded   the person has a record; when false, the fields below are {@code null}
 * @param gender           the person's {@link Person#gender() gender}, {@code null} when unknown
 * @param leadershipTeamOf the person's {@link Person#leadershipTeamOf() leadershipTeamOf}
 * @param twoCommitteesOf  the person's {@link Person#twoCommitteesOf() twoCommitteesOf}
 * @param rank             the person's {@link Person#rank() rank}, {@code null} when not recorded
 * @param substantiveRank  the person's {@link Person#substantiveRank() substantiveRank}, {@code null} when not recorded
 */
public record Officer(String personId, String federationId, Role role, boolean personRecorded, Gender gender,
                      String leadershipTeamOf, String twoCommitteesOf, Rank rank, Boolean substantiveRank) {

    /** An officer whose person has no record. */
    public Officer(String personId, String federationId, Role role) {
        this(personId, federationId, role, false, null, null, null, null, null);
    }

    /** An officer with what the rules read of her person record {@code person}. */
    public Officer(String personId, String federationId, Role role, Person person) {
        this(personId, federationId, role, true, person.gender(), person.leadershipTeamOf(), person.twoCommitteesOf(),
                person.rank(), person.substantiveRank());
    }
}
