package io.github.fulianrules.internal;

import io.github.fulianrules.rulesupport.Limits;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;

/**
 * The limits of the evaluation under way on this thread, which {@link io.github.fulianrules.verify.Budget}
 * checks for the code of a rule set: a deadline and a ceiling of steps (methods entered and jumps
 * backwards). The engine opens one around each call into the rules ({@link #open}); when a limit is
 * past, the rule code under way throws {@link Exceeded}, which nothing in rule code can catch (the
 * verifier refuses exception handlers) and the engine turns into a {@code RuleLimitException}.
 */
public final class EvaluationBudget implements AutoCloseable {
    /**
     * Steps of rule code one call into the rules may take with or without a deadline: about a few
     * minutes of constraints and consequences, far beyond any district's evaluation by sound rules,
     * so that code that never ends is stopped even where the host set no timeout.
     */
    public static final long MAX_STEPS = 10_000_000_000L;

    /**
     * How long past the timeout rule code may run before its budget stops it: the engine's
     * {@code halt()} stops the rules between firings at the timeout, with a message that counts
     * the firings; the budget stops what that cannot, inside one firing or one constraint, after as
     * long again as the timeout, at most this long.
     */
    public static final Duration GRACE = Duration.ofSeconds(1);

    private static final ThreadLocal<EvaluationBudget> CURRENT = new ThreadLocal<>();

    private final long deadline;
    private final Duration timeout;
    private final long maxSteps;
    private final EvaluationBudget outer;
    private long steps;

    private EvaluationBudget(Duration timeout, long maxSteps, EvaluationBudget outer) {
        this.timeout = timeout == null ? null : timeout.plus(timeout.compareTo(GRACE) < 0 ? timeout : GRACE);
        this.deadline = timeout == null ? 0 : System.nanoTime() + this.timeout.toNanos();
        this.maxSteps = maxSteps;
        this.outer = outer;
    }

    /**
     * The limits of a call into the rules on this thread, from now until {@link #close}: rule code
     * past {@code timeout} and its {@link #GRACE} (no deadline when {@code null}) or past
     * {@code maxSteps} steps throws {@link Exceeded}.
     */
    public static EvaluationBudget open(Duration timeout, long maxSteps) {
        EvaluationBudget budget = new EvaluationBudget(timeout, maxSteps, CURRENT.get());
        CURRENT.set(budget);
        return budget;
    }

    @Override
    public void close() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }

    /** {@code n} steps of rule code taken on this thread; throws {@link Exceeded} past a limit of its evaluation. */
    public static void spend(int n) {
        EvaluationBudget budget = CURRENT.get();
        if (budget == null) {
            return;
        }
        budget.steps += n;
        if (budget.steps > budget.maxSteps) {
            throw new Exceeded("took more than " + budget.maxSteps + " steps");
        }
        if (budget.timeout != null && System.nanoTime() - budget.deadline > 0) {
            throw new Exceeded("still running after " + budget.timeout.toMillis() + " ms");
        }
    }

    /** A text of {@code length} characters made by rule code: {@link Exceeded} beyond {@link Limits#MAX_TEXT}. */
    public static void text(int length) {
        if (length > Limits.MAX_TEXT) {
            throw new Exceeded("made a text of " + length + " characters, more than " + Limits.MAX_TEXT);
        }
    }

    /**
     * The most characters one search of a text for a text may compare (its length times the length
     * of what it looks for): a hundred million, well under a second.
     */
    public static final long MAX_SEARCH = 100_000_000L;

    /** A search of {@code text} for {@code part} by rule code: {@link Exceeded} when it may compare more than {@link #MAX_SEARCH} characters. */
    public static void search(String text, CharSequence part) {
        if (text != null && part != null && (long) text.length() * part.length() > MAX_SEARCH) {
            throw new Exceeded("searched a text of " + text.length() + " characters for one of " + part.length()
                    + ", which may compare more than " + MAX_SEARCH + " characters");
        }
    }

    /** {@code values}, made by rule code, when none of them is a collection or a map; {@link Exceeded} otherwise. */
    public static <T extends Collection<?>> T flat(T values) {
        if (values != null) {
            for (Object value : values) {
                if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
                    throw new Exceeded("made a collection that holds a collection (hashing or comparing nested"
                            + " collections takes time exponential in their depth)");
                }
            }
        }
        return values;
    }

    /**
     * A limit of the evaluation reached in rule code. Unchecked, so that the engine's frameworks pass
     * it on (Drools wraps it with the rule's name); the engine finds it among the causes.
     */
    public static final class Exceeded extends RuntimeException {
        Exceeded(String message) {
            super(message, null, false, false);
        }
    }
}
