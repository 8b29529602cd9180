package io.github.fulianrules.internal;

import io.github.fulianrules.model.Activity;
import io.github.fulianrules.model.Identified;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.model.Ref;
import io.github.fulianrules.model.Referencing;
import io.github.fulianrules.model.Role;
import io.github.fulianrules.rulesupport.ActivitySubjects;
import io.github.fulianrules.rulesupport.SharedId;
import io.github.fulianrules.rulesupport.UnresolvedReference;
import io.github.fulianrules.rulesupport.WrongSubject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The records of one session by key, kept in step with the records inserted, updated and retracted,
 * and the facts the rules read of them instead of comparing every record with every other:
 * <ul>
 * <li>a {@link SharedId} per key that two or more records share. A record's key is its id; a
 *     position's is its person, federation and role ({@link Position#key()}): two such positions
 *     are the same position recorded twice. Records are told apart by identity: two equal records
 *     are two records, as they are to the rules;</li>
 * <li>an {@link UnresolvedReference} per reference ({@link Referencing#references()}) that names no
 *     record of its type, and a {@link WrongSubject} per activity against a subject of the wrong
 *     kind. A reference is looked up again only when a record of the id it names comes or goes, and
 *     not before the rules fire ({@link #settle}): records inserted in any order make no fact that
 *     the next one takes back.</li>
 * </ul>
 * One map serves both: a record is hashed once by its key, and a reference keeps the entry of the id
 * it names, so that settling it looks nothing up. A session checked once (one evaluation: every
 * record added before the rules fire, none changed after) keeps no reference: each is looked up
 * once, when the rules first fire.
 */
public final class SessionRecords {
    private final Map<Object, Entry> byKey;
    /** References to look up before the rules fire: new ones, and those of ids whose records changed. */
    private final List<Referral> unsettled;
    /**
     * For a session whose records are all added before the rules first fire and none changes after
     * (one evaluation of a district): the records that make references, looked up once when the rules
     * first fire, without a {@link Referral} kept for each reference; null for a session whose
     * records change.
     */
    private final List<Referencing> referringOnce;
    /** Whether the references of such a session were looked up. */
    private boolean settledOnce;

    /**
     * For a session of about {@code expectedRecords} records (0 when not known): its map made that
     * large at once. {@code once}: the records are all added before the rules first fire and none
     * changes after, so that their references are looked up once and not followed.
     */
    public SessionRecords(int expectedRecords, boolean once) {
        byKey = new HashMap<>(Math.max(16, expectedRecords * 4 / 3 + 1));
        unsettled = new ArrayList<>(once ? 0 : Math.max(10, expectedRecords));
        referringOnce = once ? new ArrayList<>(Math.max(10, expectedRecords)) : null;
    }

    /** What tells a position from another: its three fields, any of them null. */
    private record PositionKey(String personId, String federationId, Role role) {
    }

    /**
     * What one key has: its records, the references naming it, and its {@link SharedId} while two or
     * more records share it. Almost every key has one record and few references, so each is held
     * as itself, and a list ({@link Several}) only for two or more.
     */
    private static final class Entry {
        /** No record (null), one, or {@link Several}. */
        Object records;
        /** No {@link Referral} (null), one, or {@link Several}. */
        Object referrals;
        FactHandle shared;

        boolean isEmpty() {
            return records == null && referrals == null;
        }
    }

    /** Two or more values of one entry's records or referrals, told apart by identity. */
    private static final class Several extends ArrayList<Object> {
        Several(Object first, Object second) {
            super(4);
            add(first);
            add(second);
        }
    }

    /** One reference of one record, the entry of the id it names, and the fact it holds while it is unresolved or wrong. */
    private static final class Referral {
        final Referencing record;
        final Ref ref;
        final Entry named;
        FactHandle fact;
        /** What {@link #fact} says: {@code UnresolvedReference}, {@code WrongSubject}, or null for no fact. */
        Class<?> state;
        /** Whether it waits among the unsettled. */
        boolean queued;
        /** Whether its record was retracted. */
        boolean gone;

        Referral(Referencing record, Ref ref, Entry named) {
            this.record = record;
            this.ref = ref;
            this.named = named;
        }
    }

    /** The key of {@code record}: an id, a {@link PositionKey}, or null for a record of no other kind. */
    private static Object keyOf(Object record) {
        if (record instanceof Identified r) {
            return r.id();
        }
        return record instanceof Position p ? new PositionKey(p.personId(), p.federationId(), p.role()) : null;
    }

    private Entry entry(Object key) {
        return byKey.computeIfAbsent(key, k -> new Entry());
    }

    /** The records of id {@code id} in the session, of every kind (none, one, or those sharing it), as held now. */
    public List<Object> recordsOf(String id) {
        Entry entry = byKey.get(id);
        Object records = entry == null ? null : entry.records;
        if (records instanceof Several several) {
            return Collections.unmodifiableList(several);
        }
        return records == null ? List.of() : List.of(records);
    }

    /** {@code record}, inserted into {@code session}; false if it was held already (the same instance) or has no key. */
    public boolean added(KieSession session, Object record) {
        Object key = keyOf(record);
        if (key == null) {
            return false;
        }
        requireChanges(false);
        Entry entry = entry(key);
        if (holds(entry.records, record)) {
            return false;
        }
        add(session, key, entry, record);
        return true;
    }

    /**
     * {@code record}, about to be inserted into {@code session}, or, when the session holds that
     * instance already, a copy of it made by {@code copy}: what the caller inserts. A record listed
     * twice in a district is two records to the rules, as two equal records read from a file are
     * (the engine holds an instance once); the key told, no other set of every record is needed.
     */
    public Object adding(KieSession session, Object record, UnaryOperator<Object> copy) {
        Object key = keyOf(record);
        if (key == null) {   // a record without an id: the engine's own store tells
            return session.getFactHandle(record) == null ? record : copy.apply(record);
        }
        requireChanges(false);
        Entry entry = entry(key);
        Object held = holds(entry.records, record) ? copy.apply(record) : record;
        add(session, key, entry, held);
        return held;
    }

    private void add(KieSession session, Object key, Entry entry, Object record) {
        entry.records = plus(entry.records, record);
        if (entry.records instanceof Several) {
            shared(session, key, entry);
        }
        if (record instanceof Referencing r && referringOnce != null) {
            referringOnce.add(r);
        } else if (record instanceof Referencing r) {
            for (Ref ref : r.references()) {
                Entry named = entry(ref.id());
                Referral referral = new Referral(r, ref, named);
                named.referrals = plus(named.referrals, referral);
                queue(referral);
            }
        }
        queueAll(entry.referrals);
    }

    /** {@code record}, retracted from {@code session}; false if it was not held. */
    public boolean removed(KieSession session, Object record) {
        Object key = keyOf(record);
        Entry entry = key == null ? null : byKey.get(key);
        if (entry == null || !holds(entry.records, record)) {
            return false;
        }
        requireChanges(true);
        entry.records = minus(entry.records, record);
        if (entry.shared != null) {
            shared(session, key, entry);
        }
        if (record instanceof Referencing r) {
            for (Ref ref : r.references()) {
                Entry named = byKey.get(ref.id());
                Referral referral = named == null ? null
                        : (Referral) find(named.referrals, o -> o instanceof Referral held && held.record == record
                                && held.ref.field().equals(ref.field()));
                if (referral != null) {
                    named.referrals = minus(named.referrals, referral);
                    referral.gone = true;
                    if (referral.fact != null) {
                        session.delete(referral.fact);
                        referral.fact = null;
                    }
                    dropIfEmpty(ref.id(), named);
                }
            }
        }
        queueAll(entry.referrals);
        dropIfEmpty(key, entry);
        return true;
    }

    /** Refuses a change that a session checked once cannot follow: a record taken back, or added after the rules fired. */
    private void requireChanges(boolean removal) {
        if (referringOnce != null && (removal || settledOnce)) {
            throw new IllegalStateException("a session checked once takes no record back and adds none after the rules fire");
        }
    }

    /** Looks up the references that records came or went for, and inserts or retracts their facts. */
    public void settle(KieSession session) {
        if (referringOnce != null && !settledOnce) {
            for (Referencing record : referringOnce) {
                for (Ref ref : record.references()) {
                    Entry named = byKey.get(ref.id());
                    Object fact = factFor(record, ref, named == null ? null : named.records);
                    if (fact != null) {
                        session.insert(fact);
                    }
                }
            }
            referringOnce.clear();
            settledOnce = true;
        }
        for (Referral referral : unsettled) {
            referral.queued = false;
            if (!referral.gone) {   // its record was not retracted since
                settle(session, referral);
            }
        }
        unsettled.clear();
    }

    private void settle(KieSession session, Referral referral) {
        Object fact = factFor(referral.record, referral.ref, referral.named.records);
        Class<?> state = fact == null ? null : fact.getClass();
        if (state == referral.state) {
            return;
        }
        if (referral.fact != null) {
            session.delete(referral.fact);
        }
        referral.fact = fact == null ? null : session.insert(fact);
        referral.state = state;
    }

    /**
     * What the reference {@code ref} of {@code record} makes, given the {@code records} of the id it
     * names (a slot): an {@link UnresolvedReference} where none is of its type, a {@link WrongSubject}
     * for an activity where none is of a kind its type fits, else null.
     */
    private static Object factFor(Referencing record, Ref ref, Object records) {
        if (!any(records, ref::accepts)) {
            return new UnresolvedReference(record, ref);
        } else if (record instanceof Activity a && a.type() != null
                && !any(records, subject -> ActivitySubjects.fits(a.type(), subject))) {
            return new WrongSubject(a);
        }
        return null;
    }

    /** Inserts, updates or retracts the {@link SharedId} of {@code key} to follow its records. */
    private static void shared(KieSession session, Object key, Entry entry) {
        if (!(entry.records instanceof Several several)) {
            if (entry.shared != null) {
                session.delete(entry.shared);
                entry.shared = null;
            }
            return;
        }
        List<Object> records = List.copyOf(several);
        SharedId fact = new SharedId(key instanceof PositionKey ? ((Position) records.get(0)).key() : (String) key, records);
        if (entry.shared == null) {
            entry.shared = session.insert(fact);
        } else {
            session.update(entry.shared, fact);
        }
    }

    private void queue(Referral referral) {
        if (!referral.queued) {
            referral.queued = true;
            unsettled.add(referral);
        }
    }

    /** Queues the referrals {@code referrals} holds: the references to an id whose records changed. */
    private void queueAll(Object referrals) {
        if (referrals instanceof Several several) {
            several.forEach(r -> queue((Referral) r));
        } else if (referrals != null) {
            queue((Referral) referrals);
        }
    }

    private void dropIfEmpty(Object key, Entry entry) {
        if (entry.isEmpty()) {
            byKey.remove(key);
        }
    }

    // ---- a slot of an entry: nothing (null), one value, or Several

    /** The first value {@code slot} holds that passes {@code test}, or null. */
    private static Object find(Object slot, Predicate<Object> test) {
        if (slot instanceof Several several) {
            for (Object o : several) {
                if (test.test(o)) {
                    return o;
                }
            }
            return null;
        }
        return slot != null && test.test(slot) ? slot : null;
    }

    private static boolean any(Object slot, Predicate<Object> test) {
        return find(slot, test) != null;
    }

    /** Whether {@code slot} holds {@code value} itself. */
    private static boolean holds(Object slot, Object value) {
        return any(slot, o -> o == value);
    }

    /** {@code slot} with {@code value} added (it does not hold it). */
    private static Object plus(Object slot, Object value) {
        if (slot == null) {
            return value;
        }
        if (slot instanceof Several several) {
            several.add(value);
            return several;
        }
        return new Several(slot, value);
    }

    /** {@code slot} without {@code value} (it holds it). */
    private static Object minus(Object slot, Object value) {
        if (slot instanceof Several several) {
            several.removeIf(o -> o == value);
            return several.size() == 1 ? several.get(0) : several;
        }
        return slot == value ? null : slot;
    }
}
