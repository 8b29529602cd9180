package io.github.fulianrules.rulesupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AssessmentTest {

    @Test
    void aShareIsDecidedWhenMetWithoutTheUndecidedOrMissedEvenWithAllOfThem() {
        // 80 % of 5: 4 are needed
        assertThat(Assessment.shareDecided(4, 1, 5, 80)).isTrue();
        assertThat(Assessment.shareDecided(3, 1, 5, 80)).isFalse();
        assertThat(Assessment.shareDecided(2, 1, 5, 80)).isTrue();
        assertThat(Assessment.shareDecided(0, 0, 5, 80)).isTrue();
    }

    @Test
    void theGapOfAShareIsRoundedUpToAWholeMember() {
        // 3 % of 67 is 2.01: 2 members are 0.01 short, so one more is needed
        Assessment almost = Assessment.share("x", "d", SubjectType.DISTRICT_FEDERATION, 2, 67, 3);

        assertThat(almost.met()).isFalse();
        assertThat(almost.gap()).isEqualTo(1);
        assertThat(almost.measured()).isEqualTo("2/67");
        assertThat(almost.required()).isEqualTo("3%");
        assertThat(Assessment.share("x", "d", SubjectType.DISTRICT_FEDERATION, 3, 67, 3).gap()).isZero();
    }

    @Test
    void aPerMilleFloorNamesThePopulationAndTheGap() {
        Assessment short2 = Assessment.perMille("FL-4.1e", "s", SubjectType.SUB_DISTRICT_FEDERATION, 29, 30_001, 1);

        assertThat(short2.gap()).isEqualTo(2);
        assertThat(short2.details()).containsExactly("30001");
        assertThat(short2.measured()).isEqualTo("29");
        assertThat(Assessment.perMille("FL-4.1e", "s", SubjectType.DISTRICT_FEDERATION, 40, 30_001, 1).gap()).isZero();
        assertThat(Assessment.perMille("FL-4.1e", "s", SubjectType.DISTRICT_FEDERATION, 40, 30_001, 1).met()).isTrue();
        // 2‰ of 30,001 is 60.002: 61 are needed
        Assessment twoPerMille = Assessment.perMille("FL-4.1e", "s", SubjectType.DISTRICT_FEDERATION, 60, 30_001, 2);
        assertThat(twoPerMille.required()).isEqualTo("61");
        assertThat(twoPerMille.gap()).isEqualTo(1);
    }

    @Test
    void recordsAllInOneQuarterAreNoRegularPractice() {
        Assessment oneQuarter = Assessment.spread("FL-3.2a", "s", SubjectType.DISTRICT_FEDERATION, 4, 1, 2);
        assertThat(oneQuarter.met()).isFalse();
        assertThat(oneQuarter.gap()).isEqualTo(1);
        assertThat(oneQuarter.details()).containsExactly("ONE_QUARTER");
        assertThat(oneQuarter.measured()).isEqualTo("4");
        assertThat(oneQuarter.required()).isEqualTo("2");

        Assessment twoQuarters = Assessment.spread("FL-3.2a", "s", SubjectType.DISTRICT_FEDERATION, 2, 2, 2);
        assertThat(twoQuarters.met()).isTrue();
        assertThat(twoQuarters.gap()).isZero();
        assertThat(twoQuarters.details()).isEmpty();

        // one record asked: its quarter does not matter
        assertThat(Assessment.spread("FL-3.2a", "s", SubjectType.DISTRICT_FEDERATION, 1, 1, 1).met()).isTrue();
        // too few records: the gap is how many more, even if they fall in one quarter
        Assessment tooFew = Assessment.spread("FL-3.2a", "s", SubjectType.DISTRICT_FEDERATION, 2, 1, 4);
        assertThat(tooFew.gap()).isEqualTo(2);
        assertThat(tooFew.details()).containsExactly("ONE_QUARTER");
        // Revision 3: one record is short, not "all in one quarter"
        Assessment one = Assessment.spread("FL-3.2a", "s", SubjectType.DISTRICT_FEDERATION, 1, 1, 4);
        assertThat(one.gap()).isEqualTo(3);
        assertThat(one.details()).isEmpty();
        Assessment none = Assessment.spread("FL-3.2a", "s", SubjectType.DISTRICT_FEDERATION, 0, 0, 2);
        assertThat(none.gap()).isEqualTo(2);
        assertThat(none.details()).isEmpty();
    }

    @Test
    void whatIsPresentIsCountedAndNoDetailsAreAnEmptyList() {
        Assessment twoMissing = Assessment.allPresent("FL-4.4b", "h", SubjectType.WOMENS_HOME, List.of("VENUE", "FUNDING"), 7);

        assertThat(twoMissing.measured()).isEqualTo("5");
        assertThat(twoMissing.required()).isEqualTo("7");
        assertThat(new Assessment("x", "d", SubjectType.DISTRICT_FEDERATION, true, "1", "1", 0, null).details()).isEmpty();
    }
}
