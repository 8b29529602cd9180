package io.github.fulianrules.internal;

import io.github.fulianrules.model.Identified;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.model.Role;
import io.github.fulianrules.rulesupport.SharedId;
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
    private final ByKey<Object, Object> byKey;
    private final Map<Object, FactHandle> facts = new HashMap<>();

    /** For a session of about {@code expectedRecords} records (0 when not known): its map made that large at once. */
    public SharedIds(int expectedRecords) {
        byKey = new ByKey<>(expectedRecords);
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
        int held = key == null ? 0 : byKey.add(key, record);
        if (held >= 2) {
            changed(session, key);
        }
        return held > 0;
    }

    /** {@code record}, retracted from {@code session}; false if it was not held. */
    public boolean removed(KieSession session, Object record) {
        Object key = keyOf(record);
        if (key == null || byKey.remove(key, r -> r == record) == null) {
            return false;
        }
        if (facts.containsKey(key)) {
            changed(session, key);
        }
        return true;
    }

    /** Whether any record of {@code id} passes {@code test}. */
    boolean anyWithId(String id, Predicate<Object> test) {
        return byKey.any(id, test);
    }

    /** Inserts, updates or retracts the {@link SharedId} of {@code key} to follow its records. */
    private void changed(KieSession session, Object key) {
        List<Object> records = byKey.all(key);
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
}
