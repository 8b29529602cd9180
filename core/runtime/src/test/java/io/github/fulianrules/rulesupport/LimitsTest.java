package io.github.fulianrules.rulesupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What rule code gives the rule-support types is checked where it gives it (issue 26): a null, a
 * number a report's arithmetic cannot hold, a text or a list beyond its limit is an
 * {@link IllegalArgumentException} saying which, which the engine turns into a failure of the rule.
 */
class LimitsTest {
    private static final SubjectType D = SubjectType.DISTRICT_FEDERATION;
    private static final String LONGEST = "x".repeat(Limits.MAX_TEXT);

    private static void refused(Runnable r, String message) {
        assertThatThrownBy(r::run).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void anAssessmentNeedsItsIdsTypeAndValues() {
        refused(() -> new Assessment(null, "d", D, true, "1", "1", 0, null), "an Assessment needs a requirementId, not null");
        refused(() -> new Assessment("x", null, D, true, "1", "1", 0, null), "an Assessment needs a subjectId, not null");
        refused(() -> new Assessment("x", "d", null, true, "1", "1", 0, null), "an Assessment needs a subjectType, not null");
        refused(() -> new Assessment("x", "d", D, true, null, "1", 0, null), "an Assessment needs a measured value, not null");
        refused(() -> new Assessment("x", "d", D, true, "1", null, 0, null), "an Assessment needs a required value, not null");
        refused(() -> new Assessment("x", "d", D, false, "1", "2", -1, null), "an Assessment: the gap -1 is negative");
        refused(() -> new Assessment("x", "d", D, true, "1", "1", 0, Collections.singletonList(null)),
                "an Assessment needs each of the details, not null");
    }

    @Test
    void aTextIsAtMostItsLimitAndTheDetailsTogetherToo() {
        assertThat(new Assessment("x", LONGEST, D, true, LONGEST, "1", 0, List.of(LONGEST)).subjectId()).hasSize(Limits.MAX_TEXT);
        refused(() -> new Assessment("x", LONGEST + "x", D, true, "1", "1", 0, null),
                "an Assessment: a subjectId has 1000001 characters, more than 1000000");
        refused(() -> new Assessment("x", "d", D, true, "1", "1", 0, List.of(LONGEST, "x")),
                "an Assessment: the details have 1000001 characters together, more than 1000000");
        List<String> many = new ArrayList<>(Collections.nCopies(Limits.MAX_ITEMS + 1, ""));
        refused(() -> new Assessment("x", "d", D, true, "1", "1", 0, many),
                "an Assessment: the details has 100001 items, more than 100000");
        refused(() -> new DataIssue("C", "d", D, null, LONGEST + "x"), "a DataIssue: the detail has 1000001 characters, more than 1000000");
        refused(() -> new DataIssue("C", "d", null, null, null), "a DataIssue needs a subjectType, not null");
        refused(() -> new Tally("d", null, 1), "a Tally needs a key, not null");
    }

    @Test
    void theNumbersOfAShareAreWhatAReportCanHold() {
        assertThat(new Assessment("x", "d", D, false, "1000000000000/1000000000000", "1000000%", 1, null).met()).isFalse();
        refused(() -> new Assessment("x", "d", D, false, "99999999999999999999/1", "50%", 1, null),
                "an Assessment: the measured qualifying count 99999999999999999999 is beyond 1000000000000");
        refused(() -> new Assessment("x", "d", D, false, "1/1000000000001", "50%", 1, null),
                "an Assessment: the measured total 1000000000001 is beyond 1000000000000");
        refused(() -> new Assessment("x", "d", D, false, "1/2", "1000001%", 1, null),
                "an Assessment: the required percentage 1000001 is beyond 1000000");
        // not a share: any words
        assertThat(new Assessment("x", "d", D, false, "1/2/3", "50 %", 1, null).measured()).isEqualTo("1/2/3");
    }

    @Test
    void theFactoriesTakeCountsAndRatesWithinTheirLimits() {
        assertThat(Assessment.atLeast("x", "d", D, -Limits.MAX_COUNT, Limits.MAX_COUNT).gap()).isEqualTo(2 * Limits.MAX_COUNT);
        refused(() -> Assessment.atLeast("x", "d", D, 0, Long.MAX_VALUE),
                "an Assessment: the minimum 9223372036854775807 is beyond ±1000000000000");
        refused(() -> Assessment.share("x", "d", D, 1, Long.MAX_VALUE / 50, 60),
                "an Assessment: the total 184467440737095516 is beyond ±1000000000000");
        refused(() -> Assessment.share("x", "d", D, 1, 2, Limits.MAX_RATE + 1),
                "an Assessment: the percentage 1000001 is beyond ±1000000");
        refused(() -> Assessment.perMille("x", "d", D, 1, Long.MAX_VALUE, 1),
                "an Assessment: the population 9223372036854775807 is beyond ±1000000000000");
        refused(() -> Assessment.spread("x", "d", D, Long.MIN_VALUE, 1, 1),
                "an Assessment: the count -9223372036854775808 is beyond ±1000000000000");
        refused(() -> Assessment.allPresent("x", "d", D, null, 7), "an Assessment needs what is missing, not null");
    }
}
