package io.github.fulianrules.rulesupport;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of checking one requirement on one subject, met or not, with what was measured
 * and what was required. A rule inserts one assessment per subject it checks; unmet assessments
 * become findings, and all of them make the scorecard and the explanations.
 *
 * <p>The factory methods hold the arithmetic the catalogue fixes, so that every rule compares
 * the same way: {@link #atLeast} for floors, {@link #share} for shares compared exactly in
 * integers (100·k ≥ p·N), {@link #perMille} for floors rounded up from a population, and
 * {@link #allPresent} for lists such as the seven haves.
 *
 * @param requirementId e.g. {@code FL-2.4a}
 * @param subjectId     the subject checked
 * @param subjectType   its kind
 * @param met           whether the requirement is met
 * @param measured      what was found, e.g. {@code 3}
 * @param required      what is required, e.g. {@code 4}
 * @param gap           how much is missing, e.g. {@code 1}; {@code 0} when met
 * @param details       named items behind the outcome, e.g. the missing haves; message tokens
 */
public record Assessment(String requirementId, String subjectId, SubjectType subjectType, boolean met,
                         String measured, String required, long gap, List<String> details) {
    /**
     * Checks what a rule gives (see {@link Limits}): the ids, the subject type, the measured and
     * required values present and at most {@link Limits#MAX_TEXT} characters (a share's numbers
     * within what a report computes with), the gap not negative, at most {@link Limits#MAX_ITEMS} details; an {@link IllegalArgumentException} otherwise.
     */
    public Assessment {
        Limits.required(TYPE, "a requirementId", requirementId);
        Limits.required(TYPE, "a subjectId", subjectId);
        Limits.present(TYPE, "a subjectType", subjectType);
        Limits.required(TYPE, "a measured value", measured);
        Limits.required(TYPE, "a required value", required);
        Limits.shareText(TYPE, measured, required);
        if (gap < 0) {
            throw new IllegalArgumentException(TYPE + ": the gap " + gap + " is negative");
        }
        details = Limits.items(TYPE, "the details", details);
    }

    private static final String TYPE = "an Assessment";

    /** Met when {@code measured ≥ min}; the gap is how many more are needed. */
    public static Assessment atLeast(String requirementId, String subjectId, SubjectType type,
                                     long measured, long min) {
        Limits.count(TYPE, "the measured count", measured);
        Limits.count(TYPE, "the minimum", min);
        return new Assessment(requirementId, subjectId, type, measured >= min,
                Long.toString(measured), Long.toString(min), Math.max(0, min - measured), List.of());
    }

    /** Same as {@link #atLeast} with named items behind the outcome, e.g. a variant of the message ({@code CONFLICTED}). */
    public static Assessment atLeast(String requirementId, String subjectId, SubjectType type,
                                     long measured, long min, Collection<?> details) {
        return new Assessment(requirementId, subjectId, type, measured >= min, Long.toString(measured),
                Long.toString(min), Math.max(0, min - measured), details.stream().map(String::valueOf).collect(Collectors.toList()));
    }

    /**
     * Met when {@code qualifying} of {@code total} members reach {@code percent}%, compared in
     * integers: {@code 100·qualifying ≥ percent·total}. The gap is how many more of the members
     * would have to qualify. Not for an empty body: that is a data issue.
     */
    public static Assessment share(String requirementId, String subjectId, SubjectType type,
                                   long qualifying, long total, long percent) {
        Limits.count(TYPE, "the qualifying count", qualifying);
        Limits.count(TYPE, "the total", total);
        Limits.rate(TYPE, "the percentage", percent);
        long deficit = percent * total - 100 * qualifying;
        long gap = deficit <= 0 ? 0 : (deficit + 99) / 100;
        return new Assessment(requirementId, subjectId, type, deficit <= 0,
                qualifying + "/" + total, percent + "%", gap, List.of());
    }

    /**
     * Whether a share can be judged when {@code undecided} of the {@code total} members may or may
     * not qualify (a member without a person record, an outstanding member of unknown gender): it
     * can when it is met without them or missed even with all of them. Unknown is not "no".
     */
    public static boolean shareDecided(long qualifying, long undecided, long total, long percent) {
        return 100 * qualifying >= percent * total || 100 * (qualifying + undecided) < percent * total;
    }

    /**
     * Met when {@code measured ≥ ⌈population × perMille / 1000⌉}: 30,001 women at 1‰ need 31. The
     * details name the population, for the message.
     */
    public static Assessment perMille(String requirementId, String subjectId, SubjectType type,
                                      long measured, long population, long perMille) {
        Limits.count(TYPE, "the measured count", measured);
        Limits.count(TYPE, "the population", population);
        Limits.rate(TYPE, "the per-mille", perMille);
        long min = ceilDiv(population * perMille, 1000);
        return new Assessment(requirementId, subjectId, type, measured >= min, Long.toString(measured),
                Long.toString(min), Math.max(0, min - measured), List.of(Long.toString(population)));
    }

    /**
     * Met when there are at least {@code min} records and, where more than one is asked, they do not
     * all fall in one calendar quarter ("常态化": a regular practice, not a single campaign). Several
     * records all in one quarter are named in the details ({@code ONE_QUARTER}; one record is short,
     * not "all in one quarter", Revision 3); the gap is how many more records are needed, at least one
     * in another quarter.
     */
    public static Assessment spread(String requirementId, String subjectId, SubjectType type,
                                    long count, long quarters, long min) {
        Limits.count(TYPE, "the count", count);
        Limits.count(TYPE, "the minimum", min);
        boolean oneQuarter = min > 1 && count > 1 && quarters == 1;
        long gap = Math.max(min - count, oneQuarter ? 1 : 0);
        return new Assessment(requirementId, subjectId, type, gap == 0, Long.toString(count), Long.toString(min),
                gap, oneQuarter ? List.of("ONE_QUARTER") : List.of());
    }

    /** Met when nothing is missing; the details name what is. */
    public static Assessment allPresent(String requirementId, String subjectId, SubjectType type,
                                        Collection<?> missing, int expected) {
        Limits.present(TYPE, "what is missing", missing);
        List<String> names = missing.stream().map(String::valueOf).collect(Collectors.toList());
        return new Assessment(requirementId, subjectId, type, names.isEmpty(),
                Integer.toString(expected - names.size()), Integer.toString(expected), names.size(), names);
    }

    /** Met or not as a plain condition, with the given measured and required words. */
    public static Assessment holds(String requirementId, String subjectId, SubjectType type,
                                   boolean met, String measured, String required) {
        return new Assessment(requirementId, subjectId, type, met, measured, required, met ? 0 : 1, List.of());
    }

    /** Same as {@link #holds} with named items behind the outcome. */
    public static Assessment holds(String requirementId, String subjectId, SubjectType type,
                                   boolean met, String measured, String required, Collection<?> details) {
        Limits.present(TYPE, "the details", details);
        List<String> names = details.stream().map(String::valueOf).collect(Collectors.toList());
        return new Assessment(requirementId, subjectId, type, met, measured, required,
                met ? 0 : Math.max(1, names.size()), names);
    }

    /** {@code ⌈a / b⌉} for non-negative {@code a} and positive {@code b}. */
    public static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
