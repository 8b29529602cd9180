package io.github.fulianrules;

/**
 * Rule code threw while the engine evaluated it: an exception, or an error such as
 * {@link OutOfMemoryError} or {@link StackOverflowError}. The evaluation is abandoned; the engine
 * stays usable. The message is one line naming the rule and what it threw.
 */
public class RuleFailureException extends FulianRulesException {
    private final String rule;

    public RuleFailureException(String rule, String message, Throwable cause) {
        super(message, cause);
        this.rule = rule;
    }

    /** The rule whose code threw, or {@code null} when the engine cannot tell which. */
    public String rule() {
        return rule;
    }
}
