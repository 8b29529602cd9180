package io.github.fulianrules.internal;

import java.util.Comparator;

/** Ids in the order people expect: {@code sd2} before {@code sd10}; runs of digits compare as numbers. */
public final class NaturalOrder {
    /** The order; {@code null} first. */
    public static final Comparator<String> IDS = Comparator.nullsFirst(NaturalOrder::compare);

    private NaturalOrder() {
    }

    /**
     * The runs of digits {@code a[fromA, toA)} and {@code b[fromB, toB)} by their value, however
     * long: leading zeros don't count (but a run of zeros keeps its last one). No allocation: this
     * runs for every comparison of every sort of a report.
     */
    public static int compareDigits(String a, int fromA, int toA, String b, int fromB, int toB) {
        while (fromA < toA - 1 && a.charAt(fromA) == '0') {
            fromA++;
        }
        while (fromB < toB - 1 && b.charAt(fromB) == '0') {
            fromB++;
        }
        int c = Integer.compare(toA - fromA, toB - fromB);
        for (int k = 0; c == 0 && k < toA - fromA; k++) {
            c = Character.compare(a.charAt(fromA + k), b.charAt(fromB + k));
        }
        return c;
    }

    private static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                int c = compareDigits(a, si, i, b, sj, j);
                if (c != 0) {
                    return c;
                }
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }
}
