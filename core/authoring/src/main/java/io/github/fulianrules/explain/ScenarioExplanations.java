package io.github.fulianrules.explain;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.scenario.Explanations;
import java.util.Locale;

/** The {@link Explainer} under a scenario's differences: the service the test kit's runner finds. */
public final class ScenarioExplanations implements Explanations {
    @Override
    public Explain of(FulianRules engine) {
        return new Explainer(engine)::explain;
    }

    @Override
    public Explain of(FulianRules engine, Locale locale) {
        return new Explainer(engine, locale)::explain;
    }
}
