package io.github.fulianrules.scenario;

import io.github.fulianrules.FulianRulesException;

/** A scenario file that cannot be read, with the file and the scenario named. */
public class ScenarioException extends FulianRulesException {
    public ScenarioException(String message) {
        super(message);
    }
}
