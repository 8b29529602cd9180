package io.github.fulianrules.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Requirement IDs sort by task and number, not as text; DATA comes last. */
class RequirementIdsTest {
    @Test
    void idsSortByTaskThenNumberThenLetter() {
        List<String> ids = new ArrayList<>(List.of("DATA", "zzz", "FL-4.1e", "FL-2.10a", "FL-2.4b", "FL-2.4a", "FL-10.1a",
                "abc", "FL-4.1a"));

        ids.sort(RequirementIds.ORDER);

        assertThat(ids).containsExactly("FL-2.4a", "FL-2.4b", "FL-2.10a", "FL-4.1a", "FL-4.1e", "FL-10.1a", "abc", "zzz", "DATA");
        assertThat(RequirementIds.ORDER.compare("FL-2.4a", "FL-2.4a")).isZero();
        assertThat(RequirementIds.ORDER.compare("DATA", "DATA")).isZero();
        assertThat(RequirementIds.ORDER.compare("abc", "DATA")).isNegative();
    }

    @Test
    void wellFormedIds() {
        assertThat(RequirementIds.isWellFormed("FL-2.4a")).isTrue();
        assertThat(RequirementIds.isWellFormed("FL-2.4")).isFalse();
        assertThat(RequirementIds.isWellFormed("DATA")).isFalse();
        assertThat(RequirementIds.isWellFormed(null)).isFalse();
    }

    /** Found by the catalogue fuzzer: a number longer than an int made the order throw. */
    @Test
    void numbersLongerThanAnIntAreOrderedByValue() {
        assertThat(Stream.of("FL-99999999999999999999.1a", "FL-2.10a", "FL-0010.1a", "FL-9.1a")
                .sorted(RequirementIds.ORDER).toList())
                .containsExactly("FL-2.10a", "FL-9.1a", "FL-0010.1a", "FL-99999999999999999999.1a");
    }
}
