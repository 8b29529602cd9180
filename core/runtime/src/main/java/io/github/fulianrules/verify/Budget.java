package io.github.fulianrules.verify;

import io.github.fulianrules.internal.EvaluationBudget;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the code of a rule set calls to stay within its evaluation's limits: the class loader of a
 * rule set puts these calls into its classes as it defines them, after the {@link RuleVerifier}
 * has read them ({@code RuleInstrumenter}). A rule set's own code cannot name this class (it is
 * not on the allow-list), so it can neither leave the calls out nor call anything else here.
 *
 * <p>{@link #tick()} stands at the entry of every method and before every jump backwards: it
 * counts down, and every {@value #INTERVAL} ticks the thread's evaluation checks its deadline and
 * its ceiling of steps, and throws when either is past. Outside an evaluation it does nothing.
 * {@code text} and {@code flat} stand after each call that makes a text, a builder or a collection,
 * whose size the rule's text does not bound: they pass it on, or throw when it is beyond
 * {@link io.github.fulianrules.rulesupport.Limits#MAX_TEXT} characters or is a collection that
 * holds collections (hashing or comparing nested collections of shared parts takes time
 * exponential in their depth). The searches of a text for a text ({@code indexOf},
 * {@code lastIndexOf}, {@code contains}, {@code replace}), which compare as many characters as
 * the product of their lengths, stand in place of String's: they throw beyond
 * {@code EvaluationBudget.MAX_SEARCH} characters compared.
 */
public final class Budget {
    /** How many ticks between two checks of the deadline: a check reads the clock and a thread-local. */
    public static final int INTERVAL = 1024;

    /** Shared by every thread, without synchronisation: it only spaces the checks out, each thread checks its own evaluation. */
    private static int countdown = INTERVAL;

    private Budget() {
    }

    /** One step of rule code: a method entered or a jump backwards. */
    public static void tick() {
        if (--countdown <= 0) {
            countdown = INTERVAL;
            EvaluationBudget.spend(INTERVAL);
        }
    }

    /** {@code text}, made by rule code, when at most {@code Limits.MAX_TEXT} characters long. */
    public static String text(String text) {
        if (text != null) {
            EvaluationBudget.text(text.length());
        }
        return text;
    }

    /** {@code text}, a builder rule code appends to, when at most {@code Limits.MAX_TEXT} characters long. */
    public static StringBuilder text(StringBuilder text) {
        if (text != null) {
            EvaluationBudget.text(text.length());
        }
        return text;
    }

    /** {@code text.indexOf(part)}, when it cannot compare more than {@code EvaluationBudget.MAX_SEARCH} characters. */
    public static int indexOf(String text, String part) {
        EvaluationBudget.search(text, part);
        return text.indexOf(part);
    }

    /** {@code text.indexOf(part, from)}, bounded as {@link #indexOf(String, String)}. */
    public static int indexOf(String text, String part, int from) {
        EvaluationBudget.search(text, part);
        return text.indexOf(part, from);
    }

    /** {@code text.lastIndexOf(part)}, bounded as {@link #indexOf(String, String)}. */
    public static int lastIndexOf(String text, String part) {
        EvaluationBudget.search(text, part);
        return text.lastIndexOf(part);
    }

    /** {@code text.lastIndexOf(part, from)}, bounded as {@link #indexOf(String, String)}. */
    public static int lastIndexOf(String text, String part, int from) {
        EvaluationBudget.search(text, part);
        return text.lastIndexOf(part, from);
    }

    /** {@code text.contains(part)}, bounded as {@link #indexOf(String, String)}. */
    public static boolean contains(String text, CharSequence part) {
        EvaluationBudget.search(text, part);
        return text.contains(part);
    }

    /** {@code text.replace(part, by)}, bounded as {@link #indexOf(String, String)}. */
    public static String replace(String text, CharSequence part, CharSequence by) {
        EvaluationBudget.search(text, part);
        return text.replace(part, by);
    }

    /** {@code values}, a list made by rule code, when none of them is a collection or a map. */
    public static List<?> flat(List<?> values) {
        return EvaluationBudget.flat(values);
    }

    /** {@code values}, a set made by rule code, when none of them is a collection or a map. */
    public static Set<?> flat(Set<?> values) {
        return EvaluationBudget.flat(values);
    }

    /** {@code values}, made by rule code, when none of them is a collection or a map. */
    public static Collection<?> flat(Collection<?> values) {
        return EvaluationBudget.flat(values);
    }

    /** {@code values}, a map made by rule code, when none of its keys and values is a collection or a map. */
    public static Map<?, ?> flat(Map<?, ?> values) {
        if (values != null) {
            EvaluationBudget.flat(values.keySet());
            EvaluationBudget.flat(values.values());
        }
        return values;
    }
}
