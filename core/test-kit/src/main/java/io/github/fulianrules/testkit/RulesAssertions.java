package io.github.fulianrules.testkit;

import io.github.fulianrules.report.Report;

/**
 * The entry of the test kit's assertions, beside AssertJ's own (both can be imported statically):
 *
 * <pre>{@code
 * import static io.github.fulianrules.testkit.RulesAssertions.assertThat;
 *
 * Evaluation e = Evaluation.of(engine, district);
 * assertThat(e).hasViolation("FL-4.1a").on("S2").measured("0/1");
 * assertThat(e).isMet("FL-2.4a", "d").notJudged("FL-2.1a").hasNoOtherFindings();
 * }</pre>
 *
 * A failure says what was expected, then the findings nearest to it (same requirement, then same subject),
 * each with its message in Chinese and in English.
 */
public final class RulesAssertions {
    private RulesAssertions() {
    }

    /** Assertions on the report and on the checks of an evaluation: everything, {@code isMet} and {@code notJudged} included. */
    public static ReportAssert assertThat(Evaluation actual) {
        return new ReportAssert(actual);
    }

    /**
     * Assertions on a report alone, e.g. one a host made or read back from JSON. A report keeps no
     * checks that were met, so {@code isMet} and {@code notJudged} need an {@link Evaluation}.
     */
    public static ReportAssert assertThat(Report actual) {
        return new ReportAssert(actual == null ? null : new Evaluation(actual, java.util.List.of()), false);
    }
}
