package io.github.fulianrules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {
    @Test
    void runsOfDigitsCompareAsNumbersAndLeadingZerosOnlyBreakTies() {
        List<String> expected = Arrays.asList(null, "a", "a0", "a00", "a1", "a02", "a2", "a10", "a010x", "a10x", "b", "sd2",
                "sd2-c9", "sd2-c10", "sd10", "街道2", "街道10");
        List<String> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new java.util.Random(7));

        shuffled.sort(NaturalOrder.IDS);

        assertThat(shuffled).isEqualTo(expected);
    }

    @Test
    void theOrderIsConsistentWithEquals() {
        assertThat(NaturalOrder.IDS.compare("sd02", "sd2")).isNegative();
        assertThat(NaturalOrder.IDS.compare("sd2", "sd02")).isPositive();
        assertThat(NaturalOrder.IDS.compare("sd2", "sd2")).isZero();
        assertThat(NaturalOrder.IDS.compare("x99999999999999999999", "x100000000000000000000")).isNegative();
    }
}
