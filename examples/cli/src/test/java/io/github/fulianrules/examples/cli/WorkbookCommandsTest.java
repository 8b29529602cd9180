package io.github.fulianrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fulianrules.FulianRules;
import io.github.fulianrules.catalogue.Requirement;
import io.github.fulianrules.examples.generate.DistrictJsonWriter;
import io.github.fulianrules.examples.generate.NationGenerator;
import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.model.Role;
import io.github.fulianrules.report.Strength;
import io.github.fulianrules.xlsx.DistrictWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** template, convert, check FILE.xlsx and check --format xlsx, run in-process as a clerk's script would. */
class WorkbookCommandsTest {
    private static final Path SAMPLE = Path.of("..", "sample", "district.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** {@code d} without its locations: the facts two readings are compared on. */
    private static DistrictData facts(DistrictData d) {
        return new DistrictData(d.period(), d.federations(), d.people(), d.positions(), d.womensHomes(), d.units(),
                d.buildings(), d.activityCentres(), d.womensGroups(), d.activities(), d.waivers(), Map.of());
    }

    private static List<String> sheets(Path xlsx) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
            return wb.getSheets().map(s -> s.getName()).toList();
        }
    }

    @Test
    void templateWritesTheWorkbookToFillInChineseOrEnglish() throws IOException {
        Path zh = dir.resolve("台账模板.xlsx");
        Path en = dir.resolve("template.xlsx");

        assertThat(CliRun.of("template", "--out", zh.toString(), "--lang", "zh").exitCode()).isEqualTo(Main.OK);
        assertThat(CliRun.of("template", "--out", en.toString(), "--lang", "en").exitCode()).isEqualTo(Main.OK);

        assertThat(sheets(zh)).startsWith("说明", "考核期", "组织", "人员", "职务");
        assertThat(sheets(en)).startsWith("notes", "period", "federations", "people", "positions");
    }

    @Test
    void theTemplatesNotesListTheRequirementsThatAcceptWaiversFromTheRulesCatalogue() throws IOException {
        Path zh = dir.resolve("台账模板.xlsx");

        assertThat(CliRun.of("template", "--out", zh.toString(), "--lang", "zh").exitCode()).isEqualTo(Main.OK);

        List<String> inPrinciple = FulianRules.bundled().catalogue().requirements().stream()
                .filter(q -> q.strength() == Strength.IN_PRINCIPLE).map(Requirement::id).toList();
        try (ReadableWorkbook wb = new ReadableWorkbook(zh.toFile())) {
            List<String> firstColumn = wb.findSheet("说明").orElseThrow().read().stream()
                    .map(r -> r.getCellCount() == 0 || r.getCell(0) == null ? "" : r.getCell(0).getText()).toList();
            assertThat(firstColumn).contains("可豁免的要求");
            assertThat(firstColumn.stream().filter(c -> c.startsWith("FL-"))).isEqualTo(inPrinciple).isNotEmpty();
        }
    }

    @Test
    void convertReportsEveryMistakeOfAWorkbookInOneRun() throws IOException {
        Path xlsx = dir.resolve("三处错误.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
            org.dhatim.fastexcel.Worksheet period = wb.newWorksheet("考核期");
            period.value(0, 0, "开始日期");
            period.value(0, 1, "结束日期");
            period.value(1, 0, java.time.LocalDate.of(2025, 1, 1));
            period.value(1, 1, java.time.LocalDate.of(2025, 12, 31));
            org.dhatim.fastexcel.Worksheet people = wb.newWorksheet("人员");
            people.value(0, 0, "编号");
            people.value(0, 1, "性别");
            people.value(1, 0, "p1 ");
            people.value(1, 1, "F");
            people.value(2, 0, "p2");
            people.value(2, 1, 1);
            wb.finish();
        }

        CliRun run = CliRun.of("convert", xlsx.toString(), dir.resolve("x.json").toString());

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err().lines().map(l -> l.substring(0, l.indexOf(": ")))).containsExactly(
                xlsx + "!人员!A2", xlsx + "!人员!B2", xlsx + "!人员!B3");
        assertThat(dir.resolve("x.json")).doesNotExist();

        CliRun check = CliRun.of("check", xlsx.toString(), "--lang", "zh");   // read through the runtime's formats
        assertThat(check.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(check.err().lines()).hasSize(3).allSatisfy(l -> assertThat(l).containsPattern("\\p{IsHan}.*[\\p{IsHan}（：]"));
    }

    @Test
    void theSampleGoesToAWorkbookAndBackWithoutLoss() throws IOException {
        Path xlsx = dir.resolve("青溪区.xlsx");
        Path back = dir.resolve("back.json");

        assertThat(CliRun.of("convert", SAMPLE.toString(), xlsx.toString()).exitCode()).isEqualTo(Main.OK);
        assertThat(CliRun.of("convert", xlsx.toString(), back.toString()).exitCode()).isEqualTo(Main.OK);

        DistrictData original = DistrictReader.read(SAMPLE);
        assertThat(facts(DistrictReader.read(xlsx))).isEqualTo(facts(original));
        assertThat(facts(DistrictReader.read(back))).isEqualTo(facts(original));
        assertThat(JSON.readTree(back.toFile()).path("name")).isEqualTo(JSON.readTree(SAMPLE.toFile()).path("name"));
    }

    @Test
    void theSampleWorkbookIsWhatConvertWrites() throws IOException {
        Path xlsx = dir.resolve("district.xlsx");
        CliRun.of("convert", SAMPLE.toString(), xlsx.toString(), "--lang", "zh");

        assertThat(DistrictWorkbook.readContents(xlsx)).isEqualTo(
                DistrictWorkbook.readContents(Files.readAllBytes(Path.of("..", "sample", "district.xlsx")), xlsx.toString()));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7})
    void generatedSmallDistrictsGoBothWaysWithoutLoss(int index) throws IOException {
        roundTrip(new NationGenerator(11, NationGenerator.Scale.SMALL), index);
    }

    @Test
    void aFullSizeDistrictGoesBothWaysWithoutLoss() throws IOException {
        roundTrip(new NationGenerator(11, NationGenerator.Scale.FULL), 0);
    }

    /** JSON → workbook → JSON → workbook: every reading gives the facts of the first. */
    private void roundTrip(NationGenerator nation, int index) throws IOException {
        Path json = dir.resolve("d" + index + ".json");
        try (OutputStream out = Files.newOutputStream(json); DistrictJsonWriter w = new DistrictJsonWriter(out)) {
            w.write(nation.district(index), nation.name(index));
        }
        Path xlsx = dir.resolve("d" + index + ".xlsx");
        Path json2 = dir.resolve("d" + index + "-2.json");
        Path xlsx2 = dir.resolve("d" + index + "-2.xlsx");

        for (String[] step : new String[][] {{json.toString(), xlsx.toString()}, {xlsx.toString(), json2.toString()},
            {json2.toString(), xlsx2.toString()}}) {
            CliRun run = CliRun.of("convert", step[0], step[1]);
            assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.OK);
        }

        DistrictData first = facts(DistrictReader.read(json));
        assertThat(first.size()).isPositive();
        for (Path p : List.of(xlsx, json2, xlsx2)) {
            assertThat(facts(DistrictReader.read(p))).as(p.getFileName().toString()).isEqualTo(first);
        }
        assertThat(Files.readString(json2)).isEqualTo(Files.readString(json));
    }

    @Test
    void aPositionWithoutItsPersonCannotGoToJson() throws IOException {
        DistrictData d = DistrictData.builder(AssessmentPeriod.year(2025))
                .add(new Federation("d", Level.DISTRICT, "示例区妇联", null, null))
                .add(Person.woman("p1"))
                .add(new Position("p1", "d", Role.CHAIR))
                .add(new Position("ghost", "d", Role.EXECUTIVE_MEMBER))
                .build();
        Path xlsx = dir.resolve("x.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            DistrictWorkbook.write(d, null, "zh", out);
        }

        CliRun run = CliRun.of("convert", xlsx.toString(), dir.resolve("x.json").toString());

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).isEqualTo(xlsx + "!职务!3: personId: no person \"ghost\" in the district: in JSON a position "
                + "sits inside its person, so this one cannot be converted\n");
        assertThat(dir.resolve("x.json")).doesNotExist();
    }

    @Test
    void convertWritesOnlyJsonOrWorkbooks() {
        CliRun run = CliRun.of("convert", SAMPLE.toString(), dir.resolve("x.csv").toString());

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).startsWith("OUT must end in .json or .xlsx: ");
    }

    @Test
    void checkReadsAWorkbookAndItsFindingsPointAtSheetAndRow() throws IOException {
        Path xlsx = dir.resolve("青溪区.xlsx");
        CliRun.of("convert", SAMPLE.toString(), xlsx.toString(), "--lang", "zh");

        CliRun fromJson = CliRun.of("check", SAMPLE.toString(), "--format", "json");
        CliRun fromXlsx = CliRun.of("check", xlsx.toString(), "--format", "json");

        assertThat(fromXlsx.exitCode()).isEqualTo(fromJson.exitCode()).isEqualTo(Main.VIOLATIONS);
        JsonNode a = JSON.readTree(fromJson.out()).path("findings");
        JsonNode b = JSON.readTree(fromXlsx.out()).path("findings");
        assertThat(b.size()).isEqualTo(a.size()).isPositive();
        List<String> locations = StreamSupport.stream(b.spliterator(), false)
                .map(f -> f.path("location").asText(null)).filter(l -> l != null).toList();
        assertThat(locations).isNotEmpty().allMatch(l -> l.matches(java.util.regex.Pattern.quote(xlsx.toString())
                + "![^!]+!\\d+"));
        assertThat(locations).contains(xlsx + "!组织!30");
        for (int i = 0; i < a.size(); i++) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) a.get(i)).remove("location");
            ((com.fasterxml.jackson.databind.node.ObjectNode) b.get(i)).remove("location");
        }
        assertThat(b).isEqualTo(a);
    }

    @Test
    void aBrokenWorkbookIsOneLineAndExitTwo() throws IOException {
        Path xlsx = dir.resolve("青溪区.xlsx");
        CliRun.of("convert", SAMPLE.toString(), xlsx.toString(), "--lang", "zh");
        byte[] bytes = Files.readAllBytes(xlsx);
        Path broken = Files.write(dir.resolve("broken.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));

        CliRun run = CliRun.of("check", broken.toString());

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).startsWith(broken + ": not a readable Excel workbook (.xlsx): ").endsWith("\n")
                .hasLineCount(1).doesNotContain("\tat ");
    }

    @Test
    void theReportAsAWorkbook() throws IOException {
        Path report = dir.resolve("报告.xlsx");

        CliRun run = CliRun.of("check", SAMPLE.toString(), "--format", "xlsx", "--out", report.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(Main.VIOLATIONS);
        assertThat(run.out()).isEmpty();
        assertThat(sheets(report)).containsExactly("findings", "scorecard", "by federation", "notes");
    }

    @Test
    void theReportWorkbookNeedsAFile() {
        CliRun run = CliRun.of("check", SAMPLE.toString(), "--format", "xlsx");

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).startsWith("--format xlsx writes a workbook: give --out FILE.xlsx");
    }

    @Test
    void manyDistrictsAreNotOneWorkbook() throws IOException {
        Path lines = dir.resolve("n.jsonl");
        try (OutputStream out = Files.newOutputStream(lines)) {
            new NationGenerator(1, NationGenerator.Scale.SMALL).write(2, out);
        }

        CliRun run = CliRun.of("check", lines.toString(), "--format", "xlsx", "--out", dir.resolve("r.xlsx").toString());

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).startsWith("--format xlsx is one workbook for one district");
    }
}
