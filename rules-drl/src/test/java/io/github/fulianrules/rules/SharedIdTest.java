package io.github.fulianrules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.RuleSession;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.Building;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.model.Role;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.rulesupport.SharedId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DUPLICATE_ID and DUPLICATE_POSITION read the {@link SharedId} facts the session keeps as records
 * come and go: every record of a shared id is named while the id is shared, and none once it is not.
 */
class SharedIdTest {
    private static final AssessmentPeriod YEAR = AssessmentPeriod.year(2025);
    private final Federation district = new Federation("d", Level.DISTRICT, "区妇联", null, null);
    private final Person person = Person.woman("x1");
    private final Building building = new Building("x1", "国际金融中心", "d", true);

    /** The DUPLICATE_ID findings, as subject type and id. */
    private static List<String> duplicates(RuleSession session) {
        return session.findings().stream().filter(f -> "DUPLICATE_ID".equals(f.code()))
                .map(f -> f.subjectType() + " " + f.subjectId()).sorted().toList();
    }

    @Test
    void eachRecordOfASharedIdIsNamedWhileTheIdIsShared() {
        try (RuleSession session = Engines.bundled().openSession(YEAR)) {
            session.insert(district).insert(person);
            assertThat(duplicates(session)).isEmpty();

            session.insert(building);
            assertThat(duplicates(session)).containsExactly("BUILDING x1", "PERSON x1");
            assertThat(session.objects(SharedId.class)).singleElement()
                    .satisfies(s -> assertThat(s.records()).containsExactly(person, building));

            session.retract(building);
            assertThat(duplicates(session)).isEmpty();
            assertThat(session.objects(SharedId.class)).isEmpty();
        }
    }

    @Test
    void aRecordGivenAnotherIdNoLongerSharesItsOldOne() {
        try (RuleSession session = Engines.bundled().openSession(YEAR)) {
            session.insert(district).insert(person).insert(building);
            assertThat(duplicates(session)).hasSize(2);

            session.update(building, new Building("b1", "国际金融中心", "d", true));
            assertThat(duplicates(session)).isEmpty();

            session.update(person, Person.woman("b1"));
            assertThat(duplicates(session)).containsExactly("BUILDING b1", "PERSON b1");
        }
    }

    @Test
    void threeRecordsOfOneIdStaySharedUntilOnlyOneIsLeft() {
        Person copy = Person.woman("x1");
        try (RuleSession session = Engines.bundled().openSession(YEAR)) {
            session.insert(district).insert(person).insert(building).insert(copy);
            assertThat(session.objects(SharedId.class)).singleElement().satisfies(s -> assertThat(s.records()).hasSize(3));

            session.retract(person);
            assertThat(duplicates(session)).containsExactly("BUILDING x1", "PERSON x1");

            session.retract(building);
            assertThat(duplicates(session)).isEmpty();
        }
    }

    @Test
    void aPositionRecordedTwiceIsNamedUntilOneOfItsRecordsIsRetracted() {
        Position chair = new Position("x1", "d", Role.EXECUTIVE_MEMBER);
        Position again = new Position("x1", "d", Role.EXECUTIVE_MEMBER);
        Person namedLikeTheKey = Person.woman(chair.key());
        try (RuleSession session = Engines.bundled().openSession(YEAR)) {
            session.insert(district).insert(person).insert(chair).insert(namedLikeTheKey);
            assertThat(positionsTwice(session)).isEmpty();

            session.insert(again);
            assertThat(positionsTwice(session)).containsExactly("x1@d:EXECUTIVE_MEMBER");
            assertThat(duplicates(session)).isEmpty();

            session.retract(chair);
            assertThat(positionsTwice(session)).isEmpty();
        }
    }

    private static List<String> positionsTwice(RuleSession session) {
        return session.findings().stream().filter(f -> "DUPLICATE_POSITION".equals(f.code())).map(Finding::subjectId).toList();
    }

    @Test
    void theSameRecordInsertedTwiceIsOneRecord() {
        try (RuleSession session = Engines.bundled().openSession(YEAR)) {
            session.insert(district).insert(person).insert(person);
            assertThat(duplicates(session)).isEmpty();
            assertThat(session.findings()).extracting(Finding::code).doesNotContain("DUPLICATE_ID");
        }
    }
}
