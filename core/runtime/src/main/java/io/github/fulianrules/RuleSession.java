package io.github.fulianrules;

import io.github.fulianrules.internal.EvaluationBudget;
import io.github.fulianrules.internal.ExplanationRecorder;
import io.github.fulianrules.internal.FindingAssembler;
import io.github.fulianrules.internal.ReportDetails;
import io.github.fulianrules.internal.RuleSet;
import io.github.fulianrules.internal.SessionRecords;
import io.github.fulianrules.internal.SubjectNames;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Identified;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.model.Waiver;
import io.github.fulianrules.report.Explanation;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.report.Provenance;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.rulesupport.Assessment;
import io.github.fulianrules.rulesupport.DataIssue;
import io.github.fulianrules.rulesupport.Param;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.base.rule.consequence.ConsequenceException;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * A stateful session over one district: insert, update and retract facts, and read the current
 * findings at any moment. Findings follow the facts by truth maintenance: once the facts behind
 * a finding are fixed, it disappears without re-running everything.
 *
 * <p>Not thread-safe: one session, one thread at a time. Close it when done.
 *
 * <pre>{@code
 * try (RuleSession session = engine.openSession(AssessmentPeriod.year(2025))) {
 *     session.insert(district);
 *     session.insertAll(people);
 *     List<Finding> now = session.findings();
 *     session.update(oldHome, fixedHome);   // its FL-4.4b finding goes away
 * }
 * }</pre>
 */
public final class RuleSession implements AutoCloseable {
    /** One daemon thread for every engine: it only calls {@code halt()} on sessions past their timeout. */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fulian-rules-timeout");
        t.setDaemon(true);
        return t;
    });

    private final RuleSet ruleSet;
    private final AssessmentPeriod period;
    private final KieSession session;
    private final List<DataIssue> parameterIssues;
    private final Map<String, Long> parameters = new HashMap<>();
    private final long firingLimit;
    private final Duration timeout;
    private final long maxFacts;
    private final Guard guard;
    private final AtomicInteger openSessions;
    private final Provenance provenance;
    private Map<String, String> locations = Map.of();
    /** The findings {@link #findings()} formatted, by their assessment or data issue; cleared when waivers or locations change. */
    private final Map<Object, Finding> formatted = new HashMap<>();
    /** How the messages name the subjects; null, to be made again, after a change of a named subject. */
    private SubjectNames names;
    private ExplanationRecorder recorder;
    private boolean closed;
    /**
     * The records by key, and what the rules read of them: the ids two records share
     * ({@link io.github.fulianrules.rulesupport.SharedId}), the references that name no record of
     * their type or an activity's subject of the wrong kind
     * ({@link io.github.fulianrules.rulesupport.UnresolvedReference},
     * {@link io.github.fulianrules.rulesupport.WrongSubject}).
     */
    private final SessionRecords recordsByKey;
    /** Whether rule code runs within a budget opened by {@link #guarded} already. */
    private boolean guarding;
    /** Whether rule code threw, or a limit stopped the rules: the session is then destroyed, not pooled again. */
    private boolean failed;

    RuleSession(RuleSet ruleSet, KieSession session, AssessmentPeriod period, Collection<Param> params,
                List<DataIssue> parameterIssues, long firingLimit, Duration timeout, long maxFacts,
                AtomicInteger openSessions, int expectedRecords, boolean once) {
        this.ruleSet = ruleSet;
        this.recordsByKey = new SessionRecords(expectedRecords, once);
        this.period = period;
        this.parameterIssues = List.copyOf(parameterIssues);
        this.firingLimit = firingLimit;
        this.timeout = timeout;
        this.maxFacts = maxFacts;
        this.openSessions = openSessions;
        Map<String, Long> values = new LinkedHashMap<>();
        params.forEach(p -> values.put(p.name(), p.value()));
        this.provenance = ruleSet.provenance(values);
        this.session = session;
        this.guard = new Guard();
        session.addEventListener(guard);
        openSessions.incrementAndGet();
        insert(period);
        params.forEach(this::insert);
        params.forEach(p -> parameters.put(p.name(), p.value()));
    }

    /**
     * Follows the firings: which rule fires now, to name it when its code throws, and how many
     * facts the session holds after each, to halt it past the fact limit.
     */
    private final class Guard extends DefaultAgendaEventListener {
        private String firing;
        private boolean tooManyFacts;

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            firing = event.getMatch().getRule().getName();
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            firing = null;
            if (session.getFactCount() > maxFacts) {
                tooManyFacts = true;
                session.halt();
            }
        }
    }

    /**
     * What {@code failure}, thrown by the engine while it ran rule code, becomes: a
     * {@link RuleFailureException} naming the rule, found by the firing under way or, for a
     * constraint, by Drools' message; a {@link RuleLimitException} when the rule code went past its
     * {@link EvaluationBudget}.
     */
    private FulianRulesException failed(Throwable failure) {
        failed = true;
        String rule = guard.firing;
        guard.firing = null;
        Throwable root = failure;
        EvaluationBudget.Exceeded exceeded = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            root = t;
            if (t instanceof EvaluationBudget.Exceeded e) {
                exceeded = e;
            }
            if (rule == null && t instanceof ConsequenceException c && c.getRule() != null) {
                rule = c.getRule().getName();
            }
            if (rule == null && t.getMessage() != null) {
                Matcher m = RULE_IN_MESSAGE.matcher(t.getMessage());
                rule = m.find() ? m.group(1) : null;
            }
        }
        String who = rule == null ? "a rule of " + ruleSet.name() : "rule \"" + rule + "\" of " + ruleSet.name();
        if (exceeded != null) {
            return new RuleLimitException(who + " " + exceeded.getMessage() + ", the limit for this session: the"
                    + " evaluation is abandoned");
        }
        String what = root.getClass().getName() + (root.getMessage() == null ? ""
                : ": " + root.getMessage().lines().findFirst().orElse(""));
        return new RuleFailureException(rule, who + " failed: " + what + "; the evaluation is abandoned", failure);
    }

    /** How Drools names the rule of a constraint that threw: {@code … [Rule "name" in file.drl]}. */
    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("Rule \"([^\"]+)\"");

    /**
     * Runs {@code work}, which may run rule code, within the {@link EvaluationBudget} of the timeout:
     * rule code past it, inside one firing or one constraint, becomes a {@link RuleLimitException};
     * what rule code throws, a {@link RuleFailureException}.
     */
    private <T> T guarded(java.util.function.Supplier<T> work) {
        if (guarding) {   // within insertAll: its budget holds for every fact
            return work.get();
        }
        guarding = true;
        try (EvaluationBudget budget = EvaluationBudget.open(timeout, EvaluationBudget.MAX_STEPS)) {
            return work.get();
        } catch (FulianRulesException e) {
            throw e;
        } catch (Throwable t) {   // OutOfMemoryError and StackOverflowError too: the session is dropped, not the engine
            throw failed(t);
        } finally {
            guarding = false;
        }
    }

    /**
     * Records, from now on, which rule and which facts made each assessment, for {@link #explain}.
     * Costs a little time per rule firing: off by default.
     */
    public RuleSession recordExplanations() {
        open();
        if (recorder == null) {
            recorder = new ExplanationRecorder();
            session.addEventListener((org.kie.api.event.rule.AgendaEventListener) recorder);
            session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) recorder);
        }
        return this;
    }

    /**
     * Why {@code requirementId} came out as it did on {@code subjectId}: the deciding rule, the
     * facts and parameters it matched, met or not. Empty when it was not checked on that subject,
     * or when explanations were not recorded ({@link #recordExplanations()} before inserting).
     */
    public Optional<Explanation> explain(String requirementId, String subjectId) {
        fire();
        if (recorder == null) {
            return Optional.empty();
        }
        return objects(Assessment.class).stream()
                .filter(a -> a.requirementId().equals(requirementId) && a.subjectId().equals(subjectId))
                .map(recorder::of).flatMap(Optional::stream).findFirst();
    }

    /**
     * Adds a fact of the model. Throws {@link RuleLimitException} past the fact limit of the engine,
     * {@link RuleFailureException} when a rule's constraint throws on it.
     */
    public RuleSession insert(Object fact) {
        open();
        guarded(() -> {
            insertOne(fact);
            return null;
        });
        return this;
    }

    /** Adds {@code fact}, within the budget of the caller's {@link #guarded}. */
    private void insertOne(Object fact) {
        admit(fact);
        session.insert(fact);
        added(fact);
    }

    /** Checks the fact limit before {@code fact} is inserted, and forgets what it may change. */
    private void admit(Object fact) {
        if (session.getFactCount() >= maxFacts) {
            throw tooManyFacts();
        }
        forget(null, fact);
    }

    /**
     * Adds the records of a district within one budget, as {@link #insertAll}; a record instance
     * listed again is added as {@code copy} makes it (see {@link SessionRecords#adding}).
     */
    void insertRecords(Stream<?> records, UnaryOperator<Object> copy) {
        open();
        guarded(() -> {
            // Pushed, not iterated: a flat-mapped stream's iterator buffers each list whole first.
            records.forEach(record -> {
                admit(record);
                session.insert(recordsByKey.adding(session, record, copy));
            });
            return null;
        });
    }

    private RuleLimitException tooManyFacts() {
        return new RuleLimitException("the session holds more than " + maxFacts + " facts, the limit for one evaluation:"
                + " a rule of " + ruleSet.name() + " derives too many, or the district is too large");
    }

    /** Adds every fact, within one budget of the timeout for them all. */
    public RuleSession insertAll(Iterable<?> facts) {
        open();
        guarded(() -> {
            for (Object fact : facts) {
                insertOne(fact);
            }
            return null;
        });
        return this;
    }

    /**
     * Replaces {@code current}, a fact inserted earlier (the same instance), by {@code replacement}.
     * Facts are immutable values: a change is a new value in place of the old.
     */
    public RuleSession update(Object current, Object replacement) {
        FactHandle handle = handle(current);
        forget(current, replacement);
        guarded(() -> {
            session.update(handle, replacement);
            removed(current);
            added(replacement);
            return null;
        });
        return this;
    }

    /** Removes {@code fact}, inserted earlier (the same instance). */
    public RuleSession retract(Object fact) {
        FactHandle handle = handle(fact);
        forget(fact, null);
        guarded(() -> {
            session.delete(handle);
            removed(fact);
            return null;
        });
        return this;
    }

    /** Follows a record inserted: the records by id, and the references it makes or resolves. */
    private void added(Object fact) {
        recordsByKey.added(session, fact);
    }

    /** Follows a record retracted, as {@link #added} one inserted. */
    private void removed(Object fact) {
        recordsByKey.removed(session, fact);
    }

    /** Where records were read, for data findings. */
    public RuleSession locations(Map<String, String> where) {
        this.locations = Map.copyOf(where);
        formatted.clear();
        return this;
    }

    /** Where the records of {@code data} were read: its map as it is, unmodifiable already (no copy of thousands of entries). */
    RuleSession locationsOf(DistrictData data) {
        this.locations = data.locations();
        formatted.clear();
        return this;
    }

    /**
     * Drops the findings formatted so far where a change of facts ({@code before} → {@code after},
     * either null for an insertion or a deletion) may change their words: a waiver changes which
     * are waived, a subject's name how they name it.
     */
    private void forget(Object before, Object after) {
        if (names == null && formatted.isEmpty()) {
            return;   // nothing named or formatted yet, as while a district's records are inserted
        }
        if (before instanceof Waiver || after instanceof Waiver
                || !Objects.equals(SubjectNames.identity(before), SubjectNames.identity(after))) {
            formatted.clear();
            names = null;
        }
    }

    /**
     * The findings as the facts stand now, in report order: the same as {@code report().findings()},
     * without the scorecard and the accounting, which go over every fact of the district.
     */
    public List<Finding> findings() {
        fire();
        return findingsReport(objects(Assessment.class), null, formatted).findings();
    }

    /** The report as the facts stand now. */
    public Report report() {
        return report(facts(), formatted);
    }

    /**
     * The one report of a session, given the district's records as they stand in it: what
     * {@link FulianRules#evaluate} inserted, so that they need not be collected from the session again,
     * and the findings formatted without keeping them for a next report.
     */
    Report reportOnce(DistrictData records) {
        return report(records, null);
    }

    private Report report(DistrictData records, Map<Object, Finding> kept) {
        fire();
        List<Assessment> assessments = objects(Assessment.class);
        return ReportDetails.complete(findingsReport(assessments, records, kept), assessments, records, provenance);
    }

    /**
     * The findings on {@code assessments} and the data issues; those formatted for an earlier report
     * are taken from {@code kept} (the session's {@link #formatted}, or null to keep none). The
     * subjects are named from the session's records by id, looked up for the subjects named; the
     * positions from {@code records}, or, when null, from the session's facts.
     */
    private Report findingsReport(List<Assessment> assessments, DistrictData records, Map<Object, Finding> kept) {
        List<DataIssue> issues = objects(DataIssue.class);
        issues.addAll(parameterIssues);
        List<Waiver> waivers = objects(Waiver.class);
        waivers.sort(Comparator.comparing(Waiver::id));
        String districtId = objects(Federation.class).stream().filter(f -> f.level() == Level.DISTRICT)
                .map(Federation::id).sorted().findFirst().orElse(null);
        if (names == null) {
            names = SubjectNames.over(recordsByKey::recordsOf,
                    records == null ? () -> objects(Position.class) : records::positions);
        }
        return new FindingAssembler(ruleSet, parameters, names, kept)
                .report(districtId, period, assessments, issues, waivers, locations);
    }

    /** The facts of the model now in the session, for the scorecard and the accounting. */
    private DistrictData facts() {
        DistrictData.Builder facts = DistrictData.builder(period);
        // Only the model's own records: a host's own fact types are none of the district's records.
        session.getObjects(o -> (o instanceof Identified || o instanceof Position)
                && o.getClass().getPackageName().equals(Position.class.getPackageName())).forEach(facts::add);
        return facts.build();
    }

    /**
     * Fires the rules until the conclusions follow the facts; stops a rule set that loops (the
     * firing limit), that takes too long (the timeout) or that derives too many facts (the fact
     * limit), and turns what rule code throws into a {@link RuleFailureException}. After any of
     * these the session is left half-way: close it.
     */
    private void fire() {
        open();
        AtomicBoolean halted = new AtomicBoolean();
        ScheduledFuture<?> watch = timeout == null ? null : WATCHDOG.schedule(() -> {
            halted.set(true);
            session.halt();
        }, timeout.toNanos(), TimeUnit.NANOSECONDS);
        int fired;
        try {
            fired = guarded(() -> {
                recordsByKey.settle(session);
                return session.fireAllRules((int) Math.min(Integer.MAX_VALUE, firingLimit));
            });
        } finally {
            if (watch != null) {
                watch.cancel(false);
            }
        }
        failed |= guard.tooManyFacts || halted.get() || fired >= firingLimit;
        if (guard.tooManyFacts) {
            throw tooManyFacts();
        }
        if (halted.get()) {
            throw new RuleLimitException("rules still firing after " + timeout.toMillis() + " ms (" + fired
                    + " firings), the time limit for this session: a rule of " + ruleSet.name() + " is too slow or loops");
        }
        if (fired >= firingLimit) {
            throw new RuleLimitException("rules fired " + fired + " times, the limit for this session: "
                    + "a rule of " + ruleSet.name() + " probably loops (it changes the facts it matches)");
        }
    }

    /**
     * The facts of one type now in the session, the engine's own included (assessments, tallies), in
     * no particular order: read from the engine's store of that type, without going over the others.
     */
    public <T> List<T> objects(Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Object o : session.getObjects(new ClassObjectFilter(type))) {
            found.add(type.cast(o));
        }
        return found;
    }

    /** How many facts the session holds, derived ones included. */
    public long factCount() {
        return session.getFactCount();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            try {
                session.removeEventListener(guard);
                if (recorder != null) {
                    // A pooled session keeps its listeners across a reset: the next user must not record.
                    session.removeEventListener((org.kie.api.event.rule.AgendaEventListener) recorder);
                    session.removeEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) recorder);
                }
                if (failed) {
                    session.destroy();   // a session that rule code broke is not handed out again
                } else {
                    session.dispose();   // from a pool: reset and handed out again
                }
            } finally {
                openSessions.decrementAndGet();
            }
        }
    }

    private FactHandle handle(Object fact) {
        open();
        FactHandle handle = session.getFactHandle(fact);
        if (handle == null) {
            throw new IllegalArgumentException("not in this session (insert it first, and pass the same instance): "
                    + fact);
        }
        return handle;
    }

    private void open() {
        if (closed) {
            throw new IllegalStateException("the session is closed");
        }
    }
}
