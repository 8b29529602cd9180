package io.github.fulianrules.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingTest {
    private static Finding finding(String requirementId, String subjectId, String code, Kind kind, boolean waived,
                                   String measured, String required, List<String> details, String message) {
        return new Finding(requirementId, code, null, Strength.MUST, kind, subjectId, "DISTRICT_FEDERATION", waived,
                null, measured, required, 1, details, message == null ? null : new Text(message, message), null, null);
    }

    private static Finding data(String subjectId, String code, List<String> details, String measured, String required,
                                String message) {
        return finding("DATA", subjectId, code, Kind.DATA, false, measured, required, details, message);
    }

    /** {@code findings} sorted by {@link Finding#ORDER} from the reverse of their order. */
    private static List<Finding> sortedFromReverse(List<Finding> findings) {
        List<Finding> list = new ArrayList<>(findings);
        java.util.Collections.reverse(list);
        list.sort(Finding.ORDER);
        return list;
    }

    @Test
    void findingsAreOrderedByRequirementSubjectAndCodeThenByWhatTheySay() {
        List<Finding> ordered = List.of(
                finding("FL-2.4a", "d", null, Kind.VIOLATION, false, "3", "4", null, "x"),
                finding("FL-2.4a", "s1", null, Kind.VIOLATION, false, "3", "4", null, "x"),
                finding("FL-10.1a", "d", null, Kind.VIOLATION, false, "3", "4", null, "x"),
                data("p1", null, List.of(), null, null, null),
                data("p1", "MISSING_FIELD", List.of(), null, null, null),
                data("p1", "UNKNOWN_REFERENCE", List.of("a"), null, null, null),
                data("p1", "UNKNOWN_REFERENCE", List.of("b"), null, null, null),
                data("p1", "UNKNOWN_REFERENCE", List.of("b"), "1", null, null),
                data("p1", "UNKNOWN_REFERENCE", List.of("b"), "2", null, null),
                data("p1", "UNKNOWN_REFERENCE", List.of("b"), "2", "1", null),
                data("p1", "UNKNOWN_REFERENCE", List.of("b"), "2", "1", "a"),
                data("p1", "UNKNOWN_REFERENCE", List.of("b"), "2", "1", "b"));

        assertThat(sortedFromReverse(ordered)).containsExactlyElementsOf(ordered);
    }

    @Test
    void onlyAViolationThatIsNotWaivedIsOpen() {
        assertThat(finding("FL-2.4a", "d", null, Kind.VIOLATION, false, "3", "4", null, "x").isOpenViolation()).isTrue();
        assertThat(finding("FL-2.4a", "d", null, Kind.VIOLATION, true, "3", "4", null, "x").isOpenViolation()).isFalse();
        assertThat(finding("FL-2.4b", "d", null, Kind.WARNING, false, "3", "4", null, "x").isOpenViolation()).isFalse();
    }

    @Test
    void aFindingWithoutDetailsHasAnEmptyListOfThem() {
        assertThat(finding("FL-2.4a", "d", null, Kind.VIOLATION, false, "3", "4", null, "x").details()).isEmpty();
    }
}
