package io.github.fulianrules.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fulianrules.model.AssessmentPeriod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportJsonTest {
    private static final Finding WAIVED_VICE_CHAIRS = new Finding("FL-2.4a", null, "二(二)4", Strength.IN_PRINCIPLE,
            Kind.VIOLATION, "qx", "DISTRICT_FEDERATION", true, "换届前过渡 (区委组织部, w1)", "3", "4", 1, List.of(),
            new Text("区妇联兼职副主席 3 人，少于 4 人", "3 part-time vice-chairs, fewer than 4"),
            new Text("还需增补 1 名兼职副主席", "1 more part-time vice-chair needed"), "district.json:5");
    private static final Finding HOME_MISSING_HAVES = new Finding("FL-4.4b", null, "二(四)4", Strength.MUST,
            Kind.VIOLATION, "h-03", "WOMENS_HOME", false, null, "5", "7", 2, List.of("FUNDING", "RECORDS_LEDGER"),
            new Text("缺少：经费保障、台账资料", "missing: funding, records ledger"),
            new Text("补齐经费保障、台账资料", "put funding and a records ledger in place"), null);
    private static final Finding DUPLICATE_ID = new Finding("DATA", "DUPLICATE_ID", null, Strength.DATA, Kind.DATA,
            "p-7", "PERSON", false, null, "p-7", null, 0, List.of("id"),
            new Text("重复的 id p-7", "duplicate id p-7"), new Text("改正 id", "fix the id"), "district.json:88");

    /** A district whose vice-chairs fall short with a waiver, one home short of two haves, one duplicate id. */
    private static Report districtWithAWaiverAHomeAndADuplicate() {
        List<Finding> findings = List.of(WAIVED_VICE_CHAIRS, HOME_MISSING_HAVES, DUPLICATE_ID);
        Map<String, RequirementScore> scores = new LinkedHashMap<>();
        scores.put("FL-2.4a", new RequirementScore("FL-2.4a", 1, 0, 1));
        scores.put("FL-4.4b", new RequirementScore("FL-4.4b", 3, 2, 0));
        return new Report("qx", AssessmentPeriod.year(2025), findings, Summary.of(findings, scores));
    }

    @Test
    void writesEveryFieldOfAFindingInTheDocumentedOrder() throws Exception {
        String json = ReportJson.toJson(districtWithAWaiverAHomeAndADuplicate());

        JsonNode first = new ObjectMapper().readTree(json).path("findings").get(0);
        List<String> fields = new ArrayList<>();
        first.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("requirementId", "code", "clause", "strength", "kind", "subjectId",
                "subjectType", "waived", "waiverReason", "measured", "required", "gap", "details", "message",
                "remedy", "location");
        assertThat(first.path("waived").asBoolean()).isTrue();
        assertThat(first.path("waiverReason").asText()).isEqualTo("换届前过渡 (区委组织部, w1)");
        assertThat(first.path("gap").asLong()).isEqualTo(1);
        assertThat(first.path("message").path("zh").asText()).isEqualTo("区妇联兼职副主席 3 人，少于 4 人");
        assertThat(first.path("remedy").path("en").asText()).isEqualTo("1 more part-time vice-chair needed");
    }

    @Test
    void absentValuesAreWrittenAsNull() throws Exception {
        JsonNode home = new ObjectMapper().readTree(ReportJson.toJson(districtWithAWaiverAHomeAndADuplicate()))
                .path("findings").get(1);

        assertThat(home.has("code")).isTrue();
        assertThat(home.path("code").isNull()).isTrue();
        assertThat(home.path("waiverReason").isNull()).isTrue();
        assertThat(home.path("location").isNull()).isTrue();
        assertThat(home.path("details")).extracting(JsonNode::asText).containsExactly("FUNDING", "RECORDS_LEDGER");
    }

    @Test
    void theSummaryCountsKindsRequirementsAndScores() throws Exception {
        JsonNode summary = new ObjectMapper().readTree(ReportJson.toJson(districtWithAWaiverAHomeAndADuplicate()))
                .path("summary");

        assertThat(summary.path("byKind").toString())
                .isEqualTo("{\"VIOLATION\":2,\"WARNING\":0,\"RECOMMENDATION\":0,\"DATA\":1}");
        assertThat(summary.path("openViolations").asInt()).isEqualTo(1);
        assertThat(summary.path("waived").asInt()).isEqualTo(1);
        assertThat(summary.path("byRequirement").toString()).isEqualTo("{\"FL-2.4a\":1,\"FL-4.4b\":1,\"DATA\":1}");
        assertThat(summary.path("scores").toString()).isEqualTo("{\"FL-2.4a\":{\"checked\":1,\"met\":0,\"waived\":1,"
                + "\"rate\":100.0},\"FL-4.4b\":{\"checked\":3,\"met\":2,\"waived\":0,\"rate\":66.7}}");
    }

    @Test
    void theScorecardAndTheAccountingFollowTheSummary() throws Exception {
        Report base = districtWithAWaiverAHomeAndADuplicate();
        ScoreLine east = new ScoreLine("sd1", "东湖街道妇联", io.github.fulianrules.model.Level.SUB_DISTRICT, "qx",
                Map.of("FL-4.4b", new RequirementScore("FL-4.4b", 2, 1, 0)));
        Accounting accounting = new Accounting(List.of(new RecordAccount("people", 9, 8,
                List.of(new Rejection("p-7", "district.json:88", List.of("DUPLICATE_ID"))))), List.of("NO_DISTRICT -"));
        Report report = new Report(base.districtId(), base.period(), base.findings(), base.summary(),
                new Scorecard(new ScoreLine("qx", "青溪区妇联", io.github.fulianrules.model.Level.DISTRICT, null,
                        base.summary().scores()), List.of(east), List.of(new ScoreLine("c1", "一社区妇联",
                        io.github.fulianrules.model.Level.COMMUNITY, "sd1", Map.of()))), accounting, Map.of());

        JsonNode json = new ObjectMapper().readTree(ReportJson.toJson(report));

        JsonNode overall = json.path("scorecard").path("overall");
        assertThat(overall.path("checked").asInt()).isEqualTo(4);
        assertThat(overall.path("rate").asDouble()).isEqualTo(75.0);
        JsonNode sd1 = json.path("scorecard").path("subDistricts").get(0);
        assertThat(sd1.path("id").asText()).isEqualTo("sd1");
        assertThat(sd1.path("name").asText()).isEqualTo("东湖街道妇联");
        assertThat(sd1.path("requirements").path("FL-4.4b").path("rate").asDouble()).isEqualTo(50.0);
        JsonNode people = json.path("accounting").path("records").path("people");
        assertThat(people.path("read").asInt()).isEqualTo(9);
        assertThat(people.path("accepted").asInt()).isEqualTo(8);
        assertThat(people.path("rejected").asInt()).isEqualTo(1);
        assertThat(people.path("rejections").get(0).path("codes").get(0).asText()).isEqualTo("DUPLICATE_ID");
        assertThat(json.path("accounting").path("otherIssues").get(0).asText()).isEqualTo("NO_DISTRICT -");
        assertThat(json.path("accounting").path("read").asInt()).isEqualTo(9);
        assertThat(json.path("accounting").path("accepted").asInt()).isEqualTo(8);
        assertThat(json.path("accounting").path("rejected").asInt()).isEqualTo(1);
        assertThat(json.path("scorecard").path("communities")).hasSize(1);
        assertThat(json.path("scorecard").path("communities").get(0).path("parentId").asText()).isEqualTo("sd1");
    }

    @Test
    void aTextLeftOutIsNullAndArraysAreIndentedOneItemALine() {
        Finding noRemedy = new Finding("FL-4.4b", null, null, Strength.MUST, Kind.VIOLATION, "h-03", "WOMENS_HOME", false,
                null, "5", "7", 2, List.of("FUNDING", "RECORDS_LEDGER"), null, null, null);
        Report report = new Report("qx", AssessmentPeriod.year(2025), List.of(noRemedy), Summary.of(List.of(noRemedy), Map.of()));

        assertThat(ReportJson.toJsonLine(report)).contains("\"message\":null,\"remedy\":null,\"location\":null}");
        assertThat(ReportJson.toJson(report)).contains("\"details\": [\n        \"FUNDING\",\n        \"RECORDS_LEDGER\"\n      ],");
    }

    @Test
    void theSameReportGivesTheSameText() {
        assertThat(ReportJson.toJson(districtWithAWaiverAHomeAndADuplicate()))
                .isEqualTo(ReportJson.toJson(districtWithAWaiverAHomeAndADuplicate()));
    }

    @Test
    void anEmptyReportIsPrettyAndComplete() {
        Report empty = new Report(null, AssessmentPeriod.year(2025), List.of(), Summary.of(List.of(), Map.of()));

        assertThat(ReportJson.toJson(empty)).isEqualTo("""
                {
                  "district": null,
                  "period": {
                    "start": "2025-01-01",
                    "end": "2025-12-31"
                  },
                  "provenance": null,
                  "findings": [ ],
                  "areas": { },
                  "summary": {
                    "byKind": {
                      "VIOLATION": 0,
                      "WARNING": 0,
                      "RECOMMENDATION": 0,
                      "DATA": 0
                    },
                    "openViolations": 0,
                    "waived": 0,
                    "byRequirement": { },
                    "scores": { }
                  },
                  "scorecard": {
                    "overall": {
                      "id": null,
                      "name": null,
                      "level": "DISTRICT",
                      "parentId": null,
                      "checked": 0,
                      "met": 0,
                      "waived": 0,
                      "rate": null,
                      "requirements": { }
                    },
                    "subDistricts": [ ],
                    "communities": [ ]
                  },
                  "accounting": {
                    "read": 0,
                    "accepted": 0,
                    "rejected": 0,
                    "records": { },
                    "otherIssues": [ ]
                  }
                }
                """);
    }

    @Test
    void chineseIsWrittenAsIsAndQuotesAreEscaped() {
        Finding quoted = new Finding("FL-4.3d", null, "二(四)3", Strength.SHOULD, Kind.WARNING, "b-1", "BUILDING",
                false, null, "false", "true", 1, List.of(), new Text("楼宇\"五站合一\"缺妇女工作站", "no \"station\"\n"),
                new Text("建站", "set one up"), null);

        String json = ReportJson.toJson(new Report("qx", AssessmentPeriod.year(2025), List.of(quoted),
                Summary.of(List.of(quoted), Map.of())));

        assertThat(json).contains("\"zh\": \"楼宇\\\"五站合一\\\"缺妇女工作站\"").contains("\"en\": \"no \\\"station\\\"\\n\"");
    }
}
