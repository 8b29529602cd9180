package io.github.fulianrules.internal;

import io.github.fulianrules.report.Explanation;
import io.github.fulianrules.rulesupport.Assessment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.Match;

/**
 * Listens to a session and remembers, for each assessment a rule inserts, the rule and the facts
 * of the match that was firing: the match is known when it starts firing, the assessment when
 * its consequence inserts it.
 */
public final class ExplanationRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
    private final Map<Assessment, Explanation> explanations = new HashMap<>();
    private Match firing;

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = event.getMatch();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firing = null;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getObject() instanceof Assessment a && event.getRule() != null) {
            List<?> objects = firing == null ? List.of() : firing.getObjects();
            explanations.put(a, new Explanation(a.requirementId(), a.subjectId(), event.getRule().getName(),
                    a.met(), a.measured(), a.required(), objects.stream().map(String::valueOf).toList(),
                    objects.stream().filter(Objects::nonNull).map(Object.class::cast).toList()));
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // Assessments are inserted and retracted, never updated.
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        // A retracted assessment's explanation stays until an equal one replaces it; lookups go by current assessments.
    }

    /** The explanation of {@code assessment}, when it was inserted while recording. */
    public Optional<Explanation> of(Assessment assessment) {
        return Optional.ofNullable(explanations.get(assessment));
    }
}
