package io.github.fulianrules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.model.Activity;
import io.github.fulianrules.model.ActivityCentre;
import io.github.fulianrules.model.ActivityType;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.Building;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.GroupSetting;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.model.Role;
import io.github.fulianrules.model.Unit;
import io.github.fulianrules.model.UnitType;
import io.github.fulianrules.model.Waiver;
import io.github.fulianrules.model.WomensGroup;
import io.github.fulianrules.model.WomensHome;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.report.Kind;
import io.github.fulianrules.report.RecordAccount;
import io.github.fulianrules.report.Rejection;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.report.ReportJson;
import io.github.fulianrules.report.RequirementScore;
import io.github.fulianrules.report.ScoreLine;
import io.github.fulianrules.report.Scorecard;
import io.github.fulianrules.report.Strength;
import io.github.fulianrules.report.Summary;
import io.github.fulianrules.report.Text;
import io.github.fulianrules.rulesupport.Assessment;
import io.github.fulianrules.rulesupport.SubjectType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The scorecard per area and the accounting of the input records, computed from assessments and facts. */
class ReportDetailsTest {
    private static final AssessmentPeriod Y2025 = AssessmentPeriod.year(2025);

    /** District d; sub-districts s1, s2; communities c1 (under s1), c2 (under s2), c9 (parent unknown). */
    private static final List<Federation> TWO_SUB_DISTRICTS = List.of(
            new Federation("d", Level.DISTRICT, "示例区妇联", null, null),
            new Federation("s1", Level.SUB_DISTRICT, "东湖街道妇联", "d", 30_001),
            new Federation("s2", Level.SUB_DISTRICT, "西湖街道妇联", "d", 20_000),
            new Federation("c1", Level.COMMUNITY, "东湖苑社区妇联", "s1", null),
            new Federation("c2", Level.COMMUNITY, "西湖苑社区妇联", "s2", null),
            new Federation("c9", Level.COMMUNITY, "无主社区妇联", "nowhere", null));

    private static DistrictData district(Object... more) {
        DistrictData.Builder b = DistrictData.builder(Y2025).addAll(TWO_SUB_DISTRICTS);
        for (Object o : more) {
            b.add(o);
        }
        return b.build();
    }

    private static Assessment met(String requirement, String subject, SubjectType type) {
        return Assessment.holds(requirement, subject, type, true, "YES", "YES");
    }

    private static Assessment unmet(String requirement, String subject, SubjectType type) {
        return Assessment.holds(requirement, subject, type, false, "NO", "YES");
    }

    private static Finding finding(Assessment a, boolean waived) {
        return new Finding(a.requirementId(), null, "二(四)1", Strength.IN_PRINCIPLE, Kind.VIOLATION, a.subjectId(),
                a.subjectType().name(), waived, waived ? "换届前过渡" : null, a.measured(), a.required(), a.gap(),
                List.of(), new Text("未达标", "not met"), new Text("整改", "fix it"), null);
    }

    private static Finding data(String code, String subject, SubjectType type) {
        return new Finding("DATA", code, null, Strength.DATA, Kind.DATA, subject, type.name(), false, null, null, null,
                0, List.of(), new Text("数据问题", "data issue"), new Text("改正", "fix"), "district.json:9");
    }

    /** The report the assembler would make: a finding per unmet assessment (those named waived are), scores per requirement. */
    private static Report report(List<Assessment> assessments, Set<String> waivedSubjects, List<Finding> dataFindings,
                                 DistrictData facts) {
        List<Finding> findings = new ArrayList<>(dataFindings);
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Assessment a : assessments) {
            int[] c = counts.computeIfAbsent(a.requirementId(), k -> new int[3]);
            c[0]++;
            if (a.met()) {
                c[1]++;
            } else {
                boolean waived = waivedSubjects.contains(a.subjectId());
                c[2] += waived ? 1 : 0;
                findings.add(finding(a, waived));
            }
        }
        findings.sort(Finding.ORDER);
        Map<String, RequirementScore> scores = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                scores.put(e.getKey(), new RequirementScore(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])));
        Report base = new Report("d", Y2025, findings, Summary.of(findings, scores));
        return ReportDetails.complete(base, assessments, facts, null);
    }

    private static Report report(List<Assessment> assessments, DistrictData facts) {
        return report(assessments, Set.of(), List.of(), facts);
    }

    @Test
    void eachSubjectOfAFindingIsPlacedInTheAreaTheScorecardCountsItIn() {
        DistrictData facts = district(
                new WomensHome("h1", "东湖苑妇女之家", "c1", Set.of(), Set.of(), false),
                Person.woman("p-s1"), new Position("p-s1", "s1", Role.EXECUTIVE_MEMBER),
                new Position("p-s1", "c1", Role.EXECUTIVE_MEMBER),
                Person.woman("p-both"), new Position("p-both", "s1", Role.EXECUTIVE_MEMBER),
                new Position("p-both", "s2", Role.EXECUTIVE_MEMBER),
                new Building("b2", "西湖大厦", "s2", false));

        Report r = report(List.of(unmet("FL-4.4b", "h1", SubjectType.WOMENS_HOME),
                unmet("FL-2.1a", "p-s1", SubjectType.PERSON), unmet("FL-2.1a", "p-both", SubjectType.PERSON),
                unmet("FL-4.2c", "c2", SubjectType.COMMUNITY_FEDERATION)), Set.of(),
                List.of(data("UNKNOWN_REFERENCE", "b2", SubjectType.BUILDING)), facts);

        assertThat(r.areas()).containsOnly(Map.entry("h1", "c1"), Map.entry("p-s1", "s1"), Map.entry("c2", "c2"),
                Map.entry("b2", "s2"));
        assertThat(r.areaOf("p-both")).as("spread over two sub-districts: the district").isEqualTo("d");
    }

    @Test
    void aSubDistrictLineCountsItsOwnSubjectsAndThoseOfItsCommunities() {
        Report r = report(List.of(
                met("FL-4.1a", "s1", SubjectType.SUB_DISTRICT_FEDERATION),
                unmet("FL-4.2c", "c1", SubjectType.COMMUNITY_FEDERATION),
                met("FL-4.2c", "c2", SubjectType.COMMUNITY_FEDERATION)), district());

        ScoreLine s1 = r.scorecard().line("s1").orElseThrow();
        assertThat(s1.checked()).isEqualTo(2);
        assertThat(s1.met()).isEqualTo(1);
        assertThat(s1.ratePercent()).isEqualTo(50.0);
        assertThat(r.scorecard().line("c1").orElseThrow().requirements().keySet()).containsExactly("FL-4.2c");
        assertThat(r.scorecard().line("c1").orElseThrow().ratePercent()).isEqualTo(0.0);
        assertThat(r.scorecard().line("s2").orElseThrow().ratePercent()).isEqualTo(100.0);
        assertThat(r.scorecard().overall().checked()).isEqualTo(3);
    }

    @Test
    void districtSubjectsCountOnlyInTheOverallLine() {
        Report r = report(List.of(unmet("FL-2.4a", "d", SubjectType.DISTRICT_FEDERATION)), district());

        assertThat(r.scorecard().overall().checked()).isEqualTo(1);
        assertThat(r.scorecard().overall().name()).isEqualTo("示例区妇联");
        assertThat(r.scorecard().subDistricts()).allSatisfy(l -> assertThat(l.checked()).isZero());
        assertThat(r.scorecard().communities()).allSatisfy(l -> assertThat(l.checked()).isZero());
    }

    @Test
    void anAreaWithNothingCheckedHasNoRateRatherThanAHundredPercent() {
        Report r = report(List.of(), district());

        assertThat(r.scorecard().line("s1").orElseThrow().ratePercent()).isNull();
        assertThat(r.scorecard().lines()).hasSize(1 + 2 + 3);
    }

    @Test
    void homesAndBuildingsBelongToTheAreaOfTheirFederation() {
        WomensHome home = new WomensHome("h1", "东湖苑妇女之家", "c1", Set.of(), Set.of(), false);
        Building building = new Building("b1", "东湖大厦", "s2", false);
        Report r = report(List.of(unmet("FL-4.4b", "h1", SubjectType.WOMENS_HOME),
                met("FL-4.3d", "b1", SubjectType.BUILDING)), district(home, building));

        assertThat(r.scorecard().line("c1").orElseThrow().checked()).isEqualTo(1);
        assertThat(r.scorecard().line("s1").orElseThrow().unmet()).isEqualTo(1);
        assertThat(r.scorecard().line("s2").orElseThrow().met()).isEqualTo(1);
        assertThat(r.scorecard().line("c2").orElseThrow().checked()).isZero();
        assertThat(r.names()).containsEntry("h1", "东湖苑妇女之家").containsEntry("b1", "东湖大厦");
    }

    @Test
    void aPersonBelongsToTheNarrowestAreaHoldingAllTheirPositions() {
        Person inCommunity = Person.woman("p1");
        Person acrossOneSubDistrict = Person.woman("p2");
        Person acrossTwo = Person.woman("p3");
        Person onlyOnTheTwoCommittees = Person.woman("p4").onTwoCommitteesOf("c2");
        Report r = report(List.of(
                        unmet("FL-3.1a", "p1", SubjectType.PERSON), unmet("FL-3.1a", "p2", SubjectType.PERSON),
                        unmet("FL-3.1a", "p3", SubjectType.PERSON), unmet("FL-3.1a", "p4", SubjectType.PERSON)),
                district(inCommunity, acrossOneSubDistrict, acrossTwo, onlyOnTheTwoCommittees,
                        new Position("p1", "c1", Role.CHAIR), new Position("p1", "c1", Role.EXECUTIVE_MEMBER),
                        new Position("p2", "c1", Role.CHAIR), new Position("p2", "s1", Role.EXECUTIVE_MEMBER),
                        new Position("p3", "c1", Role.CHAIR), new Position("p3", "s2", Role.EXECUTIVE_MEMBER)));

        Scorecard card = r.scorecard();
        assertThat(card.line("c1").orElseThrow().checked()).as("p1 only").isEqualTo(1);
        assertThat(card.line("s1").orElseThrow().checked()).as("p1 and p2").isEqualTo(2);
        assertThat(card.line("s2").orElseThrow().checked()).as("p4 by the two committees").isEqualTo(1);
        assertThat(card.line("c2").orElseThrow().checked()).isEqualTo(1);
        assertThat(card.overall().checked()).as("p3 only here").isEqualTo(4);
    }

    @Test
    void aCommunityWithoutAKnownSubDistrictHasItsOwnLineOnly() {
        Report r = report(List.of(unmet("FL-4.2c", "c9", SubjectType.COMMUNITY_FEDERATION)), district());

        assertThat(r.scorecard().line("c9").orElseThrow().checked()).isEqualTo(1);
        assertThat(r.scorecard().subDistricts()).allSatisfy(l -> assertThat(l.checked()).isZero());
    }

    @Test
    void waivedChecksCountAsWaivedInTheirArea() {
        Report r = report(List.of(unmet("FL-4.1e", "s1", SubjectType.SUB_DISTRICT_FEDERATION),
                unmet("FL-4.1e", "s2", SubjectType.SUB_DISTRICT_FEDERATION)), Set.of("s1"), List.of(), district());

        assertThat(r.scorecard().line("s1").orElseThrow().waived()).isEqualTo(1);
        assertThat(r.scorecard().line("s1").orElseThrow().ratePercent()).isEqualTo(100.0);
        assertThat(r.scorecard().line("s2").orElseThrow().waived()).isZero();
        assertThat(r.scorecard().overall().waived()).isEqualTo(1);
    }

    @Test
    void linesComeInNaturalOrderOfIds() {
        DistrictData many = DistrictData.builder(Y2025)
                .add(new Federation("d", Level.DISTRICT, "d", null, null))
                .add(new Federation("sd10", Level.SUB_DISTRICT, "十", "d", null))
                .add(new Federation("sd2", Level.SUB_DISTRICT, "二", "d", null))
                .add(new Federation("sd1", Level.SUB_DISTRICT, "一", "d", null))
                .build();

        assertThat(report(List.of(), many).scorecard().subDistricts()).extracting(ScoreLine::areaId)
                .containsExactly("sd1", "sd2", "sd10");
    }

    @Test
    void theOrderInWhichTheEngineHandsBackFactsDoesNotMatter() {
        List<Object> facts = new ArrayList<>(List.of(Person.woman("p1"), Person.woman("p2"),
                new Position("p1", "c1", Role.CHAIR), new Position("p2", "s2", Role.CHAIR),
                new WomensHome("h1", "家", "c2", Set.of(), Set.of(), false),
                new Federation("s1", Level.SUB_DISTRICT, "重复的 id", "d", null)));
        facts.addAll(TWO_SUB_DISTRICTS);
        List<Assessment> assessments = new ArrayList<>(List.of(unmet("FL-3.1a", "p1", SubjectType.PERSON),
                met("FL-3.1a", "p2", SubjectType.PERSON), unmet("FL-4.4b", "h1", SubjectType.WOMENS_HOME),
                met("FL-4.1a", "s1", SubjectType.SUB_DISTRICT_FEDERATION)));
        List<Finding> dataFindings = List.of(data("DUPLICATE_ID", "s1", SubjectType.SUB_DISTRICT_FEDERATION));
        String first = null;
        Random random = new Random(5);
        for (int i = 0; i < 10; i++) {
            Collections.shuffle(facts, random);
            Collections.shuffle(assessments, random);
            DistrictData data = DistrictData.builder(Y2025).addAll(facts).build();
            String json = ReportJson.toJson(report(assessments, Set.of(), dataFindings, data));
            if (first == null) {
                first = json;
            }
            assertThat(json).isEqualTo(first);
        }
    }

    @Test
    void unitsCentresAndGroupsBelongToTheAreaOfTheirFederationAndAreNamedByTheirNames() {
        DistrictData facts = district(
                new Unit("u1", "东湖科技公司", UnitType.PUBLIC_INSTITUTION, "c1", null, false, false, false),
                new ActivityCentre("ac1", "东湖党群服务中心", "c1", false, false),
                new WomensGroup("g1", "s2", GroupSetting.RESIDENTS_GROUP));

        Report r = report(List.of(unmet("FL-4.3a", "u1", SubjectType.UNIT), unmet("FL-4.5a", "ac1", SubjectType.ACTIVITY_CENTRE),
                unmet("FL-4.6a", "g1", SubjectType.WOMENS_GROUP)), facts);

        assertThat(r.areas()).containsOnly(Map.entry("u1", "c1"), Map.entry("ac1", "c1"), Map.entry("g1", "s2"));
        assertThat(r.scorecard().line("c1").orElseThrow().checked()).isEqualTo(2);
        assertThat(r.names()).containsEntry("u1", "东湖科技公司").containsEntry("ac1", "东湖党群服务中心")
                .doesNotContainKey("g1");
    }

    @Test
    void aPersonInTwoCommunitiesOfOneSubDistrictBelongsToTheSubDistrict() {
        Federation c3 = new Federation("c3", Level.COMMUNITY, "东湖新村社区妇联", "s1", null);
        Report r = report(List.of(unmet("FL-3.1a", "p5", SubjectType.PERSON)), district(c3, Person.woman("p5"),
                new Position("p5", "c1", Role.CHAIR), new Position("p5", "c3", Role.EXECUTIVE_MEMBER)));

        assertThat(r.areaOf("p5")).isEqualTo("s1");
        assertThat(r.scorecard().line("s1").orElseThrow().checked()).isEqualTo(1);
        assertThat(r.scorecard().line("c1").orElseThrow().checked()).isZero();
        assertThat(r.scorecard().line("c3").orElseThrow().checked()).isZero();
    }

    @Test
    void communitiesAreListedBySubDistrictThenById() {
        DistrictData facts = DistrictData.builder(Y2025)
                .add(new Federation("d", Level.DISTRICT, "d", null, null))
                .add(new Federation("s1", Level.SUB_DISTRICT, "一", "d", null))
                .add(new Federation("s2", Level.SUB_DISTRICT, "二", "d", null))
                .add(new Federation("c0", Level.COMMUNITY, "零", "s2", null))
                .add(new Federation("c10", Level.COMMUNITY, "十", "s1", null))
                .add(new Federation("c5", Level.COMMUNITY, "五", "s1", null))
                .build();

        assertThat(report(List.of(), facts).scorecard().communities()).extracting(ScoreLine::areaId)
                .containsExactly("c5", "c10", "c0");
    }

    // ---- accounting

    @Test
    void everyRecordReadIsAcceptedOrRejected() {
        Person p1 = Person.woman("p1");
        DistrictData facts = district(p1, Person.woman("p2"), new Position("p1", "c1", Role.CHAIR),
                new WomensHome("h1", "家", "nowhere", Set.of(), Set.of(), false));
        Report r = report(List.of(), Set.of(), List.of(
                data("UNKNOWN_REFERENCE", "h1", SubjectType.WOMENS_HOME),
                data("MISSING_PARENT", "c9", SubjectType.COMMUNITY_FEDERATION),
                data("WRONG_PARENT_LEVEL", "c9", SubjectType.COMMUNITY_FEDERATION)), facts);

        assertThat(r.accounting().read()).isEqualTo(facts.size());
        assertThat(r.accounting().records()).allSatisfy(a ->
                assertThat(a.read()).isEqualTo(a.accepted() + a.rejectedCount()));
        RecordAccount federations = account(r, "federations");
        assertThat(federations.read()).isEqualTo(6);
        assertThat(federations.accepted()).isEqualTo(5);
        assertThat(federations.rejected()).containsExactly(
                new Rejection("c9", "district.json:9", List.of("MISSING_PARENT", "WRONG_PARENT_LEVEL")));
        assertThat(account(r, "womensHomes").rejected()).extracting(Rejection::recordId).containsExactly("h1");
        assertThat(account(r, "people").accepted()).isEqualTo(2);
        assertThat(account(r, "positions").read()).isEqualTo(1);
        assertThat(r.accounting().rejected()).isEqualTo(2);
        assertThat(r.accounting().otherIssues()).isEmpty();
    }

    @Test
    void everyKindOfRecordIsAccountedInTheOrderOfTheInputFormat() {
        java.time.LocalDate day = java.time.LocalDate.of(2025, 3, 1);
        DistrictData facts = district(Person.woman("p1"), new Position("p1", "d", Role.CHAIR),
                new WomensHome("h1", null, "d", null, null, false),
                new Unit("u10", null, UnitType.PUBLIC_INSTITUTION, "d", null, false, false, false),
                new Unit("u2", null, UnitType.PUBLIC_INSTITUTION, "d", null, false, false, false),
                new Unit("u3", null, UnitType.PUBLIC_INSTITUTION, "d", null, false, false, false),
                new Building("b1", null, "d", false), new ActivityCentre("ac1", null, "d", false, false),
                new WomensGroup("g1", "d", GroupSetting.RESIDENTS_GROUP),
                Activity.on("a1", ActivityType.REFORM_REPORT, "d", day),
                new Waiver("w1", "FL-2.4a", "d", "merged", "区委组织部", day, day));
        Report r = report(List.of(), Set.of(), List.of(data("UNKNOWN_REFERENCE", "u10", SubjectType.UNIT),
                data("NEGATIVE_COUNT", "u2", SubjectType.UNIT)), facts);

        assertThat(r.accounting().records()).extracting(RecordAccount::kind).containsExactly("federations", "people",
                "positions", "womensHomes", "units", "buildings", "activityCentres", "womensGroups", "activities", "waivers");
        assertThat(r.accounting().records()).extracting(RecordAccount::read).containsExactly(6, 1, 1, 1, 3, 1, 1, 1, 1, 1);
        assertThat(account(r, "units").rejected()).extracting(Rejection::recordId).containsExactly("u2", "u10");
        assertThat(account(r, "units").accepted()).isEqualTo(1);
    }

    @Test
    void bothRecordsThatShareAnIdAreRejected() {
        DistrictData facts = district(Person.woman("p1"), Person.man("p1"));
        Report r = report(List.of(), Set.of(), List.of(data("DUPLICATE_ID", "p1", SubjectType.PERSON)), facts);

        RecordAccount people = account(r, "people");
        assertThat(people.read()).isEqualTo(2);
        assertThat(people.accepted()).isZero();
        assertThat(people.rejected()).extracting(Rejection::recordId).containsExactly("p1", "p1");
    }

    @Test
    void aFindingAboutTheInputAsAWholeIsListedApartFromTheRecords() {
        DistrictData facts = district();
        Report r = report(List.of(), Set.of(), List.of(data("NO_DISTRICT", "-", SubjectType.INPUT),
                data("UNKNOWN_REFERENCE", "ghost", SubjectType.UNIT)), facts);

        assertThat(r.accounting().rejected()).isZero();
        assertThat(r.accounting().accepted()).isEqualTo(facts.size());
        assertThat(r.accounting().otherIssues()).containsExactly("NO_DISTRICT -", "UNKNOWN_REFERENCE ghost");
    }

    @Test
    void aDataFindingWithoutASubjectTypeHasNoAreaAndIsAnotherIssue() {
        Finding untyped = new Finding("DATA", "PARAMETER_MISSING", null, Strength.DATA, Kind.DATA, "minWomen", null, false,
                null, null, null, 0, List.of(), new Text("参数缺失", "parameter missing"), new Text("补上", "add it"), null);
        DistrictData facts = district();

        Report r = report(List.of(), Set.of(), List.of(untyped), facts);

        assertThat(r.accounting().otherIssues()).containsExactly("PARAMETER_MISSING minWomen");
        assertThat(r.accounting().rejected()).isZero();
        assertThat(r.areas()).isEmpty();
    }

    @Test
    void aRecordAccountWhoseCountsDoNotAddUpIsRefused() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new RecordAccount("people", 3, 1, List.of(new Rejection("p1", null, List.of("X")))))
                .withMessageContaining("people: read 3 != accepted 1 + rejected 1");
    }

    private static RecordAccount account(Report r, String kind) {
        return r.accounting().records().stream().filter(a -> a.kind().equals(kind)).findFirst().orElseThrow();
    }
}
