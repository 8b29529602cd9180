package io.github.fulianrules.examples.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.compare.ChangeKind;
import io.github.fulianrules.compare.FindingChange;
import io.github.fulianrules.compare.ReportDiff;
import io.github.fulianrules.compare.ReportDifference;
import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.report.ReportJson;
import io.github.fulianrules.report.ReportJsonReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NextPeriodTest {
    private static final FulianRules ENGINE = FulianRules.bundled();

    @Test
    void theDiffOfAGeneratedPairFindsExactlyTheChangesTheGeneratorMade() {
        NationGenerator nation = new NationGenerator(11, NationGenerator.Scale.SMALL);
        List<NextPeriod.Change> planned = new ArrayList<>();
        List<NextPeriod.Change> found = new ArrayList<>();
        int persisting = 0;
        for (int i = 0; i < 40; i++) {
            NextPeriod next = nation.nextPeriod(i);
            Report before = ENGINE.evaluate(nation.district(i));
            Report after = ENGINE.evaluate(next.district());

            ReportDifference d = ReportDiff.between(before, after);

            assertThat(d.warnings()).as("district %d", i).isEmpty();
            planned.addAll(next.changes());
            for (FindingChange c : d.changes()) {
                if (c.kind() == ChangeKind.PERSISTING) {
                    persisting++;
                } else {
                    found.add(new NextPeriod.Change(c.requirementId(), c.subjectId(), c.kind()));
                }
            }
        }
        assertThat(found).containsExactlyInAnyOrderElementsOf(planned);
        assertThat(planned).extracting(NextPeriod.Change::kind)
                .as("every kind of change is drawn in 40 districts")
                .contains(ChangeKind.CLOSED, ChangeKind.NEW, ChangeKind.NARROWED, ChangeKind.WIDENED);
        assertThat(persisting).as("most findings persist").isGreaterThan(planned.size());
    }

    @Test
    void theNextPeriodIsAYearLaterAndTheSameSeedGivesTheSameChanges() {
        NationGenerator nation = new NationGenerator(5, NationGenerator.Scale.SMALL);

        NextPeriod next = nation.nextPeriod(3);

        assertThat(next.district().period()).isEqualTo(AssessmentPeriod.year(2026));
        assertThat(next.district().federations()).isEqualTo(nation.district(3).federations());
        assertThat(new NationGenerator(5, NationGenerator.Scale.SMALL).nextPeriod(3)).isEqualTo(next);
    }

    @Test
    void bothPeriodsAreWrittenLineByLineAndTheirReportsReadBackAlike() throws IOException {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();

        new NationGenerator(2, NationGenerator.Scale.SMALL).write(3, first, second);

        String[] later = second.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(first.toString(StandardCharsets.UTF_8).split("\n")).hasSize(3);
        assertThat(later).hasSize(3);
        assertThat(later[0]).contains("合成区 0000 2026");
        Report report = ENGINE.evaluate(DistrictReader.read(later[0].getBytes(StandardCharsets.UTF_8), "y2026.jsonl"));
        assertThat(ReportDiff.between(ReportJsonReader.read(ReportJson.toJsonLine(report), "r.jsonl"), report).isEmpty())
                .isTrue();
    }
}
