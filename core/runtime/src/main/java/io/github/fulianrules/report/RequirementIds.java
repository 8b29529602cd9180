package io.github.fulianrules.report;

import io.github.fulianrules.internal.NaturalOrder;
import java.util.Comparator;

/** Requirement IDs ({@code FL-4.1e}) and their natural order: task, item, letter; {@code DATA} last. */
public final class RequirementIds {
    /** The ID of data findings. */
    public static final String DATA = "DATA";

    /**
     * FL-2.4a before FL-2.10a before FL-4.1e; unknown shapes after, alphabetically; DATA last. Reports
     * sort every finding by it, so it reads the IDs in place: no matcher, no substring.
     */
    public static final Comparator<String> ORDER = RequirementIds::compare;

    private RequirementIds() {
    }

    private static int compare(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        int dotA = dot(a);
        int dotB = dot(b);
        boolean va = dotA > 0;
        boolean vb = dotB > 0;
        if (va && vb) {
            int lettersA = digitsEnd(a, dotA + 1);
            int lettersB = digitsEnd(b, dotB + 1);
            int c = NaturalOrder.compareDigits(a, 3, dotA, b, 3, dotB);
            if (c == 0) {
                c = NaturalOrder.compareDigits(a, dotA + 1, lettersA, b, dotB + 1, lettersB);
            }
            return c != 0 ? c : compareChars(a, lettersA, b, lettersB);
        }
        if (va != vb) {
            return va ? -1 : 1;
        }
        if (DATA.equals(a) != DATA.equals(b)) {
            return DATA.equals(a) ? 1 : -1;
        }
        return a.compareTo(b);
    }

    /** The index of the dot of {@code id} when it has the shape {@code FL-<digits>.<digits><letters a-z>}, else -1. */
    private static int dot(String id) {
        if (!id.startsWith("FL-")) {
            return -1;
        }
        int dot = digitsEnd(id, 3);
        if (dot == 3 || dot == id.length() || id.charAt(dot) != '.') {
            return -1;
        }
        int letters = digitsEnd(id, dot + 1);
        if (letters == dot + 1 || letters == id.length()) {
            return -1;
        }
        for (int i = letters; i < id.length(); i++) {
            if (id.charAt(i) < 'a' || id.charAt(i) > 'z') {
                return -1;
            }
        }
        return dot;
    }

    /** Where the run of digits 0-9 of {@code s} from {@code from} ends. */
    private static int digitsEnd(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** The tails of {@code a} and {@code b} from the given indices, as {@link String#compareTo} orders them. */
    private static int compareChars(String a, int fromA, String b, int fromB) {
        int n = Math.min(a.length() - fromA, b.length() - fromB);
        for (int i = 0; i < n; i++) {
            if (a.charAt(fromA + i) != b.charAt(fromB + i)) {
                return a.charAt(fromA + i) - b.charAt(fromB + i);
            }
        }
        return (a.length() - fromA) - (b.length() - fromB);
    }

    /** Whether {@code id} has the shape of a requirement ID. */
    public static boolean isWellFormed(String id) {
        return id != null && dot(id) > 0;
    }
}
