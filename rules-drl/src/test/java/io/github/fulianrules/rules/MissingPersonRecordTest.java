package io.github.fulianrules.rules;

import static io.github.fulianrules.testkit.RulesAssertions.assertThat;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.model.Role;
import io.github.fulianrules.testkit.DistrictFacts;
import io.github.fulianrules.testkit.Evaluation;
import org.junit.jupiter.api.Test;

/**
 * Unknown is not "no" (revision 2) for a position whose person record does not exist, which only a
 * host's facts can produce (the JSON format nests positions in their person): the position's data
 * finding stands, and a requirement that person could still meet is not reported as violated.
 */
class MissingPersonRecordTest {
    private final FulianRules engine = Engines.bundled();

    private static DistrictFacts district() {
        return DistrictFacts.year(2025).add(new Federation("d", Level.DISTRICT, "示例区妇联", null, null),
                new Federation("s1", Level.SUB_DISTRICT, "东湖街道妇联", "d", 1000),
                new Federation("c1", Level.COMMUNITY, "东湖苑社区妇联", "s1", null));
    }

    @Test
    void chairsAndAViceChairWithoutPersonRecordsAreDataFindingsNotViolations() {
        Evaluation e = Evaluation.of(engine, district().add(new Position("ghost1", "s1", Role.CHAIR),
                new Position("ghost2", "s1", Role.FULL_TIME_VICE_CHAIR), new Position("ghost3", "c1", Role.CHAIR)).build());

        assertThat(e).hasNoFindingOf("FL-4.1a").hasNoFindingOf("FL-4.1b").hasNoFindingOf("FL-4.2b")
                .hasDataFinding("UNKNOWN_REFERENCE").on("ghost1@s1:CHAIR")
                .hasDataFinding("UNKNOWN_REFERENCE").on("ghost2@s1:FULL_TIME_VICE_CHAIR")
                .hasDataFinding("UNKNOWN_REFERENCE").on("ghost3@c1:CHAIR");
    }

    @Test
    void aChairWithoutPersonRecordBesideAQualifyingChairLeavesTheRequirementMet() {
        Evaluation e = Evaluation.of(engine, district().add(Person.woman("p1").inLeadershipTeamOf("s1"),
                new Position("p1", "s1", Role.CHAIR), new Position("ghost", "s1", Role.CHAIR)).build());

        assertThat(e).hasNoFindingOf("FL-4.1a").isMet("FL-4.1a", "s1");
    }

    @Test
    void aDelegateWithoutPersonRecordLeavesTheShareUnjudgedOnlyWhenSheCouldTipIt() {
        DistrictFacts fourOfSix = district().in("d")
                .women(Role.CONGRESS_DELEGATE, "p0", "p1", "p2", "p3", "p9");
        for (int i = 0; i < 4; i++) {
            fourOfSix.add(Person.woman("p" + i).asOutstandingRepresentative());
        }
        fourOfSix.add(new Position("ghost", "d", Role.CONGRESS_DELEGATE));
        // 4 of 6 misses 80% (400 < 480) but 5 of 6 would meet it (500 ≥ 480): not judged.
        assertThat(Evaluation.of(engine, fourOfSix.build())).notJudged("FL-2.1a", "d");

        DistrictFacts oneOfFour = district().add(new Position("ghost", "d", Role.CONGRESS_DELEGATE))
                .in("d").women(Role.CONGRESS_DELEGATE, "p0", "p1", "p2")
                .add(Person.woman("p0").asOutstandingRepresentative());
        // 1 of 4, and 2 of 4 even if the unknown delegate qualified: missed either way.
        assertThat(Evaluation.of(engine, oneOfFour.build())).hasViolation("FL-2.1a").on("d").measured("1/4");
    }
}
