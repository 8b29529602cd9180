package io.github.fulianrules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.model.Role;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.report.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Unknown is not "no" (revision 2) for a position whose person record does not exist, which only a
 * host's facts can produce (the JSON format nests positions in their person): the position's data
 * finding stands, and a requirement that person could still meet is not reported as violated.
 */
class MissingPersonRecordTest {
    private final FulianRules engine = Engines.bundled();

    private static DistrictData.Builder district() {
        return DistrictData.builder(AssessmentPeriod.year(2025))
                .add(new Federation("d", Level.DISTRICT, "示例区妇联", null, null))
                .add(new Federation("s1", Level.SUB_DISTRICT, "东湖街道妇联", "d", 1000))
                .add(new Federation("c1", Level.COMMUNITY, "东湖苑社区妇联", "s1", null));
    }

    private static List<String> of(Report report, String requirementId) {
        return report.findingsOf(requirementId).stream().map(Finding::subjectId).toList();
    }

    @Test
    void chairsAndAViceChairWithoutPersonRecordsAreDataFindingsNotViolations() {
        Report report = engine.evaluate(district()
                .add(new Position("ghost1", "s1", Role.CHAIR))
                .add(new Position("ghost2", "s1", Role.FULL_TIME_VICE_CHAIR))
                .add(new Position("ghost3", "c1", Role.CHAIR))
                .build());

        assertThat(of(report, "FL-4.1a")).isEmpty();
        assertThat(of(report, "FL-4.1b")).isEmpty();
        assertThat(of(report, "FL-4.2b")).isEmpty();
        assertThat(report.findingsOf("DATA")).filteredOn(f -> "UNKNOWN_REFERENCE".equals(f.code()))
                .extracting(Finding::subjectId)
                .contains("ghost1@s1:CHAIR", "ghost2@s1:FULL_TIME_VICE_CHAIR", "ghost3@c1:CHAIR");
    }

    @Test
    void aChairWithoutPersonRecordBesideAQualifyingChairLeavesTheRequirementMet() {
        Report report = engine.evaluate(district()
                .add(Person.woman("p1").inLeadershipTeamOf("s1"))
                .add(new Position("p1", "s1", Role.CHAIR))
                .add(new Position("ghost", "s1", Role.CHAIR))
                .build());

        assertThat(of(report, "FL-4.1a")).isEmpty();
        assertThat(report.score("FL-4.1a").met()).isEqualTo(1);
    }

    @Test
    void aDelegateWithoutPersonRecordLeavesTheShareUnjudgedOnlyWhenSheCouldTipIt() {
        DistrictData.Builder fourOfSix = district();
        for (int i = 0; i < 4; i++) {
            fourOfSix.add(Person.woman("p" + i).asOutstandingRepresentative()).add(new Position("p" + i, "d", Role.CONGRESS_DELEGATE));
        }
        fourOfSix.add(Person.woman("p9")).add(new Position("p9", "d", Role.CONGRESS_DELEGATE));
        fourOfSix.add(new Position("ghost", "d", Role.CONGRESS_DELEGATE));
        // 4 of 6 misses 80% (400 < 480) but 5 of 6 would meet it (500 ≥ 480): not judged.
        assertThat(of(engine.evaluate(fourOfSix.build()), "FL-2.1a")).isEmpty();

        DistrictData.Builder oneOfFour = district().add(Person.woman("p0").asOutstandingRepresentative())
                .add(new Position("p0", "d", Role.CONGRESS_DELEGATE));
        for (int i = 1; i < 3; i++) {
            oneOfFour.add(Person.woman("p" + i)).add(new Position("p" + i, "d", Role.CONGRESS_DELEGATE));
        }
        oneOfFour.add(new Position("ghost", "d", Role.CONGRESS_DELEGATE));
        // 1 of 4, and 2 of 4 even if the unknown delegate qualified: missed either way.
        assertThat(engine.evaluate(oneOfFour.build()).findingsOf("FL-2.1a")).singleElement()
                .satisfies(f -> assertThat(f.measured()).isEqualTo("1/4"));
    }
}
