package io.github.fulianrules.internal;

import io.github.fulianrules.model.Activity;
import io.github.fulianrules.model.Identified;
import io.github.fulianrules.model.Ref;
import io.github.fulianrules.model.Referencing;
import io.github.fulianrules.rulesupport.ActivitySubjects;
import io.github.fulianrules.rulesupport.UnresolvedReference;
import io.github.fulianrules.rulesupport.WrongSubject;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The references of one session's records ({@link Referencing#references()}), each looked up among
 * the records by id ({@link SharedIds}), and the facts of those that name no record of their type
 * ({@link UnresolvedReference}) or an activity's subject of the wrong kind ({@link WrongSubject}),
 * kept in step with the records inserted, updated and retracted. A reference is looked up again
 * only when a record of the id it names comes or goes, and not before the rules fire
 * ({@link #settle}): records inserted in any order make no fact that the next one takes back.
 */
public final class References {
    private final SharedIds ids;
    /** The references naming each id. */
    private final ByKey<String, Referral> byId;
    /** References to look up before the rules fire: new ones, and those of ids whose records changed. */
    private final List<Referral> unsettled;

    /** The references of the records {@code ids} holds, for a session of about {@code expectedRecords} (0 when not known). */
    public References(SharedIds ids, int expectedRecords) {
        this.ids = ids;
        this.byId = new ByKey<>(expectedRecords);
        this.unsettled = new ArrayList<>(Math.max(10, expectedRecords));
    }

    /** One reference of one record, and the fact it holds in the session while it is unresolved or wrong. */
    private static final class Referral {
        final Referencing record;
        final Ref ref;
        FactHandle fact;
        /** What {@link #fact} says: {@code UnresolvedReference}, {@code WrongSubject}, or null for no fact. */
        Class<?> state;
        /** Whether it waits among the unsettled. */
        boolean queued;
        /** Whether its record was retracted. */
        boolean gone;

        Referral(Referencing record, Ref ref) {
            this.record = record;
            this.ref = ref;
        }
    }

    /** {@code record}, inserted into the session (after {@link SharedIds#added}). */
    public void added(Object record) {
        if (record instanceof Referencing r) {
            for (Ref ref : r.references()) {
                Referral referral = new Referral(r, ref);
                byId.add(ref.id(), referral);
                queue(referral);
            }
        }
        if (record instanceof Identified r) {
            byId.forEach(r.id(), this::queue);
        }
    }

    private void queue(Referral referral) {
        if (!referral.queued) {
            referral.queued = true;
            unsettled.add(referral);
        }
    }

    /** {@code record}, retracted from {@code session} (after {@link SharedIds#removed}). */
    public void removed(KieSession session, Object record) {
        if (record instanceof Referencing r) {
            for (Ref ref : r.references()) {
                Referral referral = byId.remove(ref.id(), held -> held.record == record && held.ref.field().equals(ref.field()));
                if (referral != null) {
                    referral.gone = true;
                    if (referral.fact != null) {
                        session.delete(referral.fact);
                        referral.fact = null;
                    }
                }
            }
        }
        if (record instanceof Identified r) {
            byId.forEach(r.id(), this::queue);
        }
    }

    /** Looks up the references that records came or went for, and inserts or retracts their facts. */
    public void settle(KieSession session) {
        for (Referral referral : unsettled) {
            referral.queued = false;
            if (!referral.gone) {   // its record was not retracted since
                settle(session, referral);
            }
        }
        unsettled.clear();
    }

    private void settle(KieSession session, Referral referral) {
        Ref ref = referral.ref;
        Object fact = null;
        if (!ids.anyWithId(ref.id(), ref::accepts)) {
            fact = new UnresolvedReference(referral.record, ref);
        } else if (referral.record instanceof Activity a && a.type() != null
                && !ids.anyWithId(ref.id(), subject -> ActivitySubjects.fits(a.type(), subject))) {
            fact = new WrongSubject(a);
        }
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
}
