package io.github.fulianrules.spring;

import io.github.fulianrules.report.Report;

/**
 * Told of every evaluation {@link FulianRulesService} makes, e.g. to count it: beans of this type
 * are called in order, on the evaluating thread.
 */
public interface EvaluationObserver {
    /** {@code report} was made in {@code nanos}. */
    void evaluated(Report report, long nanos);

    /** The evaluation stopped with {@code failure} (a rule limit or a failing rule) after {@code nanos}. */
    void failed(RuntimeException failure, long nanos);
}
