package io.github.fulianrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command run in-process, as a script would run it: exit code, standard output, standard error. */
class MainTest {
    private static final Path SAMPLE = Path.of("..", "sample", "district.json");

    /** Four women as part-time vice-chairs, every district body with enough outstanding members. */
    private static final String DISTRICT_WITHOUT_VIOLATIONS = """
            {"period": {"start": "2025-01-01", "end": "2025-12-31"},
             "federations": [{"id": "d", "level": "DISTRICT", "name": "示例区妇联"}],
             "people": [
               {"id": "v1", "gender": "FEMALE", "outstandingRepresentative": true, "positions": [
                 {"federationId": "d", "role": "PART_TIME_VICE_CHAIR"}, {"federationId": "d", "role": "EXECUTIVE_MEMBER"},
                 {"federationId": "d", "role": "STANDING_MEMBER"}, {"federationId": "d", "role": "CONGRESS_DELEGATE"}]},
               {"id": "v2", "gender": "FEMALE", "positions": [{"federationId": "d", "role": "PART_TIME_VICE_CHAIR"}]},
               {"id": "v3", "gender": "FEMALE", "positions": [{"federationId": "d", "role": "PART_TIME_VICE_CHAIR"}]},
               {"id": "v4", "gender": "FEMALE", "positions": [{"federationId": "d", "role": "PART_TIME_VICE_CHAIR"}]}
             ]}
            """;

    /** Three part-time vice-chairs where four are asked in principle (FL-2.4a). */
    private static final String DISTRICT_SHORT_OF_VICE_CHAIRS = DISTRICT_WITHOUT_VIOLATIONS
            .replace("""
                    ,
                       {"id": "v4", "gender": "FEMALE", "positions": [{"federationId": "d", "role": "PART_TIME_VICE_CHAIR"}]}""", "");

    private static final String WAIVER_FOR_THE_FOURTH_VICE_CHAIR = """
            ,"waivers": [{"id": "w1", "requirementId": "FL-2.4a", "subjectId": "d", "reason": "换届前过渡",
                          "approver": "区委组织部", "validFrom": "2025-01-01", "validUntil": "2026-06-30"}]}
            """;

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path file(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
    }

    @Test
    void theFixturesSayWhatTheyMean() {
        assertThat(DISTRICT_SHORT_OF_VICE_CHAIRS).doesNotContain("\"v4\"").contains("\"v3\"");
    }

    @Test
    void aDistrictWithoutViolationsExitsZero() throws IOException {
        CliRun run = run("check", file("good.json", DISTRICT_WITHOUT_VIOLATIONS).toString(), "--lang", "zh");

        assertThat(run.exitCode()).isEqualTo(Main.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("区妇联：示例区妇联 (d)\n考核期：2025-01-01 至 2025-12-31\n发现：违规 0（");
    }

    @Test
    void anOpenViolationExitsOne() throws IOException {
        CliRun run = run("check", file("short.json", DISTRICT_SHORT_OF_VICE_CHAIRS).toString(), "--lang", "zh");

        assertThat(run.exitCode()).isEqualTo(Main.VIOLATIONS);
        assertThat(run.out()).contains("== FL-2.4a  二(二)4  原则上").contains("[违规] 示例区妇联 (d)")
                .contains("实测 3，要求 4").contains("整改：还需增补 1 名兼职副主席");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aWaivedViolationDoesNotCount() throws IOException {
        String waived = DISTRICT_SHORT_OF_VICE_CHAIRS.strip();
        waived = waived.substring(0, waived.length() - 1) + WAIVER_FOR_THE_FOURTH_VICE_CHAIR;

        CliRun run = run("check", file("waived.json", waived).toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(Main.OK);
        assertThat(run.out()).contains("[VIOLATION][WAIVED] 示例区妇联 (d)")
                .contains("Waived: 换届前过渡 (区委组织部, w1)")
                .contains("Findings:  1 violations (0 open, 1 waived)");
    }

    @Test
    void theSampleDistrictHasOpenViolations() {
        CliRun run = run("check", SAMPLE.toString(), "--lang", "zh");

        assertThat(run.exitCode()).isEqualTo(Main.VIOLATIONS);
        assertThat(run.out()).startsWith("区妇联：青溪区妇联 (qx)\n考核期：2025-01-01 至 2025-12-31\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void badInputExitsTwoWithOneLineOnStderr() throws IOException {
        Path bad = file("bad.json", DISTRICT_WITHOUT_VIOLATIONS.replace("\"gender\": \"FEMALE\", \"outstanding", "\"gender\": \"F\", \"outstanding"));

        CliRun run = run("check", bad.toString());

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(bad + ":4:17: people[0].gender: unknown value \"F\" (expected one of FEMALE, MALE)\n");
    }

    @Test
    void aMissingFileExitsTwo() {
        CliRun run = run("check", dir.resolve("nowhere.json").toString());

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).isEqualTo(dir.resolve("nowhere.json") + ": no such file\n");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run().exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run("check").exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run("check", SAMPLE.toString(), "--format", "xml").exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run("check", SAMPLE.toString(), "--lang", "fr").exitCode()).isEqualTo(Main.BAD_INPUT);
        CliRun unknown = run("frobnicate");
        assertThat(unknown.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(unknown.err()).contains("frobnicate");
    }

    @Test
    void aRunBuildsOnlyTheCommandItNamesAndTheUsageListsThemAll() {
        assertThat(Main.commandLine(Language.EN, "check", "x.json").getSubcommands()).containsOnlyKeys("check");
        assertThat(Main.commandLine(Language.ZH, "--lang", "zh", "check", "x.json").getSubcommands()).containsOnlyKeys("check");
        assertThat(Main.commandLine(Language.EN, "--help").getSubcommands()).hasSameSizeAs(Main.COMMANDS).containsKeys("check", "watch");
        assertThat(Main.commandLine(Language.EN).getSubcommands()).hasSameSizeAs(Main.COMMANDS);

        CliRun usage = run("--help");
        assertThat(usage.exitCode()).isZero();
        assertThat(usage.out()).contains("check").contains("lint").contains("watch");
        CliRun typo = run("chek");
        assertThat(typo.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(typo.err()).contains("chek").contains("check");
    }

    @Test
    void onlyACheckOrExplanationWithTheBundledRulesLoadsThemBeforeTheCommandIsBuilt() {
        assertThat(Main.evaluatesWithBundledRules("check", "x.json")).isTrue();
        assertThat(Main.evaluatesWithBundledRules("--lang", "zh", "check", "x.json", "--format", "json")).isTrue();
        assertThat(Main.evaluatesWithBundledRules("explain", "FL-1.1a", "x.json")).isTrue();

        assertThat(Main.evaluatesWithBundledRules("check", "x.json", "--rules", "my-rules")).isFalse();
        assertThat(Main.evaluatesWithBundledRules("check", "x.json", "--rules=my-rules.jar")).isFalse();
        assertThat(Main.evaluatesWithBundledRules("check", "x.json", "--timeout", "5")).isFalse();
        assertThat(Main.evaluatesWithBundledRules("check", "--help")).isFalse();
        assertThat(Main.evaluatesWithBundledRules("--version")).isFalse();
        assertThat(Main.evaluatesWithBundledRules("lint", "my-rules")).isFalse();
        assertThat(Main.evaluatesWithBundledRules("chek", "x.json")).isFalse();
        assertThat(Main.evaluatesWithBundledRules()).isFalse();
    }

    @Test
    void theRequirementsAreListedWithTheirStrengthsAndParametersInTheRunsLanguage() {
        CliRun zh = run("rules", "--lang", "zh");
        CliRun en = run("rules", "--lang", "en");

        assertThat(zh.exitCode()).isZero();
        assertThat(zh.out()).contains("FL-1.1a  二(一)1  一般要求  district WF").contains("FL-2.1a  二(二)1  必须")
                .containsPattern("daysPerMonth +30 天 ").containsPattern("subDistrictExecutivePerMille +1‰ ")
                .containsPattern("subDistrictExecutiveFloor +30 人 ").doesNotContain("SHOULD").doesNotContain("persons");
        assertThat(en.out()).contains("FL-1.1a  二(一)1  should  district WF").contains("FL-2.1a  二(二)1  must")
                .containsPattern("daysPerMonth +30 days ").containsPattern("subDistrictExecutiveFloor +30 people ")
                .doesNotContain("SHOULD");
    }

    @Test
    void helpExitsZero() {
        CliRun run = run("check", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--format=text|json").contains("Exit codes:");
    }

    @Test
    void jsonFormatIsTheReportAsJson() throws IOException {
        CliRun run = run("check", file("short.json", DISTRICT_SHORT_OF_VICE_CHAIRS).toString(), "--format", "json");

        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(run.exitCode()).isEqualTo(Main.VIOLATIONS);
        assertThat(report.path("district").asText()).isEqualTo("d");
        assertThat(report.path("period").path("end").asText()).isEqualTo("2025-12-31");
        assertThat(report.path("summary").path("openViolations").asInt()).isEqualTo(1);
        assertThat(report.path("findings")).anySatisfy(f -> {
            assertThat(f.path("requirementId").asText()).isEqualTo("FL-2.4a");
            assertThat(f.path("measured").asText()).isEqualTo("3");
            assertThat(f.path("message").path("zh").asText()).contains("兼职副主席");
        });
        assertThat(report.path("summary").path("scores").path("FL-2.4a").path("rate").asDouble()).isZero();
    }

    @Test
    void textCanBeInEnglishAndGroupedBySubject() {
        CliRun run = run("check", SAMPLE.toString(), "--lang", "en", "--group-by", "subject");

        assertThat(run.out()).startsWith("District:  青溪区妇联 (qx)\nPeriod:    2025-01-01 .. 2025-12-31\n")
                .contains("== 东湖街道妇联 (qx-dh)  sub-district federation")
                .contains("[WARNING] FL-4.3d 二(四)3  measured no, required yes")
                .contains("Scores per requirement");
    }

    @Test
    void theScoreTableListsEveryRequirementChecked() {
        CliRun run = run("check", SAMPLE.toString(), "--lang", "zh");

        String table = run.out().substring(run.out().indexOf("各项要求得分"));
        assertThat(table).contains("FL-4.1e    二(四)1    必须").contains("FL-2.4a    二(二)4    原则上");
        assertThat(table.lines().filter(l -> l.startsWith("FL-"))).hasSize(38);
    }

    @Test
    void theTextReportEndsWithTheScorecardPerAreaAndTheAccounting() {
        CliRun run = run("check", SAMPLE.toString(), "--lang", "en");

        String areas = run.out().substring(run.out().indexOf("Scores per area"));
        assertThat(areas).contains("青溪区妇联").contains("东湖街道妇联").contains("  东湖苑社区妇联");
        assertThat(areas.lines().filter(l -> l.contains("sub-district"))).hasSize(6);
        assertThat(areas.lines().filter(l -> l.contains(" community "))).hasSize(24);
        assertThat(run.out()).contains("Input records").contains("activity centres")
                .contains("rejected units unit-24: 青溪区自由职业者联谊群 has no number of women recorded, which FL-4.3b needs")
                .doesNotContain("MISSING_COUNT");
        assertThat(run("check", SAMPLE.toString(), "--lang", "zh").out()).contains("输入记录")
                .contains("退回 单位 unit-24：青溪区自由职业者联谊群未登记妇女人数（FL-4.3b 需要）").doesNotContain("MISSING_COUNT");
    }

    @Test
    void csvFormatIsOneRowPerFindingAfterAByteOrderMark() throws IOException {
        CliRun run = run("check", file("short.json", DISTRICT_SHORT_OF_VICE_CHAIRS).toString(), "--format", "csv", "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(Main.VIOLATIONS);
        assertThat(run.out()).startsWith("\uFEFFdistrict,requirement,code,clause,strength,kind,waived,");
        JsonNode json = new ObjectMapper().readTree(run("check", dir.resolve("short.json").toString(), "--format", "json").out());
        assertThat(run.out().split("\r\n")).hasSize(1 + json.path("findings").size());
        assertThat(run.out()).contains("\r\nd,FL-2.4a,,二(二)4,in principle,violation,no,district federation,d,示例区妇联,3,4,1,");
    }

    @Test
    void outWritesTheReportToAFileAndNothingToStandardOutput() throws IOException {
        Path html = dir.resolve("report.html");

        CliRun run = run("check", SAMPLE.toString(), "--format", "html", "--out", html.toString(), "--lang", "zh");

        assertThat(run.exitCode()).isEqualTo(Main.VIOLATIONS);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>")
                .contains("<html lang=\"zh-CN\">").contains("青溪区妇联");
        assertThat(Files.list(dir)).as("no temporary file left").extracting(p -> p.getFileName().toString())
                .containsExactly("report.html");
    }

    @Test
    void csvToAFileWritesTheScorecardBesideIt() throws IOException {
        Path csv = dir.resolve("qx.csv");

        CliRun run = run("check", SAMPLE.toString(), "--format", "csv", "--out", csv.toString(), "--lang", "zh");

        assertThat(run.exitCode()).isEqualTo(Main.VIOLATIONS);
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).startsWith("\uFEFF区妇联,要求编号");
        String card = Files.readString(dir.resolve("qx.scorecard.csv"), StandardCharsets.UTF_8);
        assertThat(card).startsWith("\uFEFF区妇联,层级,区域编号").contains("\r\nqx,全区,qx,青溪区妇联,,全部,316,")
                .contains("\r\nqx,街道,qx-dh,东湖街道妇联,qx,全部,");
    }

    @Test
    void outReplacesAnEarlierReport() throws IOException {
        Path out = Files.writeString(dir.resolve("r.json"), "old");

        run("check", file("good.json", DISTRICT_WITHOUT_VIOLATIONS).toString(), "--format", "json", "--out", out.toString());

        assertThat(new ObjectMapper().readTree(out.toFile()).path("district").asText()).isEqualTo("d");
    }

    @Test
    void anOutFileThatCannotBeWrittenExitsTwoWithOneLine() throws IOException {
        Path nowhere = dir.resolve("no-such-dir").resolve("r.html");

        CliRun run = run("check", file("good.json", DISTRICT_WITHOUT_VIOLATIONS).toString(), "--out", nowhere.toString());

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).startsWith("fulian-rules: cannot write the report to " + nowhere).endsWith("\n");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void failOnSetsWhatMakesTheExitCodeOne() throws IOException {
        String good = file("good.json", DISTRICT_WITHOUT_VIOLATIONS).toString();
        String shortOne = file("short.json", DISTRICT_SHORT_OF_VICE_CHAIRS).toString();

        assertThat(run("check", good).exitCode()).as("warnings only, default").isEqualTo(Main.OK);
        assertThat(run("check", good, "--fail-on", "violation").exitCode()).isEqualTo(Main.OK);
        assertThat(run("check", good, "--fail-on", "warning").exitCode()).as("warnings only").isEqualTo(Main.VIOLATIONS);
        assertThat(run("check", shortOne, "--fail-on", "warning").exitCode()).isEqualTo(Main.VIOLATIONS);
        assertThat(run("check", shortOne, "--fail-on", "never").exitCode()).isEqualTo(Main.OK);
        assertThat(run("check", SAMPLE.toString(), "--fail-on", "never", "--format", "json").exitCode()).isEqualTo(Main.OK);
        assertThat(run("check", good, "--fail-on", "sometimes").exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run("check", dir.resolve("nowhere.json").toString(), "--fail-on", "never").exitCode())
                .as("bad input still exits 2").isEqualTo(Main.BAD_INPUT);
    }

    @Test
    void htmlCanBeInEnglish() {
        CliRun run = run("check", SAMPLE.toString(), "--format", "html", "--lang", "en");

        assertThat(run.out()).contains("<html lang=\"en\">").contains("Overall compliance").contains("Compliance per sub-district");
    }
}
