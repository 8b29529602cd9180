package io.github.fulianrules.spring;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.ReloadableRules;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.report.Report;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The engine a host injects: evaluates with the rules current now (the bundled ones, or those at
 * {@code fulian.rules.location}, reloaded on request or when they change), tells the
 * {@link EvaluationObserver}s, and keeps what the last reload did for the health indicator and the
 * actuator endpoint. Closed with the application context, which stops the watching.
 */
public final class FulianRulesService implements AutoCloseable {
    private final FulianRules fixed;
    private final ReloadableRules reloadable;
    private final List<EvaluationObserver> observers;
    private final Clock clock;
    private final AtomicReference<ReloadState> lastReload = new AtomicReference<>();
    private volatile AutoCloseable watching;

    /**
     * What the last reload did.
     *
     * @param at       when it ended
     * @param reloaded whether the new rules are served
     * @param problems why not, one problem a line; empty when reloaded
     */
    public record ReloadState(Instant at, boolean reloaded, List<String> problems) {
        public ReloadState {
            problems = List.copyOf(problems);
        }
    }

    /** Over rules that never change. */
    public static FulianRulesService of(FulianRules rules, List<EvaluationObserver> observers) {
        return new FulianRulesService(Objects.requireNonNull(rules), null, observers, Clock.systemUTC());
    }

    /** Over rules that reload. */
    public static FulianRulesService of(ReloadableRules rules, List<EvaluationObserver> observers) {
        return new FulianRulesService(null, Objects.requireNonNull(rules), observers, Clock.systemUTC());
    }

    private FulianRulesService(FulianRules fixed, ReloadableRules reloadable, List<EvaluationObserver> observers,
                               Clock clock) {
        this.fixed = fixed;
        this.reloadable = reloadable;
        this.observers = List.copyOf(observers);
        this.clock = clock;
    }

    /** The engine of the rules current now. */
    public FulianRules engine() {
        return reloadable == null ? fixed : reloadable.current();
    }

    /** Whether the rules can be reloaded (they came from {@code fulian.rules.location}). */
    public boolean reloadable() {
        return reloadable != null;
    }

    /** Evaluates {@code data} with the rules current now; throws what {@link FulianRules#evaluate} throws. */
    public Report evaluate(DistrictData data) {
        FulianRules engine = engine();
        long start = System.nanoTime();
        Report report;
        try {
            report = engine.evaluate(data);
        } catch (RuntimeException e) {
            long nanos = System.nanoTime() - start;
            observers.forEach(o -> o.failed(e, nanos));
            throw e;
        }
        long nanos = System.nanoTime() - start;
        observers.forEach(o -> o.evaluated(report, nanos));
        return report;
    }

    /**
     * Loads the rules at the location again; on any problem the last good rules stay and the
     * outcome says why.
     *
     * @throws IllegalStateException for the bundled rules, which never change
     */
    public ReloadableRules.Outcome reload() {
        if (reloadable == null) {
            throw new IllegalStateException("the bundled rules never change: set fulian.rules.location to reload");
        }
        ReloadableRules.Outcome outcome = reloadable.reload();
        record(outcome);
        return outcome;
    }

    /** What the last reload (by request or by the watch) did; empty before the first. */
    public Optional<ReloadState> lastReload() {
        return Optional.ofNullable(lastReload.get());
    }

    /**
     * Whether the last reload failed, so that older rules than those at the location are served:
     * the health indicator's {@value #DEGRADED}.
     */
    public boolean degraded() {
        ReloadState last = lastReload.get();
        return last != null && !last.reloaded();
    }

    /** The health status of a service whose last reload failed. */
    public static final String DEGRADED = "DEGRADED";

    /**
     * What the health indicator and the actuator endpoint show: the rule set's name and digest,
     * how many rules and requirements, whether it reloads, and the last reload.
     */
    public Map<String, Object> details() {
        FulianRules engine = engine();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("ruleSet", engine.ruleSetName());
        details.put("rulesDigest", engine.rulesDigest());
        details.put("rules", engine.rules().size());
        details.put("requirements", engine.catalogue().requirements().size());
        details.put("reloadable", reloadable());
        lastReload().ifPresent(last -> {
            Map<String, Object> reload = new LinkedHashMap<>();
            reload.put("at", last.at().toString());
            reload.put("reloaded", last.reloaded());
            reload.put("problems", last.problems());
            details.put("lastReload", reload);
        });
        return details;
    }

    /** Starts reloading whenever a file at the location changes; stopped by {@link #close()}. */
    synchronized void watch(Duration quietPeriod) {
        if (reloadable == null) {
            throw new IllegalStateException("fulian.rules.watch needs fulian.rules.location: the bundled rules never change");
        }
        if (watching == null) {
            watching = reloadable.watch(quietPeriod, this::record);
        }
    }

    private void record(ReloadableRules.Outcome outcome) {
        lastReload.set(new ReloadState(clock.instant(), outcome.reloaded(), outcome.problems()));
    }

    /** Stops watching the location, if watched. */
    @Override
    public synchronized void close() throws Exception {
        if (watching != null) {
            watching.close();
            watching = null;
        }
    }
}
