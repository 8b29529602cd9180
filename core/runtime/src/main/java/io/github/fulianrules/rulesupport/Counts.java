package io.github.fulianrules.rulesupport;

import io.github.fulianrules.model.Activity;
import io.github.fulianrules.model.ActivityType;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.model.Role;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Counts by kind over what one accumulate collected: the derived-fact rules collect a federation's
 * positions (or activities) once and count each role (or type) from the list, rather than running
 * one accumulate per federation and role.
 */
public final class Counts {
    private Counts() {
    }

    /**
     * The people in {@code role} among {@code holders}, {@link Position}s or {@link Officer}s: people,
     * not records, so that a position listed twice counts once.
     */
    public static int people(Collection<?> holders, Role role) {
        Set<String> people = new HashSet<>();
        for (Object h : holders) {
            if (h instanceof Position p && p.role() == role) {
                people.add(p.personId());
            } else if (h instanceof Officer o && o.role() == role) {
                people.add(o.personId());
            }
        }
        return people.size();
    }

    /**
     * The people among {@code conflicts} ({@link RoleConflict}s) recorded in {@code role} beside another
     * office of the same federation: they count in neither office, so a count of {@code role} may be
     * short of them (Revision 3: a check they could tip is not decided).
     */
    public static int conflicted(Collection<?> conflicts, Role role) {
        Set<String> people = new HashSet<>();
        for (Object c : conflicts) {
            if (c instanceof RoleConflict rc && rc.roles().contains(role)) {
                people.add(rc.personId());
            }
        }
        return people.size();
    }

    /** The {@link Activity activities} of {@code type} among {@code activities}. */
    public static int activities(Collection<?> activities, ActivityType type) {
        int n = 0;
        for (Object a : activities) {
            if (a instanceof Activity activity && activity.type() == type) {
                n++;
            }
        }
        return n;
    }
}
