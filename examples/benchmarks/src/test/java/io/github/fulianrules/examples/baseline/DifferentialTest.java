package io.github.fulianrules.examples.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.examples.generate.NationGenerator;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.report.Kind;
import io.github.fulianrules.report.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules and the plain-Java baseline give the same findings on generated districts. */
class DifferentialTest {
    private static FulianRules engine;
    private static PlainJavaChecks baseline;

    @BeforeAll
    static void load() {
        engine = FulianRules.bundled();
        baseline = PlainJavaChecks.withParametersOf(engine, NationGenerator.PERIOD.end());
    }

    private static List<Outcome> rulesOn(DistrictData d) {
        Report report = engine.evaluate(d);
        return report.findings().stream().filter(f -> PlainJavaChecks.REQUIREMENTS.contains(f.requirementId()))
                .map(Outcome::of).sorted(Outcome.ORDER).collect(Collectors.toList());
    }

    @Test
    void rulesAndPlainJavaAgreeOnThreeThousandSmallDistricts() {
        NationGenerator nation = new NationGenerator(20261125, NationGenerator.Scale.SMALL);
        Map<String, Integer> unmet = new HashMap<>();
        Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
        int waived = 0;
        for (int i = 0; i < 3_000; i++) {
            DistrictData d = nation.district(i);
            List<Outcome> expected = rulesOn(d);
            assertThat(baseline.check(d)).as("district %d", i).isEqualTo(expected);
            for (Outcome o : expected) {
                unmet.merge(o.requirementId(), 1, Integer::sum);
                kinds.merge(o.kind(), 1, Integer::sum);
                waived += o.waived() ? 1 : 0;
            }
        }
        // The comparison means something only if every requirement of the subset fails somewhere.
        assertThat(unmet.keySet()).containsExactlyInAnyOrderElementsOf(PlainJavaChecks.REQUIREMENTS);
        assertThat(kinds).containsKeys(Kind.VIOLATION, Kind.WARNING);
        assertThat(waived).isPositive();
    }

    @Test
    void rulesAndPlainJavaAgreeOnFullSizeDistricts() {
        NationGenerator nation = new NationGenerator(42, NationGenerator.Scale.FULL);
        for (int i = 0; i < 4; i++) {
            DistrictData d = nation.district(i);
            List<Outcome> expected = rulesOn(d);
            assertThat(expected).isNotEmpty();
            assertThat(baseline.check(d)).as("district %d", i).isEqualTo(expected);
        }
    }

    @Test
    void theSubsetRulesOfTheBenchmarkGiveTheSameOutcomes(@TempDir Path dir) throws IOException {
        FulianRules subset = SubsetRules.build(dir);
        assertThat(subset.rules()).extracting(r -> r.requirementId()).doesNotContain("FL-1.1a", "FL-4.4c");
        NationGenerator nation = new NationGenerator(7, NationGenerator.Scale.SMALL);
        for (int i = 0; i < 200; i++) {
            DistrictData d = nation.district(i);
            List<Outcome> all = rulesOn(d);
            assertThat(subset.evaluate(d).findings().stream().map(Outcome::of).sorted(Outcome.ORDER).toList())
                    .as("district %d", i).isEqualTo(all).isEqualTo(baseline.check(d));
        }
    }

    @Test
    void aShareExactlyAtItsBoundaryIsMetByBoth() {
        // 80% of 5 delegates is 4: met; 3 of 5 is not.
        DistrictData.Builder b = DistrictData.builder(NationGenerator.PERIOD)
                .add(new io.github.fulianrules.model.Federation("d", io.github.fulianrules.model.Level.DISTRICT, null, null, null));
        for (int i = 0; i < 5; i++) {
            String id = "p" + i;
            b.add(new io.github.fulianrules.model.Person(id, id, io.github.fulianrules.model.Gender.FEMALE, i < 4, null,
                    null, io.github.fulianrules.model.Rank.NONE, false));
            b.add(new io.github.fulianrules.model.Position(id, "d", io.github.fulianrules.model.Role.CONGRESS_DELEGATE));
        }
        DistrictData d = b.build();
        assertThat(baseline.check(d)).isEqualTo(rulesOn(d)).noneMatch(o -> o.requirementId().equals("FL-2.1a"));
    }
}
