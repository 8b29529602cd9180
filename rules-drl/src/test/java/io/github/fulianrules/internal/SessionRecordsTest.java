package io.github.fulianrules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.model.Role;
import io.github.fulianrules.rulesupport.UnresolvedReference;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/**
 * A session checked once (one evaluation) looks its references up when the rules first fire and
 * keeps nothing to follow them: a change it could not follow is refused, not answered wrongly.
 */
class SessionRecordsTest {
    private static final UnaryOperator<Object> NO_COPY = r -> {
        throw new AssertionError("no record is listed twice here");
    };

    @Test
    void aSessionCheckedOnceLooksItsReferencesUpWhenTheRulesFireAndRefusesChangesItCannotFollow() {
        KieSession session = RuleSetLoader.bundled().kieBase().newKieSession();
        try {
            SessionRecords records = new SessionRecords(2, true);
            Person person = Person.woman("p1");
            Position position = new Position("p2", "d", Role.EXECUTIVE_MEMBER);
            session.insert(records.adding(session, person, NO_COPY));
            session.insert(records.adding(session, position, NO_COPY));
            assertThat(session.getObjects(new ClassObjectFilter(UnresolvedReference.class))).as("not before the rules fire").isEmpty();
            assertThatThrownBy(() -> records.removed(session, person)).isInstanceOf(IllegalStateException.class);

            records.settle(session);
            assertThat(session.getObjects(new ClassObjectFilter(UnresolvedReference.class)))
                    .extracting(o -> ((UnresolvedReference) o).ref().id()).containsExactlyInAnyOrder("p2", "d");
            assertThat(records.recordsOf("p1")).containsExactly(person);

            assertThatThrownBy(() -> records.adding(session, Person.woman("p2"), NO_COPY))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("checked once");
            assertThatThrownBy(() -> records.added(session, Person.woman("p2"))).isInstanceOf(IllegalStateException.class);
            records.settle(session);
            assertThat(session.getObjects(new ClassObjectFilter(UnresolvedReference.class))).as("looked up once").hasSize(2);
        } finally {
            session.dispose();
        }
    }
}
