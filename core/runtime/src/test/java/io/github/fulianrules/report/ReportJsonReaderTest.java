package io.github.fulianrules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fulianrules.input.InputException;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.Level;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportJsonReaderTest {
    private static final Finding SHORT_OF_VICE_CHAIRS = new Finding("FL-2.4a", null, "二(二)4", Strength.IN_PRINCIPLE,
            Kind.VIOLATION, "qx", "DISTRICT_FEDERATION", true, "换届前过渡 (区委组织部, w1)", "3", "4", 1, List.of(),
            new Text("区妇联兼职副主席 3 人，少于 4 人", "3 part-time vice-chairs, fewer than 4"),
            new Text("还需增补 1 名兼职副主席", "1 more part-time vice-chair needed"), "district.json:5");
    private static final Finding HOME_MISSING_HAVES = new Finding("FL-4.4b", null, "二(四)4", Strength.MUST,
            Kind.VIOLATION, "h-03", "WOMENS_HOME", false, null, "5", "7", 2, List.of("FUNDING", "RECORDS_LEDGER"),
            new Text("缺少：经费保障、台账资料", "missing: funding, records ledger"), null, null);
    private static final Finding DUPLICATE_ID = new Finding("DATA", "DUPLICATE_ID", null, Strength.DATA, Kind.DATA,
            "p-7", "PERSON", false, null, "p-7", null, 0, List.of("id"),
            new Text("重复的 id p-7", "duplicate id p-7"), new Text("改正 id", "fix the id"), "district.json:88");

    /** A district with a scorecard of one sub-district, an accounting, areas and provenance: every part of the JSON. */
    private static Report fullReport() {
        List<Finding> findings = List.of(SHORT_OF_VICE_CHAIRS, HOME_MISSING_HAVES, DUPLICATE_ID);
        Map<String, RequirementScore> scores = new LinkedHashMap<>();
        scores.put("FL-2.4a", new RequirementScore("FL-2.4a", 1, 0, 1));
        scores.put("FL-4.4b", new RequirementScore("FL-4.4b", 3, 2, 0));
        ScoreLine east = new ScoreLine("sd1", "东湖街道妇联", Level.SUB_DISTRICT, "qx",
                Map.of("FL-4.4b", new RequirementScore("FL-4.4b", 2, 1, 0)));
        Scorecard card = new Scorecard(new ScoreLine("qx", "青溪区妇联", Level.DISTRICT, null, scores), List.of(east), List.of());
        Accounting accounting = new Accounting(List.of(new RecordAccount("people", 9, 8,
                List.of(new Rejection("p-7", "district.json:88", List.of("DUPLICATE_ID"))))), List.of("NO_DISTRICT -"));
        Provenance provenance = new Provenance("bundled", "ab".repeat(32), "cd".repeat(32), List.of("FL-2.4a", "FL-4.4b"),
                Map.of("communityExecutiveFloor", 15L));
        return new Report("qx", AssessmentPeriod.year(2025), findings, Summary.of(findings, scores), card, accounting,
                Map.of("qx", "青溪区妇联", "sd1", "东湖街道妇联"), Map.of("h-03", "sd1", "p-7", "qx"), provenance);
    }

    @Test
    void aReportReadBackIsTheReportWritten() {
        Report report = fullReport();

        Report read = ReportJsonReader.read(ReportJson.toJson(report), "report.json");

        assertThat(read).isEqualTo(report);
    }

    @Test
    void aReportOnOneLineReadsAsThePrettyOne() {
        Report report = fullReport();

        assertThat(ReportJsonReader.read(ReportJson.toJsonLine(report), "reports.jsonl"))
                .isEqualTo(ReportJsonReader.read(ReportJson.toJson(report), "report.json"));
    }

    @Test
    void aReportWrittenWithoutProvenanceOrAreasIsReadWithout() {
        String json = ReportJson.toJson(fullReport()).replaceFirst("(?s)\"provenance\": \\{.*?\\}\\s*\\},", "")
                .replaceFirst("(?s)\"areas\": \\{[^}]*\\},", "");

        Report read = ReportJsonReader.read(json, "old.json");

        assertThat(read.provenance()).isNull();
        assertThat(read.areas()).isEmpty();
        assertThat(read.areaOf("h-03")).isEqualTo("qx");
        assertThat(read.findings()).isEqualTo(fullReport().findings());
    }

    @Test
    void aWrongTypeNamesTheLineColumnAndField() {
        String json = ReportJson.toJson(fullReport()).replace("\"gap\": 2,", "\"gap\": \"2\",");

        assertThatThrownBy(() -> ReportJsonReader.read(json, "report.json"))
                .isInstanceOf(InputException.class)
                .hasMessageMatching("report\\.json:\\d+:\\d+: findings\\[1\\]\\.gap: expected a whole number, found a string \"2\"");
    }

    @Test
    void anUnknownKindIsNamedWithTheValuesExpected() {
        String json = ReportJson.toJsonLine(fullReport()).replaceFirst("\"kind\":\"DATA\"", "\"kind\":\"NOTE\"");

        assertThatThrownBy(() -> ReportJsonReader.read(json, "reports.jsonl"))
                .hasMessageStartingWith("reports.jsonl:1:")
                .hasMessageEndingWith("findings[2].kind: unknown value \"NOTE\" (expected one of VIOLATION, WARNING, RECOMMENDATION, DATA)");
    }

    @Test
    void brokenJsonAndMissingFindingsAreOneLineEach() {
        assertThatThrownBy(() -> ReportJsonReader.read("{\"district\": \"qx\", ", "cut.json"))
                .isInstanceOf(InputException.class).hasMessageStartingWith("cut.json:1:").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> ReportJsonReader.read("{\"district\": \"qx\", \"period\": {\"start\": \"2025-01-01\", "
                + "\"end\": \"2025-12-31\"}}", "short.json"))
                .hasMessage("short.json:1:1: findings: missing required field");
        assertThatThrownBy(() -> ReportJsonReader.read("", "empty.json"))
                .hasMessage("empty.json:1:1: the input is empty (expected a report object)");
    }

    @Test
    void aReportIsReadFromItsFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report.json");
        Files.writeString(file, "\uFEFF" + ReportJson.toJson(fullReport()), StandardCharsets.UTF_8);

        assertThat(ReportJsonReader.read(file)).isEqualTo(fullReport());
        assertThatThrownBy(() -> ReportJsonReader.read(dir.resolve("missing.json")))
                .isInstanceOf(InputException.class).hasMessage(dir.resolve("missing.json") + ": no such file");
    }

    @Test
    void aFileLargerThanTheReaderTakesIsRefusedUnread(@TempDir Path dir) throws IOException {
        Path large = dir.resolve("large.json");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024 + 1);
        }

        assertThatThrownBy(() -> ReportJsonReader.read(large))
                .hasMessage(large + ": the report is larger than 209715200 bytes");
    }

    @Test
    void anErrorIsPlacedAtTheValueOfItsRecordInTheArray() {
        String json = ReportJson.toJson(fullReport()).replace("\"gap\": 2,", "\"gap\": \"2\",");
        int at = json.indexOf("\"2\",");
        int line = (int) json.substring(0, at).lines().count();
        int column = at - json.lastIndexOf('\n', at);

        assertThatThrownBy(() -> ReportJsonReader.read(json, "report.json")).hasMessage("report.json:" + line + ":" + column
                + ": findings[1].gap: expected a whole number, found a string \"2\"");
    }

    @Test
    void aWrongTypeSaysWhatWasFound() {
        String json = ReportJson.toJsonLine(fullReport());

        assertThat(problem(json.replace("\"waived\":true", "\"waived\":\"yes\"")))
                .isEqualTo("expected true or false, found a string \"yes\"");
        assertThat(problem(json.replace("\"waived\":true", "\"waived\":1.5"))).isEqualTo("expected true or false, found a number 1.5");
        assertThat(problem(json.replace("\"waived\":true", "\"waived\":[]"))).isEqualTo("expected true or false, found an array");
        assertThat(problem(json.replace("\"gap\":2", "\"gap\":false"))).isEqualTo("expected a whole number, found false");
        assertThat(problem(json.replace("\"gap\":2", "\"gap\":{}"))).isEqualTo("expected a whole number, found an object");
        assertThat(problem(json.replace("\"gap\":2", "\"gap\":\"" + "x".repeat(40) + "\"")))
                .isEqualTo("expected a whole number, found a string \"" + "x".repeat(40) + "\"");
        assertThat(problem(json.replace("\"gap\":2", "\"gap\":\"" + "x".repeat(41) + "\"")))
                .as("a long string is cut after 40 characters")
                .isEqualTo("expected a whole number, found a string \"" + "x".repeat(40) + "…\"");
        assertThat(problem("{\"period\": {}, \"findings\": {}}")).isEqualTo("expected an array, found an object");
        assertThat(problem("null")).isEqualTo("expected a report object, found null");
        assertThat(problem("[1]")).isEqualTo("expected a report object, found an array");
    }

    @Test
    void aPeriodIsBothDaysOrNone() {
        String json = ReportJson.toJsonLine(fullReport());

        assertThat(ReportJsonReader.read(json.replace("\"period\":{\"start\":\"2025-01-01\",\"end\":\"2025-12-31\"}",
                "\"period\":{}"), "r.json").period()).isNull();
        assertThatThrownBy(() -> ReportJsonReader.read(json.replace("\"end\":\"2025-12-31\"", "\"end\":null"), "r.json"))
                .isInstanceOf(InputException.class).hasMessageStartingWith("r.json:1:").hasMessageContaining(": period: ");
    }

    @Test
    void anAreaNamedByItsIdGetsNoName() {
        Map<String, RequirementScore> scores = Map.of("FL-4.4b", new RequirementScore("FL-4.4b", 1, 1, 0));
        Report report = new Report("qx", AssessmentPeriod.year(2025), List.of(), Summary.of(List.of(), scores),
                new Scorecard(new ScoreLine("qx", "qx", Level.DISTRICT, null, scores), List.of(), List.of()), null, Map.of());

        assertThat(ReportJsonReader.read(ReportJson.toJson(report), "r.json").names()).isEmpty();
    }

    @Test
    void whatAFindingOrTheSummaryLeavesOutIsEmptyOrFalse() {
        Report read = ReportJsonReader.read("{\"period\": {}, \"findings\": [{\"requirementId\": \"FL-2.4a\", "
                + "\"kind\": \"VIOLATION\", \"subjectId\": \"qx\"}], \"summary\": {}}", "r.json");

        Finding f = read.findings().get(0);
        assertThat(f.details()).isEmpty();
        assertThat(f.waived()).isFalse();
        assertThat(f.gap()).isZero();
        assertThat(read.summary().scores()).isEmpty();
    }

    private static String problem(String json) {
        InputException e = org.assertj.core.api.Assertions.catchThrowableOfType(InputException.class,
                () -> ReportJsonReader.read(json, "r.json"));
        assertThat(e).as("an InputException").isNotNull();
        return e.problem();
    }
}
