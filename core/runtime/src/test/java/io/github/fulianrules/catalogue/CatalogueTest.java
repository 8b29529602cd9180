package io.github.fulianrules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.report.Strength;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogueTest {
    private static Requirement requirement(String id, String words) {
        return new Requirement(id, "二(二)", Strength.MUST, "district WF", words, "check " + id);
    }

    private static final Parameter FLOOR = new Parameter("communityExecutiveFloor", "people", "二(四)2", "floor",
            List.of(new ParameterValue(LocalDate.parse("2026-01-01"), 17L), new ParameterValue(LocalDate.parse("2024-01-01"), 15L)));

    @Test
    void requirementsInTheOrderOfTheirIdsAndParametersAsGiven() {
        Parameter other = new Parameter("a", "days", "c", "d", List.of());
        Catalogue c = new Catalogue(List.of(requirement("FL-10.1a", "x"), requirement("FL-2.1a", "y"), requirement("FL-2.10a", "z")),
                List.of(FLOOR, other));

        assertThat(c.requirements()).extracting(Requirement::id).containsExactly("FL-2.1a", "FL-2.10a", "FL-10.1a");
        assertThat(c.requirement("FL-2.10a")).map(Requirement::sourceWords).contains("z");
        assertThat(c.requirement("FL-9")).isEmpty();
        assertThat(c.parameters()).containsExactly(FLOOR, other);
        assertThat(c.parameter("communityExecutiveFloor")).contains(FLOOR);
        assertThat(c.parameter("b")).isEmpty();
    }

    @Test
    void theDigestChangesWithWhatTheRequirementsAskNotWithTheirOrderOrTheParameters() {
        Catalogue c = new Catalogue(List.of(requirement("FL-2.1a", "y"), requirement("FL-1.1a", "x")), List.of(FLOOR));
        Catalogue same = new Catalogue(List.of(requirement("FL-1.1a", "x"), requirement("FL-2.1a", "y")), List.of());
        Catalogue reworded = new Catalogue(List.of(requirement("FL-1.1a", "x"), requirement("FL-2.1a", "y!")), List.of());
        Catalogue noStrength = new Catalogue(List.of(requirement("FL-1.1a", "x"),
                new Requirement("FL-2.1a", "二(二)", null, "district WF", "y", "check FL-2.1a")), List.of());

        assertThat(c.digest()).matches("[0-9a-f]{64}").isEqualTo(c.digest()).isEqualTo(same.digest());
        assertThat(reworded.digest()).isNotEqualTo(c.digest());
        assertThat(noStrength.digest()).matches("[0-9a-f]{64}").isNotEqualTo(c.digest());
    }

    @Test
    void aParameterHasTheLatestValueNotAfterTheDay() {
        assertThat(FLOOR.valueOn(LocalDate.parse("2023-12-31"))).isEmpty();
        assertThat(FLOOR.valueOn(LocalDate.parse("2024-01-01"))).contains(15L);
        assertThat(FLOOR.valueOn(LocalDate.parse("2025-12-31"))).contains(15L);
        assertThat(FLOOR.valueOn(LocalDate.parse("2026-01-01"))).contains(17L);
    }
}
