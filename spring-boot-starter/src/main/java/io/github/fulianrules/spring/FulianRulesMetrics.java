package io.github.fulianrules.spring;

import io.github.fulianrules.RuleFailureException;
import io.github.fulianrules.RuleLimitException;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.report.Kind;
import io.github.fulianrules.report.Report;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The engine's meters: {@value #EVALUATIONS}, a timer tagged {@code outcome} ({@code ok},
 * {@code limit} for a rule limit, {@code failure} for a failing rule, {@code error} for anything else), and {@value #FINDINGS}, a
 * counter of the findings made tagged {@code kind} ({@code violation}, {@code warning},
 * {@code recommendation}, {@code data}). Bound to the host's registry by Spring Boot.
 */
public final class FulianRulesMetrics implements MeterBinder, EvaluationObserver {
    /** The evaluation timer's name. */
    public static final String EVALUATIONS = "fulian.rules.evaluations";
    /** The findings counter's name. */
    public static final String FINDINGS = "fulian.rules.findings";

    private volatile MeterRegistry registry;
    private volatile Map<Kind, Counter> findings = Map.of();

    @Override
    public void bindTo(MeterRegistry registry) {
        Map<Kind, Counter> counters = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            counters.put(kind, Counter.builder(FINDINGS).tag("kind", tag(kind))
                    .description("Findings the rules made, by kind").register(registry));
        }
        for (String outcome : new String[] {"ok", "limit", "failure"}) {
            timer(registry, outcome);
        }
        this.findings = counters;
        this.registry = registry;
    }

    @Override
    public void evaluated(Report report, long nanos) {
        MeterRegistry r = registry;
        if (r == null) {
            return;
        }
        timer(r, "ok").record(nanos, TimeUnit.NANOSECONDS);
        Map<Kind, Counter> counters = findings;
        for (Finding f : report.findings()) {
            counters.get(f.kind()).increment();
        }
    }

    @Override
    public void failed(RuntimeException failure, long nanos) {
        MeterRegistry r = registry;
        if (r == null) {
            return;
        }
        String outcome = failure instanceof RuleLimitException ? "limit"
                : failure instanceof RuleFailureException ? "failure" : "error";
        timer(r, outcome).record(nanos, TimeUnit.NANOSECONDS);
    }

    private static Timer timer(MeterRegistry registry, String outcome) {
        return Timer.builder(EVALUATIONS).tag("outcome", outcome)
                .description("Evaluations of a district by the rules").register(registry);
    }

    private static String tag(Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
