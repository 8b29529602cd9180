package io.github.fulianrules;

import java.util.List;

/** A rule set that cannot be used, with every problem found as {@code FILE:LINE:COL message}. */
public class RuleSetException extends FulianRulesException {
    private final List<String> problems;

    public RuleSetException(String summary, List<String> problems) {
        super(summary + (problems.isEmpty() ? "" : ":\n  " + String.join("\n  ", problems)));
        this.problems = List.copyOf(problems);
    }

    /** Each problem on its own, {@code FILE:LINE:COL message} where the place is known. */
    public List<String> problems() {
        return problems;
    }
}
