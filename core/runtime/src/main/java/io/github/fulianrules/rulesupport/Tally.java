package io.github.fulianrules.rulesupport;

/**
 * A derived count about one subject, e.g. how many part-time vice-chairs a federation has
 * ({@code key == "PART_TIME_VICE_CHAIR"}) or how many of its executive members are outstanding
 * representatives ({@code key == "EXECUTIVE_MEMBER.outstanding"}). Derived-fact rules insert
 * tallies logically, so they follow the facts they count.
 *
 * @param subjectId what is counted about
 * @param key       what is counted
 * @param value     the count
 */
public record Tally(String subjectId, String key, long value) {
    /** Checks what a rule gives (see {@link Limits}); an {@link IllegalArgumentException} otherwise. */
    public Tally {
        Limits.required("a Tally", "a subjectId", subjectId);
        Limits.required("a Tally", "a key", key);
        Limits.count("a Tally", "the value", value);
    }
}
