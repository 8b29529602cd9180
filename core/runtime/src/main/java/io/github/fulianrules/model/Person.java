package io.github.fulianrules.model;

import java.util.List;

/**
 * A person who holds one or more {@link Position positions}.
 *
 * <p>The fields are what the checks read: gender; whether the person is an outstanding
 * representative of working women or intellectual women (各族各界、各行各业劳动妇女和知识女性中的优秀代表,
 * 二(二)1); the federation whose place's party or government leadership team (党政领导班子) the
 * person sits on (二(四)1); the community whose "two committees" (两委: party organization
 * committee or residents' committee) the person sits on (二(四)2); and the civil-service rank and
 * whether it is a substantive post (实职).
 *
 * <p>The name is personal data: the engine never logs it at INFO.
 *
 * @param id                        unique identifier
 * @param name                      the person's name (personal data)
 * @param gender                    gender, or {@code null} when unknown (a data finding where it matters)
 * @param outstandingRepresentative an outstanding representative in the sense of 二(二)1
 * @param leadershipTeamOf          id of the federation whose same-level party or government leadership team the person sits on, or {@code null}
 * @param twoCommitteesOf           id of the community federation whose "two committees" the person sits on, or {@code null}
 * @param rank                      civil-service rank, {@code NONE} when not a civil servant, {@code null} when
 *                                  not recorded (Revision 3: unknown, not {@code NONE})
 * @param substantiveRank           the rank is held as a substantive post (实职), not as a treatment grade;
 *                                  {@code null} when not recorded
 */
public record Person(String id, String name, Gender gender, boolean outstandingRepresentative,
                     String leadershipTeamOf, String twoCommitteesOf, Rank rank, Boolean substantiveRank) implements Identified, Referencing {
    public Person {
        Checks.required(id, "id");
    }

    /**
     * The record without the name, which is personal data: facts end up in exception messages and
     * in Drools' own log lines, and a host's logs are no place for names.
     */
    @Override
    public String toString() {
        return "Person[id=" + id + ", name=" + (name == null ? "null" : "(not shown)") + ", gender=" + gender
                + ", outstandingRepresentative=" + outstandingRepresentative + ", leadershipTeamOf=" + leadershipTeamOf
                + ", twoCommitteesOf=" + twoCommitteesOf + ", rank=" + rank + ", substantiveRank=" + substantiveRank + "]";
    }

    /** A woman with nothing else recorded. */
    public static Person woman(String id) {
        return new Person(id, id, Gender.FEMALE, false, null, null, Rank.NONE, false);
    }

    /** A man with nothing else recorded. */
    public static Person man(String id) {
        return new Person(id, id, Gender.MALE, false, null, null, Rank.NONE, false);
    }

    public Person asOutstandingRepresentative() {
        return new Person(id, name, gender, true, leadershipTeamOf, twoCommitteesOf, rank, substantiveRank);
    }

    public Person inLeadershipTeamOf(String federationId) {
        return new Person(id, name, gender, outstandingRepresentative, federationId, twoCommitteesOf, rank, substantiveRank);
    }

    public Person onTwoCommitteesOf(String communityId) {
        return new Person(id, name, gender, outstandingRepresentative, leadershipTeamOf, communityId, rank, substantiveRank);
    }

    public Person withRank(Rank newRank, Boolean substantive) {
        return new Person(id, name, gender, outstandingRepresentative, leadershipTeamOf, twoCommitteesOf, newRank, substantive);
    }

    /** Whether the person is a woman; {@code false} when the gender is unknown. */
    public boolean isWoman() {
        return gender == Gender.FEMALE;
    }

    @Override
    public List<Ref> references() {
        return Refs.of("leadershipTeamOf", leadershipTeamOf, Federation.class,
                "twoCommitteesOf", twoCommitteesOf, Federation.class);
    }
}
