package io.github.fulianrules.scenario;

import java.util.List;

/**
 * The outcome of running one scenario.
 *
 * @param scenario    the scenario
 * @param differences what differed between expected and actual; empty when it passed
 */
public record ScenarioResult(Scenario scenario, List<String> differences) {
    public ScenarioResult {
        differences = List.copyOf(differences);
    }

    public boolean passed() {
        return differences.isEmpty();
    }
}
