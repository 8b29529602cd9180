package io.github.fulianrules.rulesupport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Helpers for rules that name what is missing, in a fixed order so that findings are deterministic. */
public final class Missing {
    private Missing() {
    }

    /** The {@code expected} items not in {@code present}, in the order given. */
    public static List<String> of(Collection<?> present, Object... expected) {
        List<String> missing = new ArrayList<>();
        for (Object e : expected) {
            if (!present.contains(e)) {
                missing.add(String.valueOf(e));
            }
        }
        return missing;
    }

    /** The names whose flag is false: {@code flags(new String[]{"A","B"}, true, false)} is {@code [B]}. */
    public static List<String> flags(String[] names, boolean... present) {
        if (names.length != present.length) {
            throw new IllegalArgumentException(names.length + " names but " + present.length + " flags");
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (!present[i]) {
                missing.add(names[i]);
            }
        }
        return missing;
    }

    /**
     * The names whose flag is {@code false}, leaving out those not recorded ({@code null}): what is
     * certainly missing (Revision 3: unknown is not "no").
     */
    public static List<String> no(List<String> names, Boolean... flags) {
        return pick(names, flags, Boolean.FALSE);
    }

    /** The names whose flag is {@code null}: not recorded. */
    public static List<String> notRecorded(List<String> names, Boolean... flags) {
        return pick(names, flags, null);
    }

    /**
     * Whether a list of flags decides a check that needs all of them: something is certainly missing,
     * or nothing is unknown.
     */
    public static boolean decided(List<String> names, Boolean... flags) {
        return !no(names, flags).isEmpty() || notRecorded(names, flags).isEmpty();
    }

    /**
     * A flag from counts: {@code true} when something is {@code found}, unknown ({@code null}) when
     * nothing is but {@code maybe} records might be it, else {@code false}.
     */
    public static Boolean flag(long found, long maybe) {
        return found > 0 ? Boolean.TRUE : maybe > 0 ? null : Boolean.FALSE;
    }

    /** {@code true} when {@code value} is recorded, {@code null} when not: a flag for {@link #notRecorded}. */
    public static Boolean recorded(Object value) {
        return value == null ? null : Boolean.TRUE;
    }

    /**
     * The details of a check of a federation's office held by {@code counted} people: {@code noneToken}
     * (e.g. {@code NO_CHAIR}) when nobody holds it, {@code CONFLICTED} when the only people recorded in
     * it hold another office too and count in neither (Revision 3: never "no chair" of a federation
     * that records one), else none.
     */
    public static List<String> none(long counted, long conflicted, String noneToken) {
        return counted > 0 ? List.of() : conflicted > 0 ? conflicted(conflicted) : List.of(noneToken);
    }

    /**
     * {@code CONFLICTED} when {@code conflicted} people recorded in an office beside another of the
     * federation were left out of a count decided anyway, for the message that says so; else none.
     */
    public static List<String> conflicted(long conflicted) {
        return conflicted > 0 ? List.of("CONFLICTED") : List.of();
    }

    private static List<String> pick(List<String> names, Boolean[] flags, Boolean wanted) {
        if (names.size() != flags.length) {
            throw new IllegalArgumentException(names.size() + " names but " + flags.length + " flags");
        }
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < flags.length; i++) {
            if (java.util.Objects.equals(flags[i], wanted)) {
                picked.add(names.get(i));
            }
        }
        return picked;
    }

    /**
     * Whether dated records of {@code kind} are a regular practice (常态化): none is {@code kind}
     * itself; fewer than {@code min} is {@code kind_TOO_FEW}; where more than one is asked, all in one
     * calendar quarter is {@code kind_ONE_QUARTER} (a campaign, not a practice); else nothing missing.
     */
    public static List<String> regular(String kind, Collection<?> dates, long min) {
        if (dates.isEmpty()) {
            return List.of(kind);
        }
        if (dates.size() < min) {
            return List.of(kind + "_TOO_FEW");
        }
        return min > 1 && Dates.quarters(dates) == 1 ? List.of(kind + "_ONE_QUARTER") : List.of();
    }

    /** {@code first} then {@code second}, in one list. */
    public static List<String> both(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** The items as sorted strings, for lists of ids. */
    public static List<String> sorted(Collection<?> items) {
        return items.stream().map(String::valueOf).sorted().distinct().collect(Collectors.toList());
    }
}
