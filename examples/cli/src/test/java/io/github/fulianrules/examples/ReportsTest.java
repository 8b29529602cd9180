package io.github.fulianrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.RuleSession;
import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Have;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.model.WomensHome;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.report.Kind;
import io.github.fulianrules.report.RecordAccount;
import io.github.fulianrules.report.Rejection;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.report.ReportCsv;
import io.github.fulianrules.report.ReportHtml;
import io.github.fulianrules.report.ReportJson;
import io.github.fulianrules.report.RequirementScore;
import io.github.fulianrules.report.ScoreLine;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reports people read, on the sample district and on a district with bad records: the
 * scorecard adds up, every input record is accounted for, and the same input gives the same bytes.
 */
class ReportsTest {
    private static final Path SAMPLE = Path.of("..", "sample", "district.json");

    /** Records that read but cannot all be judged: a duplicate id, references to nothing, a negative count. */
    private static final String DISTRICT_WITH_BAD_RECORDS = """
            {"period": {"start": "2025-01-01", "end": "2025-12-31"},
             "federations": [
               {"id": "d", "level": "DISTRICT", "name": "示例区妇联"},
               {"id": "s1", "level": "SUB_DISTRICT", "name": "东湖街道妇联", "parentId": "d", "residentWomen": 20000},
               {"id": "c1", "level": "COMMUNITY", "name": "东湖苑社区妇联", "parentId": "s1"},
               {"id": "c2", "level": "COMMUNITY", "name": "无主社区妇联", "parentId": "ghost"}],
             "people": [
               {"id": "p1", "gender": "FEMALE", "positions": [{"federationId": "c1", "role": "CHAIR"}]},
               {"id": "p1", "gender": "FEMALE", "positions": [{"federationId": "nowhere", "role": "CHAIR"}]},
               {"id": "p2", "gender": "FEMALE", "positions": [{"federationId": "s1", "role": "CHAIR"}]}],
             "units": [{"id": "u1", "name": "区图书馆", "type": "NON_PUBLIC_ENTERPRISE", "federationId": "s1", "women": -3}],
             "womensHomes": [{"id": "h1", "name": "东湖苑妇女之家", "federationId": "c1", "haves": [], "services": []}]}
            """;

    private static FulianRules engine;
    private static DistrictData sample;
    private static Report report;

    @BeforeAll
    static void evaluate() {
        engine = FulianRules.bundled();
        sample = DistrictReader.read(SAMPLE);
        report = engine.evaluate(sample);
    }

    private static DistrictData read(String json) {
        return DistrictReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "bad.json");
    }

    @Test
    void everyRecordOfTheSampleIsAccountedFor() {
        Map<String, Integer> read = report.accounting().records().stream()
                .collect(Collectors.toMap(RecordAccount::kind, RecordAccount::read));

        assertThat(read).containsEntry("federations", sample.federations().size())
                .containsEntry("people", sample.people().size()).containsEntry("positions", sample.positions().size())
                .containsEntry("womensHomes", sample.womensHomes().size()).containsEntry("units", sample.units().size())
                .containsEntry("buildings", sample.buildings().size())
                .containsEntry("activityCentres", sample.activityCentres().size())
                .containsEntry("womensGroups", sample.womensGroups().size())
                .containsEntry("activities", sample.activities().size()).containsEntry("waivers", sample.waivers().size());
        assertThat(report.accounting().read()).isEqualTo(sample.size());
        assertThat(report.accounting().accepted() + report.accounting().rejected()).isEqualTo(sample.size());
    }

    @Test
    void theSampleRejectsExactlyTheRecordsOfItsFiveDataFindings() {
        List<String> rejected = report.accounting().records().stream()
                .flatMap(a -> a.rejected().stream().map(r -> a.kind() + " " + r.recordId() + " " + r.codes()))
                .toList();

        assertThat(rejected).containsExactly("federations qx-yt-02 [NO_ELECTION_RECORD]", "units unit-24 [MISSING_COUNT]",
                "buildings bld-07 [NOT_RECORDED]", "activities act-0260 [ZERO_DAYS]", "activities act-0261 [WRONG_SUBJECT]");
        assertThat(report.accounting().otherIssues()).isEmpty();
    }

    @Test
    void badRecordsAreRejectedWithTheirReasonsAndNoneIsLost() {
        DistrictData bad = read(DISTRICT_WITH_BAD_RECORDS);
        Report r = engine.evaluate(bad);

        assertThat(r.accounting().read()).isEqualTo(bad.size());
        assertThat(r.accounting().records()).allSatisfy(a -> assertThat(a.read()).isEqualTo(a.accepted() + a.rejectedCount()));
        assertThat(account(r, "people").rejected()).extracting(Rejection::recordId).containsExactly("p1", "p1");
        assertThat(account(r, "people").accepted()).isEqualTo(1);
        assertThat(account(r, "positions").rejected()).singleElement()
                .satisfies(x -> assertThat(x.codes()).containsExactly("UNKNOWN_REFERENCE"));
        assertThat(account(r, "federations").rejected()).filteredOn(x -> x.recordId().equals("c2")).singleElement().satisfies(x -> {
            assertThat(x.codes()).contains("UNKNOWN_REFERENCE");
            assertThat(x.location()).isEqualTo("bad.json:6");
        });
        assertThat(account(r, "units").rejected()).singleElement()
                .satisfies(x -> assertThat(x.codes()).contains("NEGATIVE_COUNT"));
        assertThat(account(r, "womensHomes").accepted()).isEqualTo(1);
    }

    @Test
    void everyDataFindingAboutARecordRejectsThatRecord() {
        for (Report r : List.of(report, engine.evaluate(read(DISTRICT_WITH_BAD_RECORDS)))) {
            List<String> rejected = r.accounting().records().stream()
                    .flatMap(a -> a.rejected().stream().flatMap(x -> x.codes().stream().map(c -> c + " " + x.recordId())))
                    .toList();
            for (Finding f : r.findings()) {
                if (f.kind() == Kind.DATA) {
                    assertThat(rejected.contains(f.code() + " " + f.subjectId())
                            || r.accounting().otherIssues().contains(f.code() + " " + f.subjectId()))
                            .as(f.code() + " " + f.subjectId() + " accounted for").isTrue();
                }
            }
        }
    }

    @Test
    void theSampleScorecardAddsUp() {
        ScoreLine overall = report.scorecard().overall();
        assertThat(overall.checked()).isEqualTo(report.summary().scores().values().stream().mapToInt(s -> s.checked()).sum());
        assertThat(report.scorecard().subDistricts()).hasSize(6);
        assertThat(report.scorecard().communities()).hasSize(24);
        assertThat(report.scorecard().subDistricts().stream().mapToInt(ScoreLine::checked).sum())
                .isLessThanOrEqualTo(overall.checked());
        for (ScoreLine sd : report.scorecard().subDistricts()) {
            int communities = report.scorecard().communities().stream().filter(c -> sd.areaId().equals(c.parentId()))
                    .mapToInt(ScoreLine::checked).sum();
            assertThat(sd.checked()).as(sd.areaId()).isGreaterThan(communities);
            assertThat(sd.level()).isEqualTo(Level.SUB_DISTRICT);
            assertThat(sd.ratePercent()).isBetween(0.0, 100.0);
        }
        assertThat(report.scorecard().line("qx-dh").orElseThrow().requirements()).containsKey("FL-4.1c");
    }

    @Test
    void theSameInputGivesByteIdenticalJsonAndCsv() {
        Report again = FulianRules.bundled().evaluate(DistrictReader.read(SAMPLE));

        assertThat(ReportJson.toJson(again)).isEqualTo(ReportJson.toJson(report));
        assertThat(ReportCsv.findings(again, "zh")).isEqualTo(ReportCsv.findings(report, "zh"));
        assertThat(ReportCsv.scorecard(again, "zh")).isEqualTo(ReportCsv.scorecard(report, "zh"));
        assertThat(ReportHtml.toHtml(again, engine.catalogue(), "zh"))
                .isEqualTo(ReportHtml.toHtml(report, engine.catalogue(), "zh"));
    }

    @Test
    void reportsCarryNoTimestampAndNamePeopleByNameAndId() {
        String json = ReportJson.toJson(report);
        String html = ReportHtml.toHtml(report, engine.catalogue(), "zh");
        Finding stationed = report.findings().stream()
                .filter(f -> f.requirementId().equals("FL-3.2a") && f.subjectId().equals("p-0094")).findFirst().orElseThrow();

        assertThat(json + html).doesNotContainPattern("\\d{2}:\\d{2}:\\d{2}").doesNotContainPattern("20\\d\\d-\\d\\d-\\d\\dT");
        assertThat(report.nameOf("p-0094")).isEqualTo("雷玉兰");
        assertThat(stationed.message().zh()).startsWith("区妇联机关干部雷玉兰（p-0094）本期到街道社区蹲点");
        assertThat(stationed.message().en()).startsWith("Office cadre 雷玉兰 (p-0094) spent");
        assertThat(html).contains("<article class=\"subject\" data-subject=\"p-0094\"><h3>雷玉兰 <span class=\"id\">p-0094</span>");
        assertThat(json).as("the machine fields keep the id").containsPattern("\"subjectId\"\\s*:\\s*\"p-0094\"");
    }

    @Test
    void theCsvHasOneRowPerFindingOfTheSample() {
        String csv = ReportCsv.findings(report, "zh");

        assertThat(csv).startsWith(ReportCsv.BOM);
        long rows = csv.chars().filter(c -> c == '\n').count()
                - report.findings().stream().mapToLong(f -> (f.message().zh() + f.remedy().zh()).chars()
                        .filter(c -> c == '\n').count()).sum();
        assertThat(rows).isEqualTo(1 + report.findings().size());
    }

    @Test
    void aSessionsScorecardAndAccountingFollowItsFacts() {
        WomensHome bare = new WomensHome("h1", "东湖苑妇女之家", "c1", Set.of(), Set.of(), false);
        WomensHome complete = new WomensHome("h1", "东湖苑妇女之家", "c1", EnumSet.allOf(Have.class), Set.of(), false);
        try (RuleSession session = engine.openSession(AssessmentPeriod.year(2025))) {
            session.insertAll(List.of(new Federation("d", Level.DISTRICT, "示例区妇联", null, null),
                    new Federation("s1", Level.SUB_DISTRICT, "东湖街道妇联", "d", 20_000),
                    new Federation("c1", Level.COMMUNITY, "东湖苑社区妇联", "s1", null), bare));

            RequirementScore before = session.report().scorecard().line("c1").orElseThrow().requirements().get("FL-4.4b");
            session.update(bare, complete);
            Report after = session.report();

            assertThat(before.met()).isZero();
            assertThat(after.scorecard().line("c1").orElseThrow().requirements().get("FL-4.4b").met()).isEqualTo(1);
            assertThat(after.scorecard().line("s1").orElseThrow().requirements().get("FL-4.4b").met()).isEqualTo(1);
            assertThat(after.accounting().read()).isEqualTo(4);
            assertThat(after.names()).containsEntry("h1", "东湖苑妇女之家");
        }
    }

    private static RecordAccount account(Report r, String kind) {
        return r.accounting().records().stream().filter(a -> a.kind().equals(kind)).findFirst().orElseThrow();
    }
}
