package io.github.fulianrules.report;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Requirement IDs ({@code FL-4.1e}) and their natural order: task, item, letter; {@code DATA} last. */
public final class RequirementIds {
    /** The ID of data findings. */
    public static final String DATA = "DATA";

    private static final Pattern ID = Pattern.compile("FL-(\\d+)\\.(\\d+)([a-z]+)");

    /** FL-2.4a before FL-2.10a before FL-4.1e; unknown shapes after, alphabetically; DATA last. */
    public static final Comparator<String> ORDER = (a, b) -> {
        Matcher ma = ID.matcher(a);
        Matcher mb = ID.matcher(b);
        boolean va = ma.matches();
        boolean vb = mb.matches();
        if (va && vb) {
            int c = compareNumbers(ma.group(1), mb.group(1));
            if (c == 0) {
                c = compareNumbers(ma.group(2), mb.group(2));
            }
            return c != 0 ? c : ma.group(3).compareTo(mb.group(3));
        }
        if (va != vb) {
            return va ? -1 : 1;
        }
        if (DATA.equals(a) != DATA.equals(b)) {
            return DATA.equals(a) ? 1 : -1;
        }
        return a.compareTo(b);
    };

    private RequirementIds() {
    }

    /** Two runs of digits by their value, however long (a catalogue may hold FL-99999999999.1a). */
    private static int compareNumbers(String a, String b) {
        String x = a.replaceFirst("^0+(?=.)", "");
        String y = b.replaceFirst("^0+(?=.)", "");
        return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }

    /** Whether {@code id} has the shape of a requirement ID. */
    public static boolean isWellFormed(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
