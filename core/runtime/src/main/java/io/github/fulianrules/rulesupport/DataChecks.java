package io.github.fulianrules.rulesupport;

import io.github.fulianrules.model.Activity;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Unit;
import java.util.List;

/** Checks on a record's own values that data-quality rules read. */
public final class DataChecks {
    private DataChecks() {
    }

    /** The fields of {@code record} that hold a count below zero. */
    public static List<String> negativeCounts(Object record) {
        // Asked of every record: nothing is allocated for one without a negative count.
        if (record instanceof Federation f && f.residentWomen() != null && f.residentWomen() < 0) {
            return List.of("residentWomen");
        } else if (record instanceof Unit u && u.women() != null && u.women() < 0) {
            return List.of("women");
        } else if (record instanceof Activity a && a.days() != null && a.days() < 0) {
            return List.of("days");
        }
        return List.of();
    }

    /**
     * Whether {@code a} and {@code b} are two records, not the same one: equal records are equal
     * values, so only their identity tells a copy from the record itself.
     */
    public static boolean twoRecords(Object a, Object b) {
        return a != b;
    }
}
