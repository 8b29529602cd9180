package io.github.fulianrules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.model.AssessmentPeriod;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {
    private static Finding finding(String requirement, String subject, String code, boolean waived, List<String> details,
                                   String measured, String required, String message) {
        return new Finding(requirement, code, null, Strength.IN_PRINCIPLE, Kind.VIOLATION, subject, "PERSON", waived, null,
                measured, required, 1, details, message == null ? null : new Text(message, message), null, null);
    }

    @Test
    void findingsScoresAndOpenViolationsOfARequirement() {
        Finding waived = finding("FL-2.4a", "qx", null, true, List.of(), "3", "4", "m");
        Finding open = finding("FL-4.1c", "sd1", null, false, List.of(), "1", "2", "m");
        Map<String, RequirementScore> scores = Map.of("FL-2.4a", new RequirementScore("FL-2.4a", 1, 0, 1));

        Report onlyWaived = new Report("qx", AssessmentPeriod.year(2025), List.of(waived), Summary.of(List.of(waived), scores));
        Report both = new Report("qx", AssessmentPeriod.year(2025), List.of(waived, open),
                Summary.of(List.of(waived, open), scores));

        assertThat(onlyWaived.hasOpenViolations()).isFalse();
        assertThat(both.hasOpenViolations()).isTrue();
        assertThat(both.findingsOf("FL-4.1c")).containsExactly(open);
        assertThat(both.findingsOf("FL-9")).isEmpty();
        assertThat(both.score("FL-2.4a")).isEqualTo(new RequirementScore("FL-2.4a", 1, 0, 1));
        assertThat(both.score("FL-4.1c")).as("not checked").isNull();
    }

    @Test
    void findingsOfOneCodeOnOneSubjectAreOrderedByDetailsMeasuredRequiredAndMessage() {
        List<Finding> ordered = List.of(
                finding("DATA", "p1", null, false, List.of(), null, null, null),
                finding("DATA", "p1", "A", false, List.of("a"), "1", "1", "a"),
                finding("DATA", "p1", "A", false, List.of("b"), null, null, null),
                finding("DATA", "p1", "A", false, List.of("b"), "1", null, null),
                finding("DATA", "p1", "A", false, List.of("b"), "2", null, null),
                finding("DATA", "p1", "A", false, List.of("b"), "2", "1", null),
                finding("DATA", "p1", "A", false, List.of("b"), "2", "2", null),
                finding("DATA", "p1", "A", false, List.of("b"), "2", "2", "a"),
                finding("DATA", "p1", "A", false, List.of("b"), "2", "2", "b"));
        List<Finding> shuffled = new ArrayList<>(ordered);
        Collections.reverse(shuffled);

        shuffled.sort(Finding.ORDER);

        assertThat(shuffled).containsExactlyElementsOf(ordered);
    }
}
