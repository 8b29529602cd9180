package io.github.fulianrules;

/** Something the engine cannot do: a rule set that does not load, a rule that runs away. */
public class FulianRulesException extends RuntimeException {
    public FulianRulesException(String message) {
        super(message);
    }

    public FulianRulesException(String message, Throwable cause) {
        super(message, cause);
    }
}
