package io.github.fulianrules.internal;

import io.github.fulianrules.model.Identified;
import io.github.fulianrules.rulesupport.SharedId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The records of one session by id, and the {@link SharedId} fact of each id that two or more of
 * them share, kept in step with the records inserted, updated and retracted. Records are told apart
 * by identity: two equal records are two records, as they are to the rules.
 */
public final class SharedIds {
    /** An id's record, or the list of its two or more records. */
    private final Map<String, Object> byId = new HashMap<>();
    private final Map<String, FactHandle> facts = new HashMap<>();

    /** {@code record}, inserted into {@code session}, if it is an {@link Identified} one. */
    public void added(KieSession session, Object record) {
        if (!(record instanceof Identified r) || r.id() == null) {
            return;
        }
        Object held = byId.putIfAbsent(r.id(), record);
        if (held == null || held == record) {
            return;
        }
        List<Object> records;
        if (held instanceof SameId list) {
            if (list.containsInstance(record)) {
                return;
            }
            records = list;
        } else {
            records = new SameId(held);
            byId.put(r.id(), records);
        }
        records.add(record);
        changed(session, r.id(), records);
    }

    /** {@code record}, retracted from {@code session}. */
    public void removed(KieSession session, Object record) {
        if (!(record instanceof Identified r) || r.id() == null) {
            return;
        }
        Object held = byId.get(r.id());
        if (held == record) {
            byId.remove(r.id());
        } else if (held instanceof SameId list && list.removeInstance(record)) {
            if (list.size() == 1) {
                byId.put(r.id(), list.get(0));
            }
            changed(session, r.id(), list);
        }
    }

    private void changed(KieSession session, String id, List<Object> records) {
        FactHandle handle = facts.get(id);
        if (records.size() < 2) {
            if (handle != null) {
                session.delete(handle);
                facts.remove(id);
            }
        } else if (handle == null) {
            facts.put(id, session.insert(new SharedId(id, records)));
        } else {
            session.update(handle, new SharedId(id, records));
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
