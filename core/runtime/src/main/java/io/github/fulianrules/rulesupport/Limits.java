package io.github.fulianrules.rulesupport;

import java.util.List;

/**
 * What rule code may give the rule-support types, checked where it gives it: a fact a rule
 * inserts is refused at once with an {@link IllegalArgumentException} that says what is wrong, so
 * the engine fails that rule by name (a {@code RuleFailureException}) instead of failing later, in
 * a report, on a {@code null}, a number beyond {@code long} or a text of a gigabyte.
 */
public final class Limits {
    /**
     * The most characters of one text a rule gives (an id, a code, a measured value, a detail), and
     * of all the named items of one outcome together: as long as a string of the input may be.
     */
    public static final int MAX_TEXT = 1_000_000;
    /** The most named items behind one outcome. */
    public static final int MAX_ITEMS = 100_000;
    /** The largest count a rule may give the factories of {@link Assessment}, or report in a share, in either sign: a trillion. */
    public static final long MAX_COUNT = 1_000_000_000_000L;
    /** The largest percentage or per-mille a rule may ask for. */
    public static final long MAX_RATE = 1_000_000L;

    private Limits() {
    }

    /** {@code value}, which must not be {@code null} and at most {@link #MAX_TEXT} characters long. */
    static String required(String type, String what, String value) {
        if (value == null) {
            throw new IllegalArgumentException(type + " needs " + what + ", not null");
        }
        return text(type, what, value);
    }

    /** {@code value}, {@code null} or at most {@link #MAX_TEXT} characters long. */
    static String text(String type, String what, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            throw new IllegalArgumentException(type + ": " + what + " has " + value.length()
                    + " characters, more than " + MAX_TEXT);
        }
        return value;
    }

    /** {@code value}, which must not be {@code null}. */
    static <T> T present(String type, String what, T value) {
        if (value == null) {
            throw new IllegalArgumentException(type + " needs " + what + ", not null");
        }
        return value;
    }

    /** {@code items} copied, at most {@link #MAX_ITEMS} of them, none {@code null}, {@link #MAX_TEXT} characters together; empty for {@code null}. */
    static List<String> items(String type, String what, List<String> items) {
        if (items == null) {
            return List.of();
        }
        if (items.size() > MAX_ITEMS) {
            throw new IllegalArgumentException(type + ": " + what + " has " + items.size() + " items, more than " + MAX_ITEMS);
        }
        long characters = 0;
        for (String item : items) {
            characters += required(type, "each of " + what, item).length();
        }
        if (characters > MAX_TEXT) {
            throw new IllegalArgumentException(type + ": " + what + " have " + characters + " characters together, more than "
                    + MAX_TEXT);
        }
        return List.copyOf(items);
    }

    /** {@code value}, at most {@code max} in either sign. */
    static long within(String type, String what, long value, long max) {
        if (value > max || value < -max) {
            throw new IllegalArgumentException(type + ": " + what + " " + value + " is beyond ±" + max);
        }
        return value;
    }

    /** {@code value}, a count of at most {@link #MAX_COUNT} in either sign. */
    static long count(String type, String what, long value) {
        return within(type, what, value, MAX_COUNT);
    }

    /** {@code value}, a rate of at most {@link #MAX_RATE} in either sign. */
    static long rate(String type, String what, long value) {
        return within(type, what, value, MAX_RATE);
    }

    /**
     * Checks the numbers of a share as a report reads them back ({@code k/n} measured, {@code p%}
     * required): each a count, or a rate, that the arithmetic of a report holds without overflow.
     */
    static void shareText(String type, String measured, String required) {
        int slash = measured.indexOf('/');
        if (slash > 0 && digits(measured, 0, slash) && digits(measured, slash + 1, measured.length())) {
            number(type, "the measured qualifying count", measured.substring(0, slash), MAX_COUNT);
            number(type, "the measured total", measured.substring(slash + 1), MAX_COUNT);
        }
        if (required.endsWith("%") && digits(required, 0, required.length() - 1)) {
            number(type, "the required percentage", required.substring(0, required.length() - 1), MAX_RATE);
        }
    }

    private static boolean digits(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static void number(String type, String what, String digits, long max) {
        int zeros = 0;
        while (zeros < digits.length() - 1 && digits.charAt(zeros) == '0') {
            zeros++;
        }
        String plain = digits.substring(zeros);
        if (plain.length() > 18 || Long.parseLong(plain) > max) {
            throw new IllegalArgumentException(type + ": " + what + " " + (plain.length() > 30 ? plain.substring(0, 30) + "…" : plain)
                    + " is beyond " + max);
        }
    }
}
