package io.github.fulianrules.examples.embed;

import static io.github.fulianrules.testkit.RulesAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.model.Activity;
import io.github.fulianrules.model.ActivityType;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Role;
import io.github.fulianrules.testkit.DistrictFacts;
import io.github.fulianrules.testkit.Evaluation;
import io.github.fulianrules.testkit.RulesUnderTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A host's tests with the kit's facts builder and assertions, against the bundled rules and the host's bundle. */
class HostAssertionsTest {
    /**
     * Three women as part-time vice-chairs of the district federation "demo", one of whom is also its one
     * executive member, an outstanding representative.
     */
    private static final DistrictData THREE_VICE_CHAIRS = DistrictFacts.year(2025)
            .federation("demo", Level.DISTRICT).women(Role.PART_TIME_VICE_CHAIR, "vc1", "vc2", "vc3")
            .women(Role.EXECUTIVE_MEMBER, "vc1").add(Person.woman("vc1").asOutstandingRepresentative())
            .build();

    @Nested
    @RulesUnderTest
    class BundledRules {
        private final FulianRules engine;

        BundledRules(FulianRules engine) {
            this.engine = engine;
        }

        @Test
        void threePartTimeViceChairsAreOneShortAndTheOutstandingExecutiveMeetsTheShare() {
            assertThat(Evaluation.of(engine, THREE_VICE_CHAIRS))
                    .hasViolation("FL-2.4a").on("demo").measured("3").required("4").gap(1).notWaived()
                    .isMet("FL-2.1b", "demo")
                    .hasNoFindingOf("FL-2.1b");
        }

        @Test
        void aFourthViceChairMeetsTheFloor() {
            DistrictData four = DistrictFacts.year(2025)
                    .federation("demo", Level.DISTRICT).women(Role.PART_TIME_VICE_CHAIR, "vc1", "vc2", "vc3", "vc4")
                    .build();

            assertThat(Evaluation.of(engine, four)).isMet("FL-2.4a", "demo").hasNoFindingOf("FL-2.4a");
        }

        @Test
        void theFloorComesFromTheParameters() {
            assertThat(Evaluation.of(engine, THREE_VICE_CHAIRS, java.util.Map.of("districtPartTimeViceChairsMin", 3L)))
                    .isMet("FL-2.4a", "demo");
        }

        @Test
        void aWrongExpectationFailsWithTheFindingInBothLanguages() {
            assertThatThrownBy(() -> assertThat(Evaluation.of(engine, THREE_VICE_CHAIRS))
                    .hasViolation("FL-2.4a").on("demo").measured("2"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageStartingWith("Expected a VIOLATION of FL-2.4a on demo with measured 2, but the report has none.\n"
                            + "Nearest findings:\n  - a VIOLATION of FL-2.4a on demo: measured 3, required 4, gap 1\n"
                            + "      zh: ")
                    .hasMessageContaining("\n      en: ");
        }
    }

    @Nested
    @RulesUnderTest("target/host-rules.jar")
    class OurBundle {
        @Test
        void twoReportsAreTwoShortOfAReportEveryQuarter(FulianRules engine) {
            DistrictData district = DistrictFacts.year(2025).federation("d", Level.DISTRICT)
                    .add(Activity.on("a1", ActivityType.REFORM_REPORT, "d", LocalDate.of(2025, 3, 1)),
                            Activity.on("a2", ActivityType.REFORM_REPORT, "d", LocalDate.of(2025, 9, 1)))
                    .build();

            assertThat(Evaluation.of(engine, district))
                    .hasWarning("FL-1.1a").on("d").measured("2").required("4").gap(2)
                    .hasNoOtherFindings();
        }

        @Test
        void theBundleIsTheHostsRuleSet(FulianRules engine) {
            assertThat(engine.catalogue().requirements()).hasSize(1);
            assertThat(engine.parametersOn(LocalDate.of(2025, 1, 1))).containsEntry("reformReportsPerYear", 4L);
        }
    }
}
