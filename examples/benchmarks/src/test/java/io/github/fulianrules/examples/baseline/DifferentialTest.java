package io.github.fulianrules.examples.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.examples.generate.NationGenerator;
import io.github.fulianrules.internal.FindingAssembler;
import io.github.fulianrules.model.Activity;
import io.github.fulianrules.model.ActivityCentre;
import io.github.fulianrules.model.ActivityType;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Gender;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.model.Rank;
import io.github.fulianrules.model.Role;
import io.github.fulianrules.model.Unit;
import io.github.fulianrules.model.UnitType;
import io.github.fulianrules.model.Waiver;
import io.github.fulianrules.report.Kind;
import io.github.fulianrules.report.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
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
        return outcomes(engine.evaluate(d), PlainJavaChecks.REQUIREMENTS);
    }

    private static List<Outcome> outcomes(Report report, Set<String> requirements) {
        return report.findings().stream().filter(f -> requirements.contains(f.requirementId()))
                .map(Outcome::of).sorted(Outcome.ORDER).collect(Collectors.toList());
    }

    @Test
    void rulesAndPlainJavaAgreeOnThreeThousandSmallDistricts() {
        NationGenerator nation = new NationGenerator(20261125, NationGenerator.Scale.SMALL);
        SplittableRandom edits = new SplittableRandom(20261129);
        Set<String> failedSomewhere = new TreeSet<>();
        Set<String> metSomewhere = new TreeSet<>();
        Set<String> codes = new TreeSet<>();
        Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
        int waived = 0;
        for (int i = 0; i < 3_000; i++) {
            // Two districts in five as generated, the others with revision 2's cases edited in.
            int n = edits.nextInt(5) < 2 ? 0 : 1 + edits.nextInt(3);
            DistrictData d = RevisionTwoEdits.apply(nation.district(i), edits, n);
            Report report = engine.evaluate(d);
            List<Outcome> expected = outcomes(report, PlainJavaChecks.REQUIREMENTS);
            assertThat(baseline.check(d)).as("district %d with %d edits", i, n).containsExactlyElementsOf(expected);
            for (Outcome o : expected) {
                failedSomewhere.add(o.requirementId());
                kinds.merge(o.kind(), 1, Integer::sum);
                if (o.code() != null) {
                    codes.add(o.code());
                }
                waived += o.waived() ? 1 : 0;
            }
            report.summary().scores().values().stream().filter(s -> s.checked() > 0 && s.met() == s.checked())
                    .forEach(s -> metSomewhere.add(s.requirementId()));
        }
        // The comparison means something only if every requirement fails in some districts and is met in others,
        // and the cases of revision 2's counting rules come up.
        assertThat(failedSomewhere).containsExactlyInAnyOrderElementsOf(PlainJavaChecks.REQUIREMENTS);
        assertThat(metSomewhere).hasSize(38).containsExactlyInAnyOrderElementsOf(catalogueIds());
        assertThat(kinds).containsKeys(Kind.VIOLATION, Kind.WARNING, Kind.RECOMMENDATION, Kind.DATA);
        assertThat(codes).contains("MISSING_POPULATION", "NO_ELECTION_RECORD", "CONFLICTING_ROLES", "MISSING_GENDER",
                "UNKNOWN_REFERENCE", "MISSING_COUNT", "NEGATIVE_COUNT", "EMPTY_BODY", "DUPLICATE_POSITION",
                "CENTRE_NOT_OF_DISTRICT", "WAIVER_SUBJECT_MISMATCH", "WAIVER_NOT_ALLOWED", "UNKNOWN_REQUIREMENT",
                "INVALID_DATE_RANGE", "DATE_OUT_OF_RANGE", "NOT_RECORDED", "ZERO_DAYS", "WRONG_SUBJECT");
        assertThat(waived).isPositive();
    }

    private static Set<String> catalogueIds() {
        Set<String> ids = new TreeSet<>(PlainJavaChecks.REQUIREMENTS);
        ids.remove("DATA");
        return ids;
    }

    @Test
    void rulesAndPlainJavaAgreeOnFullSizeDistricts() {
        NationGenerator nation = new NationGenerator(42, NationGenerator.Scale.FULL);
        SplittableRandom edits = new SplittableRandom(42);
        for (int i = 0; i < 4; i++) {
            // Two as generated, two with ten edits each.
            DistrictData d = RevisionTwoEdits.apply(nation.district(i), edits, i < 2 ? 0 : 10);
            List<Outcome> expected = rulesOn(d);
            assertThat(expected).isNotEmpty();
            assertThat(baseline.check(d)).as("district %d", i).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void theSubsetRulesOfTheBenchmarkGiveTheSameOutcomes(@TempDir Path dir) throws IOException {
        FulianRules subset = SubsetRules.build(dir);
        assertThat(subset.rules()).extracting(r -> r.requirementId()).doesNotContain("FL-1.1a", "FL-4.4c");
        NationGenerator nation = new NationGenerator(7, NationGenerator.Scale.SMALL);
        SplittableRandom edits = new SplittableRandom(7);
        for (int i = 0; i < 200; i++) {
            DistrictData d = RevisionTwoEdits.apply(nation.district(i), edits, i % 2 == 0 ? 0 : 2);
            Report cut = subset.evaluate(d);
            // Besides the subset's findings, the cut-down rules give only the engine's data findings on waivers.
            assertThat(cut.findings()).allMatch(f -> PlainJavaChecks.SUBSET.contains(f.requirementId())
                    || FindingAssembler.ENGINE_DATA_CODES.contains(f.code()));
            assertThat(outcomes(cut, PlainJavaChecks.SUBSET)).as("district %d", i)
                    .containsExactlyElementsOf(outcomes(engine.evaluate(d), PlainJavaChecks.SUBSET))
                    .containsExactlyElementsOf(baseline.only(PlainJavaChecks.SUBSET).check(d));
        }
    }

    @Test
    void rulesAndPlainJavaAgreeOnRecordsThatCannotBeJudged() {
        // Every data finding the rules give, on records the generator never writes.
        java.time.LocalDate day = java.time.LocalDate.of(2025, 6, 1);
        DistrictData d = DistrictData.builder(NationGenerator.PERIOD)
                .add(new Federation("d", Level.DISTRICT, null, null, null))
                .add(new Federation("d2", Level.DISTRICT, null, null, null))
                .add(new Federation("s", Level.SUB_DISTRICT, null, "d", -5))
                .add(new Federation("s0", Level.SUB_DISTRICT, null, null, 0))
                .add(new Federation("c", Level.COMMUNITY, null, "d", null))
                .add(new Person("p", "p", null, false, null, "nowhere", Rank.NONE, false))
                .add(new Person("p", "p", Gender.FEMALE, false, null, null, Rank.NONE, false))
                .add(new Person("q", "q", null, false, null, null, Rank.NONE, false))
                .add(new Position("p", "d", Role.PART_TIME_VICE_CHAIR))
                .add(new Position("p", "d", Role.PART_TIME_VICE_CHAIR))
                .add(new Position("ghost", "d", Role.CHAIR))
                .add(new Unit("u", "u", UnitType.NON_PUBLIC_ENTERPRISE, "d", null, false, false, false))
                .add(new Unit("u2", "u2", UnitType.SOCIAL_ORGANIZATION, "d", -1, false, false, true))
                .add(new Activity("a1", ActivityType.GRASSROOTS_RESEARCH, "p", day, null))
                .add(new Activity("a2", ActivityType.STATIONED_WORK, "p", day, -3))
                .add(new Activity("a3", ActivityType.THEMED_PUBLICITY, "d", java.time.LocalDate.of(1900, 1, 1), null))
                .add(new Waiver("w1", "FL-2.1a", "d", "r", "x", day, day))
                .add(new Waiver("w2", "FL-9.9z", "d", "r", "x", day, day))
                .add(new Waiver("w3", "FL-2.4a", "d", "r", "x", day, day.minusDays(1)))
                .add(new Waiver("w4", "FL-4.1c", "s", "r", "x", java.time.LocalDate.of(1800, 1, 1), day))
                .add(new Waiver("w5", "FL-4.2c", "s", "r", "x", day, day))
                .add(new Position("q", "s", Role.CHAIR))
                .add(new Position("q", "s", Role.FULL_TIME_VICE_CHAIR))
                .add(new ActivityCentre("centre", "centre", "s", true, true))
                .build();
        List<Outcome> expected = rulesOn(d);
        assertThat(expected).extracting(Outcome::code).contains("DUPLICATE_ID", "UNKNOWN_REFERENCE", "NEGATIVE_COUNT",
                "MISSING_GENDER", "DATE_OUT_OF_RANGE", "SEVERAL_DISTRICTS", "WRONG_PARENT_LEVEL", "MISSING_PARENT",
                "MISSING_COUNT", "DUPLICATE_POSITION", "WAIVER_NOT_ALLOWED", "UNKNOWN_REQUIREMENT", "INVALID_DATE_RANGE",
                "MISSING_POPULATION", "NO_ELECTION_RECORD", "EMPTY_BODY", "NO_ACTIVITY_CENTRE", "CONFLICTING_ROLES",
                "WAIVER_SUBJECT_MISMATCH", "CENTRE_NOT_OF_DISTRICT");
        assertThat(baseline.check(d)).containsExactlyElementsOf(expected);
        DistrictData none = DistrictData.builder(NationGenerator.PERIOD).build();
        assertThat(baseline.check(none)).isEqualTo(rulesOn(none)).extracting(Outcome::code).containsExactly("NO_DISTRICT");
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
