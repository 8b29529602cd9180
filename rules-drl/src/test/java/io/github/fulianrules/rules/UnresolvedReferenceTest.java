package io.github.fulianrules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.RuleSession;
import io.github.fulianrules.model.Activity;
import io.github.fulianrules.model.ActivityType;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.Building;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.model.Role;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.rulesupport.Officer;
import io.github.fulianrules.rulesupport.RoleConflict;
import io.github.fulianrules.rulesupport.UnresolvedReference;
import io.github.fulianrules.rulesupport.WrongSubject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * UNKNOWN_REFERENCE and WRONG_SUBJECT read the {@link UnresolvedReference} and {@link WrongSubject}
 * facts the session keeps as records come and go, in any order: a reference is named while no
 * record of its kind has its id, and not once one has. The officers and role conflicts of a person
 * without a record are derived from her position's UnresolvedReference, and follow it.
 */
class UnresolvedReferenceTest {
    private static final AssessmentPeriod YEAR = AssessmentPeriod.year(2025);
    private final Federation district = new Federation("d", Level.DISTRICT, "区妇联", null, null);
    private final Person person = Person.woman("p1");
    private final Position member = new Position("p1", "d", Role.EXECUTIVE_MEMBER);

    /** The findings of {@code code}, as subject, field and the id named. */
    private static List<String> findings(RuleSession session, String code) {
        return session.findings().stream().filter(f -> code.equals(f.code()))
                .map(f -> f.subjectId() + " " + f.details() + " " + f.measured()).sorted().toList();
    }

    @Test
    void aPositionInsertedBeforeItsPersonIsNoFindingOnceThePersonIsThere() {
        try (RuleSession session = Engines.bundled().openSession(YEAR)) {
            session.insert(member).insert(person).insert(district);
            assertThat(findings(session, "UNKNOWN_REFERENCE")).isEmpty();
            assertThat(session.objects(UnresolvedReference.class)).isEmpty();

            session.retract(person);
            assertThat(findings(session, "UNKNOWN_REFERENCE")).containsExactly("p1@d:EXECUTIVE_MEMBER [personId] p1");
            assertThat(session.objects(UnresolvedReference.class)).singleElement()
                    .satisfies(u -> assertThat(u.referrer()).isSameAs(member));

            session.insert(person);
            assertThat(findings(session, "UNKNOWN_REFERENCE")).isEmpty();
        }
    }

    @Test
    void aReferenceToARecordOfAnotherKindIsUnresolvedUntilOneOfItsKindSharesTheId() {
        Building building = new Building("b1", "国际金融中心", "p1", true);
        try (RuleSession session = Engines.bundled().openSession(YEAR)) {
            session.insert(district).insert(person).insert(building);
            assertThat(findings(session, "UNKNOWN_REFERENCE")).containsExactly("b1 [federationId] p1");

            Federation namedLikeThePerson = new Federation("p1", Level.SUB_DISTRICT, "东湖街道妇联", "d", 100);
            session.insert(namedLikeThePerson);
            assertThat(findings(session, "UNKNOWN_REFERENCE")).isEmpty();

            session.update(namedLikeThePerson, new Federation("s1", Level.SUB_DISTRICT, "东湖街道妇联", "d", 100));
            assertThat(findings(session, "UNKNOWN_REFERENCE")).containsExactly("b1 [federationId] p1");

            session.retract(building);
            assertThat(findings(session, "UNKNOWN_REFERENCE")).isEmpty();
            assertThat(session.objects(UnresolvedReference.class)).isEmpty();
        }
    }

    @Test
    void anActivityAgainstASubjectOfTheWrongKindIsNamedUntilTheSubjectFits() {
        Federation street = new Federation("s1", Level.SUB_DISTRICT, "东湖街道妇联", "d", 100);
        Activity report = new Activity("a1", ActivityType.REFORM_REPORT, "s1", LocalDate.of(2025, 3, 5), null);
        try (RuleSession session = Engines.bundled().openSession(YEAR)) {
            session.insert(report).insert(district).insert(street);
            assertThat(findings(session, "WRONG_SUBJECT")).containsExactly("a1 [subjectId] DISTRICT_FEDERATION");
            assertThat(findings(session, "UNKNOWN_REFERENCE")).isEmpty();

            Activity againstTheDistrict = new Activity("a1", ActivityType.REFORM_REPORT, "d", LocalDate.of(2025, 3, 5), null);
            session.update(report, againstTheDistrict);
            assertThat(findings(session, "WRONG_SUBJECT")).isEmpty();

            Activity againstNothing = new Activity("a1", ActivityType.REFORM_REPORT, "nowhere", LocalDate.of(2025, 3, 5), null);
            session.update(againstTheDistrict, againstNothing);
            assertThat(findings(session, "WRONG_SUBJECT")).isEmpty();
            assertThat(findings(session, "UNKNOWN_REFERENCE")).containsExactly("a1 [subjectId] nowhere");
            assertThat(session.objects(WrongSubject.class)).isEmpty();
        }
    }

    @Test
    void aSubjectWhoseKindChangesMakesItsActivitiesFitOrNot() {
        Federation street = new Federation("s1", Level.SUB_DISTRICT, "东湖街道妇联", "d", 100);
        Activity congress = new Activity("a1", ActivityType.CONGRESS, "s1", LocalDate.of(2025, 3, 5), null);
        try (RuleSession session = Engines.bundled().openSession(YEAR)) {
            session.insert(district).insert(street).insert(congress);
            assertThat(findings(session, "WRONG_SUBJECT")).isEmpty();

            Federation community = new Federation("s1", Level.COMMUNITY, "东湖社区妇联", "d", 100);
            session.update(street, community);
            assertThat(findings(session, "WRONG_SUBJECT")).containsExactly("a1 [subjectId] SUB_DISTRICT_FEDERATION");

            session.update(community, street);
            assertThat(findings(session, "WRONG_SUBJECT")).isEmpty();
        }
    }

    @Test
    void theSameRecordInsertedTwiceIsNamedOnceAndNotAfterItIsRetracted() {
        Position nobody = new Position("nobody", "d", Role.EXECUTIVE_MEMBER);
        try (RuleSession session = Engines.bundled().openSession(YEAR)) {
            session.insert(district).insert(nobody).insert(nobody);
            assertThat(findings(session, "UNKNOWN_REFERENCE")).containsExactly("nobody@d:EXECUTIVE_MEMBER [personId] nobody");
            assertThat(session.objects(UnresolvedReference.class)).hasSize(1);

            session.retract(nobody);
            assertThat(findings(session, "UNKNOWN_REFERENCE")).isEmpty();
            assertThat(session.objects(UnresolvedReference.class)).isEmpty();
        }
    }

    @Test
    void anEvaluationLooksEachReferenceUpOnceAndNamesWhatASessionFollowingThemNames() {
        Federation street = new Federation("s1", Level.SUB_DISTRICT, "东湖街道妇联", "d", 100);
        DistrictData data = DistrictData.builder(YEAR)
                .add(member).add(member)                                          // the same instance twice
                .add(new Position("nobody", "s1", Role.CHAIR))                    // a person without a record
                .add(new Building("b1", "国际金融中心", "p1", true))                 // a person's id for a federation
                .add(new Activity("a1", ActivityType.REFORM_REPORT, "s1", LocalDate.of(2025, 3, 5), null))
                .add(new Activity("a2", ActivityType.REFORM_REPORT, "nowhere", LocalDate.of(2025, 3, 5), null))
                .add(person).add(district).add(street).build();
        List<String> expected = List.of("a1 [subjectId] DISTRICT_FEDERATION", "a2 [subjectId] nowhere",
                "b1 [federationId] p1", "nobody@s1:CHAIR [personId] nobody");

        Report once = Engines.bundled().evaluate(data);
        try (RuleSession session = Engines.bundled().openSession(YEAR)) {
            List<Object> records = new ArrayList<>(data.facts().toList());
            // The instance listed again is a second record, as evaluate makes it; every reference comes before what it names.
            records.set(records.lastIndexOf(member), new Position(member.personId(), member.federationId(), member.role()));
            Collections.reverse(records);
            records.forEach(session::insert);

            assertThat(Stream.of("UNKNOWN_REFERENCE", "WRONG_SUBJECT").flatMap(code -> findings(session, code).stream()).sorted())
                    .containsExactlyElementsOf(expected);
            assertThat(once.findings()).isEqualTo(session.findings());
        }
    }

    @Test
    void aFederationNamingItselfAsParentIsNoUnknownReference() {
        Federation own = new Federation("s1", Level.SUB_DISTRICT, "东湖街道妇联", "s1", 100);
        try (RuleSession session = Engines.bundled().openSession(YEAR)) {
            session.insert(district).insert(own);
            assertThat(findings(session, "UNKNOWN_REFERENCE")).isEmpty();
        }
    }

    @Test
    void officersAndConflictsCarryTheirPersonRecordOnceItArrivesAndLoseItWhenItGoes() {
        Federation street = new Federation("s1", Level.SUB_DISTRICT, "东湖街道妇联", "d", 100);
        Position chair = new Position("p1", "s1", Role.CHAIR);
        Position viceChair = new Position("p1", "s1", Role.FULL_TIME_VICE_CHAIR);
        Position otherChair = new Position("p2", "d", Role.CHAIR);
        try (RuleSession session = Engines.bundled().openSession(YEAR)) {
            session.insert(district).insert(street).insert(chair).insert(viceChair).insert(otherChair);
            session.findings();
            assertThat(session.objects(RoleConflict.class)).singleElement().satisfies(c -> assertThat(c.person()).isNull());
            assertThat(session.objects(Officer.class)).singleElement().satisfies(o -> assertThat(o.personRecorded()).isFalse());

            session.insert(person).insert(Person.woman("p2"));
            session.findings();
            assertThat(session.objects(RoleConflict.class)).singleElement().satisfies(c -> assertThat(c.person()).isSameAs(person));
            assertThat(session.objects(Officer.class)).singleElement().satisfies(o -> assertThat(o.personRecorded()).isTrue());

            session.retract(person);
            session.findings();
            assertThat(session.objects(RoleConflict.class)).singleElement().satisfies(c -> assertThat(c.person()).isNull());
        }
    }
}
