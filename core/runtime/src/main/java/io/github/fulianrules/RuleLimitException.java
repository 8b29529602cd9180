package io.github.fulianrules;

/** Rules kept firing past the limit: a rule that loops. The engine stays usable. */
public class RuleLimitException extends FulianRulesException {
    public RuleLimitException(String message) {
        super(message);
    }
}
