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
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A host that lists the very same record instance twice gets the data findings of two records, as
 * from a file that lists a record twice: the engine holds an instance once, so the second listing
 * is inserted as a copy. (Found by the differential test against {@code PlainJavaChecks}.)
 */
class SameRecordTwiceTest {
    private final FulianRules engine = Engines.bundled();

    private static DistrictData twice(Supplier<Person> person, Supplier<Position> position) {
        return DistrictData.builder(AssessmentPeriod.year(2025))
                .add(new Federation("d", Level.DISTRICT, "示例区妇联", null, null))
                .add(person.get()).add(person.get())
                .add(position.get()).add(position.get())
                .build();
    }

    private static java.util.List<String> dataCodes(Report report) {
        return report.findingsOf("DATA").stream().map(f -> f.code() + " " + f.subjectId()).sorted().toList();
    }

    @Test
    void theSameInstanceListedTwiceIsReportedAsTwoEqualRecordsAre() {
        Person p = Person.woman("p");
        Position pos = new Position("p", "d", Role.EXECUTIVE_MEMBER);

        Report sameInstance = engine.evaluate(twice(() -> p, () -> pos));
        Report equalRecords = engine.evaluate(twice(() -> Person.woman("p"),
                () -> new Position("p", "d", Role.EXECUTIVE_MEMBER)));

        assertThat(dataCodes(sameInstance)).contains("DUPLICATE_ID p", "DUPLICATE_POSITION p@d:EXECUTIVE_MEMBER")
                .isEqualTo(dataCodes(equalRecords));
        assertThat(sameInstance.findings()).extracting(Finding::requirementId)
                .isEqualTo(equalRecords.findings().stream().map(Finding::requirementId).toList());
    }

    @Test
    void anInstanceListedOnceIsNoDuplicate() {
        Report once = engine.evaluate(DistrictData.builder(AssessmentPeriod.year(2025))
                .add(new Federation("d", Level.DISTRICT, "示例区妇联", null, null))
                .add(Person.woman("p"))
                .add(new Position("p", "d", Role.EXECUTIVE_MEMBER))
                .build());

        assertThat(dataCodes(once)).noneMatch(c -> c.startsWith("DUPLICATE_"));
    }
}
