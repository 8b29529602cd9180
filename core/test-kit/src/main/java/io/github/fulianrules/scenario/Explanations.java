package io.github.fulianrules.scenario;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.model.DistrictData;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The lines a {@link ScenarioRunner} puts under a difference to say why: the rule and facts behind a
 * finding, or which condition of which rule found no fact. Saying so compiles DRL, so the test kit has
 * none of its own: {@code fulian-rules-authoring} provides one as a service, and without it on the class
 * path the differences come alone.
 */
public interface Explanations {
    /** The explanations of {@code engine}'s rules; each may compile what it needs once and keep it. */
    Explain of(FulianRules engine);

    /** As {@link #of(FulianRules)}, the lines in the language of {@code locale} where the service can; by default in English. */
    default Explain of(FulianRules engine, Locale locale) {
        return of(engine);
    }

    /** How one requirement came out on one subject (every subject when {@code null}), as lines. */
    @FunctionalInterface
    interface Explain {
        List<String> explain(DistrictData given, Map<String, Long> parameters, String requirementId, String subjectId);
    }

    /** The service on the class path, if any. */
    static Optional<Explanations> onClassPath() {
        return ServiceLoader.load(Explanations.class, Explanations.class.getClassLoader()).findFirst();
    }
}
