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

    /** The items as sorted strings, for lists of ids. */
    public static List<String> sorted(Collection<?> items) {
        return items.stream().map(String::valueOf).sorted().distinct().collect(Collectors.toList());
    }
}
