package io.github.fulianrules.internal;

import io.github.fulianrules.model.Identified;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.model.Role;
import io.github.fulianrules.rulesupport.SharedId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The records of one session by id, and the {@link SharedId} fact of each id that two or more of
 * them share, kept in step with the records inserted, updated and retracted. A position's id is its
 * person, federation and role ({@link Position#key()}): two such positions are the same position
 * recorded twice. Records are told apart by identity: two equal records are two records, as they
 * are to the rules.
 */
public final class SharedIds {
    /** A key's record, or the list of its two or more records. */
    private final Map<Object, Object> byKey;
    private final Map<Object, FactHandle> facts = new HashMap<>();

    /** For a session of about {@code expectedRecords} records (0 when not known): its map made that large at once. */
    public SharedIds(int expectedRecords) {
        byKey = new HashMap<>(Math.max(16, expectedRecords * 4 / 3 + 1));
    }

    /** What tells a position from another: its three fields, any of them null. */
    private record PositionKey(String personId, String federationId, Role role) {
    }

    /** The key of {@code record}: an id, a {@link PositionKey}, or null for a record of no other kind. */
    private static Object keyOf(Object record) {
        if (record instanceof Identified r) {
            return r.id();
        }
        return record instanceof Position p ? new PositionKey(p.personId(), p.federationId(), p.role()) : null;
    }

    /** {@code record}, inserted into {@code session}; false if it was held already (the same instance) or has no key. */
    public boolean added(KieSession session, Object record) {
        Object key = keyOf(record);
        if (key == null) {
            return false;
        }
        Object held = byKey.putIfAbsent(key, record);
        if (held == null) {
            return true;
        }
        if (held == record) {
            return false;
        }
        List<Object> records;
        if (held instanceof SameId list) {
            if (list.containsInstance(record)) {
                return false;
            }
            records = list;
        } else {
            records = new SameId(held);
            byKey.put(key, records);
        }
        records.add(record);
        changed(session, key, records);
        return true;
    }

    /** {@code record}, retracted from {@code session}; false if it was not held. */
    public boolean removed(KieSession session, Object record) {
        Object key = keyOf(record);
        if (key == null) {
            return false;
        }
        Object held = byKey.get(key);
        if (held == record) {
            byKey.remove(key);
            return true;
        }
        if (held instanceof SameId list && list.removeInstance(record)) {
            if (list.size() == 1) {
                byKey.put(key, list.get(0));
            }
            changed(session, key, list);
            return true;
        }
        return false;
    }

    /** Whether any record of {@code id} passes {@code test}. */
    boolean anyWithId(String id, Predicate<Object> test) {
        Object held = byKey.get(id);
        if (held instanceof SameId list) {
            for (Object record : list) {
                if (test.test(record)) {
                    return true;
                }
            }
            return false;
        }
        return held != null && test.test(held);
    }

    private void changed(KieSession session, Object key, List<Object> records) {
        FactHandle handle = facts.get(key);
        if (records.size() < 2) {
            if (handle != null) {
                session.delete(handle);
                facts.remove(key);
            }
            return;
        }
        SharedId shared = new SharedId(key instanceof PositionKey ? ((Position) records.get(0)).key() : (String) key, records);
        if (handle == null) {
            facts.put(key, session.insert(shared));
        } else {
            session.update(handle, shared);
        }
    }

    /** Two or more records of one id, told apart by identity. */
    private static final class SameId extends ArrayList<Object> {
        SameId(Object first) {
            super(4);
            add(first);
        }

        boolean containsInstance(Object record) {
            for (Object o : this) {
                if (o == record) {
                    return true;
                }
            }
            return false;
        }

        boolean removeInstance(Object record) {
            for (int i = 0; i < size(); i++) {
                if (get(i) == record) {
                    remove(i);
                    return true;
                }
            }
            return false;
        }
    }
}
