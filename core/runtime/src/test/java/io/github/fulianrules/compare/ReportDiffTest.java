package io.github.fulianrules.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.report.Kind;
import io.github.fulianrules.report.Provenance;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.report.RequirementScore;
import io.github.fulianrules.report.ScoreLine;
import io.github.fulianrules.report.Scorecard;
import io.github.fulianrules.report.Strength;
import io.github.fulianrules.report.Summary;
import io.github.fulianrules.report.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ReportDiffTest {
    @Test
    void everyWarningIsInBothLanguages() throws IOException {
        Properties en = warnings("en");
        Properties zh = warnings("zh");

        assertThat(zh.stringPropertyNames()).isNotEmpty().isEqualTo(en.stringPropertyNames());
        assertThat(zh.stringPropertyNames()).allSatisfy(key ->
                assertThat(zh.getProperty(key)).as(key).containsPattern("[\\u4e00-\\u9fff]"));
        assertThat(en.stringPropertyNames()).allSatisfy(key ->
                assertThat(en.getProperty(key)).as(key).doesNotContainPattern("[\\u4e00-\\u9fff]"));
    }

    private static Properties warnings(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ReportDiff.class.getResourceAsStream("warnings_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static final Provenance BUNDLED = new Provenance("bundled", "a".repeat(64), "b".repeat(64),
            List.of("FL-4.1e", "FL-4.2d", "FL-4.4b"), Map.of("communityExecutiveFloor", 15L));

    private static Finding violation(String requirement, String subject, long gap) {
        return new Finding(requirement, null, "二(四)", Strength.MUST, Kind.VIOLATION, subject, "COMMUNITY_FEDERATION",
                false, null, "x", "y", gap, List.of(), new Text("m", "m"), new Text("r", "r"), null);
    }

    private static Finding data(String code, String subject, String field) {
        return new Finding("DATA", code, null, Strength.DATA, Kind.DATA, subject, "PERSON", false, null, null, null, 0,
                List.of(field), new Text("m", "m"), new Text("r", "r"), null);
    }

    /** A district qx with sub-districts sd1 (communities c1, c2) and sd2 (community c3). */
    private static Report district(int year, Provenance provenance, Finding... findings) {
        Scorecard card = new Scorecard(new ScoreLine("qx", "青溪区妇联", Level.DISTRICT, null, Map.of()),
                List.of(new ScoreLine("sd1", "东湖街道妇联", Level.SUB_DISTRICT, "qx", Map.of()),
                        new ScoreLine("sd2", "西山街道妇联", Level.SUB_DISTRICT, "qx", Map.of())),
                List.of(new ScoreLine("c1", "一社区妇联", Level.COMMUNITY, "sd1", Map.of()),
                        new ScoreLine("c2", "二社区妇联", Level.COMMUNITY, "sd1", Map.of()),
                        new ScoreLine("c3", "三社区妇联", Level.COMMUNITY, "sd2", Map.of())));
        List<Finding> list = List.of(findings);
        return new Report("qx", AssessmentPeriod.year(year), list, Summary.of(list, Map.<String, RequirementScore>of()),
                card, null, Map.of("qx", "青溪区妇联"), Map.of("c1", "c1", "c2", "c2", "c3", "c3", "p1", "c3"), provenance);
    }

    @Test
    void aReportComparedWithItselfIsEmpty() {
        Report report = district(2025, BUNDLED, violation("FL-4.2d", "c1", 2), violation("FL-4.4b", "c3", 1),
                data("MISSING_GENDER", "p1", "gender"));

        ReportDifference d = ReportDiff.between(report, report);

        assertThat(d.isEmpty()).isTrue();
        assertThat(d.warnings()).isEmpty();
        assertThat(d.total()).isEqualTo(new ChangeCounts(0, 0, 3, 0, 0));
        assertThat(d.changes()).extracting(FindingChange::kind).containsOnly(ChangeKind.PERSISTING);
    }

    @Test
    void eachFindingIsClosedNewPersistingNarrowedOrWidened() {
        Report before = district(2024, BUNDLED, violation("FL-4.2d", "c1", 3), violation("FL-4.2d", "c2", 1),
                violation("FL-4.4b", "c3", 1), violation("FL-4.1e", "c3", 2));
        Report after = district(2025, BUNDLED, violation("FL-4.2d", "c1", 1), violation("FL-4.4b", "c3", 1),
                violation("FL-4.1e", "c3", 4), violation("FL-4.4b", "c2", 2));

        ReportDifference d = ReportDiff.between(before, after);

        assertThat(d.changes()).extracting(c -> c.requirementId() + " " + c.subjectId() + " " + c.kind()).containsExactly(
                "FL-4.1e c3 WIDENED", "FL-4.2d c1 NARROWED", "FL-4.2d c2 CLOSED", "FL-4.4b c2 NEW", "FL-4.4b c3 PERSISTING");
        assertThat(d.total()).isEqualTo(new ChangeCounts(1, 1, 1, 1, 1));
        assertThat(d.byRequirement()).containsExactly(
                Map.entry("FL-4.1e", new ChangeCounts(0, 0, 0, 0, 1)),
                Map.entry("FL-4.2d", new ChangeCounts(1, 0, 0, 1, 0)),
                Map.entry("FL-4.4b", new ChangeCounts(0, 1, 1, 0, 0)));
        FindingChange narrowed = d.changes(ChangeKind.NARROWED).get(0);
        assertThat(narrowed.gapChange()).isEqualTo(-2);
        assertThat(narrowed.firstSeen()).isEqualTo(AssessmentPeriod.year(2024));
        assertThat(d.changes(ChangeKind.NEW).get(0).firstSeen()).isEqualTo(AssessmentPeriod.year(2025));
    }

    @Test
    void aFederationCountsTheChangesOfItsAreaDownToItsCommunities() {
        Report before = district(2024, BUNDLED, violation("FL-4.2d", "c1", 3), violation("FL-4.2d", "c2", 1));
        Report after = district(2025, BUNDLED, violation("FL-4.2d", "c1", 3), violation("FL-4.4b", "c3", 1));

        ReportDifference d = ReportDiff.between(before, after);

        assertThat(d.byFederation()).extracting(f -> f.federationId() + " " + f.counts()).containsExactly(
                "qx " + new ChangeCounts(1, 1, 1, 0, 0),
                "sd1 " + new ChangeCounts(1, 0, 1, 0, 0),
                "sd2 " + new ChangeCounts(0, 1, 0, 0, 0),
                "c1 " + new ChangeCounts(0, 0, 1, 0, 0),
                "c2 " + new ChangeCounts(1, 0, 0, 0, 0),
                "c3 " + new ChangeCounts(0, 1, 0, 0, 0));
    }

    @Test
    void dataFindingsOfOneCodeOnOneSubjectAreMatchedByTheirDetails() {
        Report before = district(2024, BUNDLED, data("MISSING_VALUE", "p1", "gender"), data("MISSING_VALUE", "p1", "rank"));
        Report after = district(2025, BUNDLED, data("MISSING_VALUE", "p1", "rank"));

        ReportDifference d = ReportDiff.between(before, after);

        assertThat(d.changes(ChangeKind.CLOSED)).extracting(c -> c.before().details()).containsExactly(List.of("gender"));
        assertThat(d.changes(ChangeKind.PERSISTING)).extracting(c -> c.after().details()).containsExactly(List.of("rank"));
    }

    @Test
    void reportsOfOtherRulesCataloguesOrParametersAreComparedWithAWarningNamingWhatDiffers() {
        Provenance revised = new Provenance("my-rules", "c".repeat(64), "d".repeat(64),
                List.of("FL-4.1e", "FL-4.2d", "FL-4.4b", "FL-3.2c"), Map.of("communityExecutiveFloor", 17L));
        Report before = district(2024, BUNDLED, violation("FL-4.2d", "c1", 3));
        Report after = district(2025, revised, violation("FL-4.2d", "c1", 3));

        ReportDifference d = ReportDiff.between(before, after);

        assertThat(d.warnings()).extracting(Text::en).containsExactly(
                "rule sets differ: bundled before, my-rules after",
                "the rules differ (aaaaaaaaaaaa before, cccccccccccc after): a finding may come or go because a rule changed",
                "the catalogues differ (bbbbbbbbbbbb before, dddddddddddd after); only after: FL-3.2c",
                "parameter communityExecutiveFloor: 15 before, 17 after");
        assertThat(d.warnings()).extracting(Text::zh).containsExactly(
                "规则集不同：之前为 bundled，之后为 my-rules",
                "规则不同（之前 aaaaaaaaaaaa，之后 cccccccccccc）：某条发现的出现或消失可能是规则改变所致",
                "要求目录不同（之前 bbbbbbbbbbbb，之后 dddddddddddd）；仅之后有：FL-3.2c",
                "参数 communityExecutiveFloor：之前为 15，之后为 17");
        assertThat(d.isEmpty()).isTrue();
    }

    @Test
    void manyDistrictsAddUpAndThoseInOneFileOnlyAreNamed() {
        Report before = district(2024, BUNDLED, violation("FL-4.2d", "c1", 3), violation("FL-4.2d", "c2", 1));
        Report after = district(2025, BUNDLED, violation("FL-4.2d", "c1", 2));

        DiffSummary summary = DiffSummary.builder().add(ReportDiff.between(before, after))
                .add(ReportDiff.between(after, after)).onlyAfter("zz").build();

        assertThat(summary.total()).isEqualTo(new ChangeCounts(1, 0, 1, 1, 0));
        assertThat(summary.byRequirement()).containsExactly(Map.entry("FL-4.2d", new ChangeCounts(1, 0, 1, 1, 0)));
        assertThat(summary.districts()).hasSize(2);
        assertThat(summary.warnings()).containsExactly(new Text("1 个区只在较晚的报告中，未计入：zz",
                "1 district(s) only in the later reports, not counted: zz"));
        assertThat(summary.isEmpty()).isFalse();
    }

    @Test
    void withoutProvenanceOnOneSideTheComparisonIsQuestionedAndOnNeitherNot() {
        Report unknown = district(2024, null, violation("FL-4.2d", "c1", 3));
        Report known = district(2025, BUNDLED, violation("FL-4.2d", "c1", 3));

        assertThat(ReportDiff.warnings(null, null)).isEmpty();
        assertThat(ReportDiff.between(unknown, known).warnings()).extracting(Text::en).containsExactly("the earlier report does not say which rules, "
                + "catalogue and parameters made it: whether the two are comparable cannot be told");
        assertThat(ReportDiff.between(known, unknown).warnings()).singleElement().extracting(Text::zh).asString()
                .startsWith("较晚的报告没有注明");
    }

    @Test
    void theSameRequirementsInAnotherCatalogueAreWordedOrClassedDifferently() {
        Provenance reworded = new Provenance("bundled", "a".repeat(64), "e".repeat(64), BUNDLED.requirements(),
                Map.of("communityExecutiveFloor", 15L, "congressTermYears", 5L));

        assertThat(ReportDiff.warnings(BUNDLED, reworded)).containsExactly(
                new Text("要求目录不同（之前 bbbbbbbbbbbb，之后 eeeeeeeeeeee）；要求相同，但措辞或分类不同",
                        "the catalogues differ (bbbbbbbbbbbb before, eeeeeeeeeeee after); the same requirements, worded or classed differently"),
                new Text("参数 congressTermYears：之前为 无，之后为 5", "parameter congressTermYears: none before, 5 after"));
    }

    @Test
    void aDistrictWithoutItsFederationInTheLaterReportIsNamedFromTheEarlier() {
        Report before = district(2024, BUNDLED, violation("FL-4.2d", "c1", 3));
        Report after = new Report(null, AssessmentPeriod.year(2025), List.of(), Summary.of(List.of(), Map.of()));

        ReportDifference d = ReportDiff.between(before, after);

        assertThat(d.districtId()).isEqualTo("qx");
        assertThat(d.name()).isEqualTo("青溪区妇联");
        assertThat(d.isEmpty()).isFalse();
        assertThat(d.byFederation()).extracting(FederationCounts::federationId).startsWith("qx", "sd1", "sd2", "c1");
        assertThat(ReportDiff.between(after, after).districtId()).isNull();
        assertThat(ReportDiff.between(after, after).byFederation()).isEmpty();
    }

    @Test
    void dataFindingsAreMatchedByTheirDetailsFirstThenInOrder() {
        Report before = district(2024, BUNDLED, data("MISSING_VALUE", "p1", "gender"), data("MISSING_VALUE", "p1", "rank"));
        Report after = district(2025, BUNDLED, data("MISSING_VALUE", "p1", "unit"), data("MISSING_VALUE", "p1", "rank"));

        ReportDifference d = ReportDiff.between(before, after);

        assertThat(d.changes(ChangeKind.PERSISTING)).extracting(c -> c.before().details().get(0) + ">" + c.after().details().get(0))
                .containsExactly("rank>rank", "gender>unit");
    }

    @Test
    void countsAddUpByKind() {
        ChangeCounts c = new ChangeCounts(1, 2, 4, 8, 16);

        assertThat(c.before()).isEqualTo(1 + 4 + 8 + 16);
        assertThat(c.after()).isEqualTo(2 + 4 + 8 + 16);
        assertThat(c.plus(c)).isEqualTo(new ChangeCounts(2, 4, 8, 16, 32));
        assertThat(new ChangeCounts(0, 0, 5, 0, 0).hasDifferences()).isFalse();
        assertThat(List.of(new ChangeCounts(1, 0, 0, 0, 0), new ChangeCounts(0, 1, 0, 0, 0), new ChangeCounts(0, 0, 0, 1, 0),
                new ChangeCounts(0, 0, 0, 0, 1))).allMatch(ChangeCounts::hasDifferences);
    }

    @Test
    void aSummaryListsDistrictsInNaturalOrderAndNamesAtMostTenOfThoseInOneFile() {
        Report r = district(2025, BUNDLED, violation("FL-4.2d", "c1", 3));
        DiffSummary.Builder builder = DiffSummary.builder();
        for (String id : List.of("d10", "d2", "d1")) {
            ReportDifference same = ReportDiff.between(r, r);
            builder.add(new ReportDifference(id, id, same.before(), same.after(), same.warnings(), same.changes(),
                    same.byRequirement(), same.byFederation(), same.total()));
        }
        for (int i = 1; i <= 10; i++) {
            builder.onlyBefore("b" + i);
        }
        for (int i = 1; i <= 11; i++) {
            builder.onlyAfter("a" + i);
        }

        DiffSummary summary = builder.build();

        assertThat(summary.districts()).extracting(FederationCounts::federationId).containsExactly("d1", "d2", "d10");
        assertThat(summary.warnings()).extracting(Text::en).containsExactly(
                "10 district(s) only in the earlier reports, not counted: b1, b2, b3, b4, b5, b6, b7, b8, b9, b10",
                "11 district(s) only in the later reports, not counted: a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, …");
        assertThat(summary.onlyBefore()).hasSize(10);
        assertThat(summary.isEmpty()).isFalse();
        assertThat(DiffSummary.builder().add(ReportDiff.between(r, r)).build().isEmpty()).isTrue();
        assertThat(DiffSummary.builder().onlyBefore("x").build().isEmpty()).isFalse();
    }

    @Test
    void findingsOfAnotherCodeAreNotTheSameFinding() {
        Report before = district(2024, BUNDLED, data("MISSING_VALUE", "p1", "gender"));
        Report after = district(2025, BUNDLED, data("BAD_VALUE", "p1", "gender"));

        assertThat(ReportDiff.between(before, after).changes()).extracting(c -> c.kind() + " " + c.latest().code())
                .containsExactlyInAnyOrder("CLOSED MISSING_VALUE", "NEW BAD_VALUE");
    }

    @Test
    void federationsAreListedByLevelThenIdWhateverTheScorecardsOrder() {
        Scorecard card = new Scorecard(new ScoreLine("qx", "青溪区妇联", Level.DISTRICT, null, Map.of()),
                List.of(new ScoreLine("sd10", "十", Level.SUB_DISTRICT, "qx", Map.of()),
                        new ScoreLine("sd2", "二", Level.SUB_DISTRICT, "qx", Map.of())),
                List.of(new ScoreLine("c1", "一", Level.COMMUNITY, "sd2", Map.of())));
        Report r = new Report("qx", AssessmentPeriod.year(2025), List.of(), Summary.of(List.of(), Map.of()), card, null, Map.of());

        assertThat(ReportDiff.between(r, r).byFederation()).extracting(FederationCounts::federationId)
                .containsExactly("qx", "sd2", "sd10", "c1");
    }
}
