package io.github.fulianrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fulianrules.FulianRules;
import io.github.fulianrules.compare.DistrictImpact;
import io.github.fulianrules.compare.Impact;
import io.github.fulianrules.compare.RequirementImpact;
import io.github.fulianrules.compare.WhatIf;
import io.github.fulianrules.examples.generate.NationGenerator;
import io.github.fulianrules.input.DistrictReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImpactCommandTest {
    private static final String SAMPLE = "../sample/district.json";
    private static final WhatIf FLOOR_17 = WhatIf.of(FulianRules.bundled(), Map.of("communityExecutiveFloor", 17L));

    @Test
    void theTextNamesTheChangeAndEachCommunityThatWouldFallShort() throws IOException {
        DistrictImpact expected = FLOOR_17.assess(DistrictReader.read(Path.of(SAMPLE)));
        RequirementImpact floor = expected.requirements().stream()
                .filter(r -> r.requirementId().equals("FL-4.2d")).findFirst().orElseThrow();

        CliRun run = CliRun.of("impact", SAMPLE, "--set", "communityExecutiveFloor=17", "--lang", "en");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("What if: communityExecutiveFloor 15 → 17\n")
                .containsPattern("FL-4\\.2d\\s+" + floor.checkedAfter() + "\\s+" + floor.failingBefore() + "\\s+"
                        + floor.failingAfter() + "\\s+" + floor.newlyFailing() + "\\s+0\n");
        assertThat(floor.newlyFailing()).isPositive();
        expected.subjects().forEach(s -> assertThat(run.out()).contains(s.subjectId()).contains(s.name()));
    }

    @Test
    void manyDistrictsAddUpInTheJsonAsTheLibraryAddsThem(@TempDir Path dir) throws IOException {
        Path nation = dir.resolve("nation.jsonl");
        NationGenerator generator = new NationGenerator(4, NationGenerator.Scale.SMALL);
        try (var out = Files.newOutputStream(nation)) {
            generator.write(6, out);
        }
        Impact expected = Impact.of(IntStream.range(0, 6).mapToObj(i -> FLOOR_17.assess(generator.district(i))).toList());

        CliRun run = CliRun.of("impact", nation.toString(), "--set", "communityExecutiveFloor=17", "--format", "json",
                "--threads", "2");

        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("districts")).hasSize(6);
        assertThat(json.path("parameters").get(0).path("before").asLong()).isEqualTo(15);
        List<String> rows = new ArrayList<>();
        json.path("requirements").forEach(r -> rows.add(r.path("requirementId").asText() + " " + r.path("failingBefore")
                + " " + r.path("failingAfter") + " " + r.path("newlyFailing") + " " + r.path("newlyPassing")));
        assertThat(rows).containsExactlyElementsOf(expected.requirements().stream().map(r -> r.requirementId() + " "
                + r.failingBefore() + " " + r.failingAfter() + " " + r.newlyFailing() + " " + r.newlyPassing()).toList());
        assertThat(json.path("districts").get(0).path("district").asText()).isEqualTo(expected.districts().get(0).districtId());
    }

    @Test
    void csvGoesToTwoTablesAndHtmlIsOnePageWithAChartPerChangedRequirement(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("impact.csv");
        Path html = dir.resolve("impact.html");

        CliRun csvRun = CliRun.of("impact", SAMPLE, "--set", "communityExecutiveFloor=17", "--format", "csv", "--out", csv.toString(), "--lang", "zh");
        CliRun htmlRun = CliRun.of("impact", SAMPLE, "--set", "communityExecutiveFloor=17", "--format", "html", "--out", html.toString(), "--lang", "zh");

        assertThat(csvRun.exitCode()).isZero();
        assertThat(htmlRun.exitCode()).isZero();
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).startsWith("\uFEFF区,要求,").contains("\r\n全部,FL-4.2d,24,24,6,16,10,0\r\n")
                .contains("\r\nqx,FL-4.2d,24,24,6,16,10,0\r\n");
        List<String> subjects = Files.readAllLines(dir.resolve("impact.subjects.csv"), StandardCharsets.UTF_8);
        assertThat(subjects).hasSize(11).allSatisfy(l -> assertThat(l).doesNotStartWith("qx,FL-4.4"));
        assertThat(subjects.get(1)).as("words, not constants").startsWith("qx,FL-4.2d,社区妇联,").contains(",新增不达标,")
                .doesNotContain("COMMUNITY_FEDERATION").doesNotContain("NEWLY_");
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("id=\"chart-FL-4.2d\"").doesNotContain("id=\"chart-FL-4.2c\"")
                .doesNotContain("<script").doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void anUnknownParameterOrAValueThatDoesNotFitIsOneLineAndExit2() {
        CliRun unknown = CliRun.of("impact", SAMPLE, "--set", "communityExecutiveFlor=17");
        CliRun notANumber = CliRun.of("impact", SAMPLE, "--set", "communityExecutiveFloor=seventeen");
        CliRun tooMuch = CliRun.of("impact", SAMPLE, "--set", "congressShareMin=120");
        CliRun noEquals = CliRun.of("impact", SAMPLE, "--set", "communityExecutiveFloor");

        for (CliRun run : List.of(unknown, notANumber, tooMuch, noEquals)) {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().strip()).doesNotContain("\n").startsWith("fulian-rules: ");
        }
        assertThat(unknown.err()).contains("unknown parameter communityExecutiveFlor (known: ");
        assertThat(notANumber.err()).contains("the value of communityExecutiveFloor must be a whole number, not \"seventeen\"");
        assertThat(tooMuch.err()).contains("120 does not fit; expected a whole number from 0 to 100");
        assertThat(noEquals.err()).contains("expected NAME=VALUE");
    }
}
