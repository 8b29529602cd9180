package io.github.fulianrules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.RuleSession;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Have;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.model.Role;
import io.github.fulianrules.model.WomensHome;
import io.github.fulianrules.report.Explanation;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.rulesupport.Tally;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A stateful session keeps findings current by truth maintenance, and explains them. */
class StatefulSessionTest {
    private static final AssessmentPeriod YEAR = AssessmentPeriod.year(2025);
    private final Federation district = new Federation("d", Level.DISTRICT, "区妇联", null, null);
    private final Federation subDistrict = new Federation("s1", Level.SUB_DISTRICT, "东湖街道妇联", "d", 20_000);

    @Test
    void aFindingDisappearsOnceTheHomeGetsItsMissingHaves() {
        EnumSet<Have> six = EnumSet.allOf(Have.class);
        six.remove(Have.FUNDING);
        WomensHome lacking = new WomensHome("h1", "东湖妇女之家", "s1", six, Set.of(), false);
        try (RuleSession session = Engines.bundled().openSession(YEAR)) {
            session.insert(district).insert(subDistrict).insert(lacking);
            assertThat(of(session.findings(), "FL-4.4b")).singleElement()
                    .satisfies(f -> assertThat(f.details()).containsExactly("FUNDING"));

            session.update(lacking, new WomensHome("h1", "东湖妇女之家", "s1", EnumSet.allOf(Have.class), Set.of(), false));

            assertThat(of(session.findings(), "FL-4.4b")).isEmpty();
        }
    }

    @Test
    void retractingAPartTimeViceChairBringsTheShortfallBack() {
        try (RuleSession session = Engines.bundled().openSession(YEAR)) {
            session.insert(district);
            Position last = null;
            for (int i = 1; i <= 4; i++) {
                session.insert(Person.woman("p" + i));
                last = new Position("p" + i, "d", Role.PART_TIME_VICE_CHAIR);
                session.insert(last);
            }
            assertThat(of(session.findings(), "FL-2.4a")).isEmpty();

            session.retract(last);

            assertThat(of(session.findings(), "FL-2.4a")).singleElement()
                    .satisfies(f -> assertThat(f.gap()).isEqualTo(1));
        }
    }

    @Test
    void theStatefulSessionAgreesWithTheStatelessEvaluation() {
        DistrictData data = DistrictData.builder(YEAR).add(district).add(subDistrict)
                .add(Person.man("p1")).add(new Position("p1", "s1", Role.CHAIR)).build();
        try (RuleSession session = Engines.bundled().openSession(YEAR)) {
            session.insertAll(data.facts().toList());
            assertThat(session.findings()).isEqualTo(Engines.bundled().evaluate(data).findings());
        }
    }

    @Test
    void anExplanationNamesTheRuleTheFactsAndTheParameter() {
        DistrictData data = DistrictData.builder(YEAR).add(district).add(subDistrict).build();

        Explanation why = Engines.bundled().explain(data, "FL-4.1e", "s1").orElseThrow();

        assertThat(why.rule()).startsWith("FL-4.1e ");
        assertThat(why.met()).isFalse();
        assertThat(why.measured()).isEqualTo("0");
        assertThat(why.required()).isEqualTo("20");
        assertThat(why.matched()).anyMatch(m -> m.contains("subDistrictExecutivePerMille"))
                .anyMatch(m -> m.contains("residentWomen=20000"));
    }

    @Test
    void aMetRequirementIsExplainedByTheConditionThatHeld() {
        DistrictData.Builder b = DistrictData.builder(YEAR).add(district).add(subDistrict);
        for (int i = 1; i <= 2; i++) {
            b.add(Person.woman("p" + i)).add(new Position("p" + i, "s1", Role.PART_TIME_VICE_CHAIR));
        }

        Explanation why = Engines.bundled().explain(b.build(), "FL-4.1c", "s1").orElseThrow();

        assertThat(why.met()).isTrue();
        assertThat(why.measured()).isEqualTo("2");
        assertThat(why.required()).isEqualTo("2");
    }

    @Test
    void everyRoleOfAFederationIsTalliedAndFollowsItsPositions() {
        // derived-facts.drl names the roles one by one: a role added to Role without a line there fails here.
        Map<String, Long> zero = Arrays.stream(Role.values()).collect(Collectors.toMap(Role::name, r -> 0L));
        Arrays.stream(Role.values()).filter(Role::isOfficer).forEach(r -> zero.put(r.name() + ".conflicted", 0L));
        try (RuleSession session = Engines.bundled().openSession(YEAR)) {
            session.insert(district).insert(subDistrict).insert(Person.woman("p1"));
            assertThat(tallies(session, "s1")).isEqualTo(zero);

            Position member = new Position("p1", "s1", Role.EXECUTIVE_MEMBER);
            Position chair = new Position("p1", "s1", Role.CHAIR);
            session.insert(member).insert(chair);
            Map<String, Long> counted = new java.util.HashMap<>(zero);
            counted.put("EXECUTIVE_MEMBER", 1L);
            counted.put("CHAIR", 1L);
            assertThat(tallies(session, "s1")).isEqualTo(counted);

            session.retract(member).retract(chair);
            assertThat(tallies(session, "s1")).isEqualTo(zero);
        }
    }

    /** The tallies of {@code subjectId} by key, as the facts stand after firing. */
    private static Map<String, Long> tallies(RuleSession session, String subjectId) {
        session.findings();
        return session.objects(Tally.class).stream().filter(t -> t.subjectId().equals(subjectId))
                .collect(Collectors.toMap(Tally::key, t -> (long) t.value()));
    }

    private static List<Finding> of(List<Finding> findings, String requirementId) {
        return findings.stream().filter(f -> f.requirementId().equals(requirementId)).toList();
    }
}
