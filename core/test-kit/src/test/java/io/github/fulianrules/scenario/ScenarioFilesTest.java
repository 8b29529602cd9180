package io.github.fulianrules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.Building;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Scenario files are read into scenarios, or refused with each mistake at its place (file:line:column). */
class ScenarioFilesTest {
    @TempDir
    Path dir;

    private static final String HEAD = """
            scenarios:
              - name: one report
            """;
    private static final String GIVEN = """
                given:
                  federations: [{id: d, level: DISTRICT}]
            """;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aScenarioIsReadWithItsNameParametersFactsAndExpectations() throws IOException {
        Path file = write("FL-1.1a.yaml", """
                requirement: FL-1.1a
                scenarios:
                  - name: One report of two falls one short
                    parameters: {reformReportsPerYear: 2, districtPartTimeViceChairsMin: -4}
                    given:
                      federations:
                        - {id: d, level: DISTRICT, name: "区\\"妇联\\" \\\\ 本部\\t", residentWomen: 0x10}
                        - {id: s, level: SUB_DISTRICT, parentId: d, residentWomen: 1_000, name: ~}
                      activities:
                        - {id: a1, type: REFORM_REPORT, subjectId: d, date: 2025-06-30}
                    expect:
                      - {requirementId: FL-1.1a, subjectId: d, kind: WARNING, measured: "1", gap: 1, waived: no}
                    absent:
                      - {requirementId: FL-1.1a, subjectId: s, details: [a, [b, c]], measured: {a: b}}
                    met:
                      - {requirementId: FL-1.1a, subjectId: s}
                    notJudged:
                      - {requirementId: FL-1.1b, subjectId: s}
                """);

        Scenario s = ScenarioFiles.load(file).get(0);

        assertThat(s.name()).isEqualTo("One report of two falls one short");
        assertThat(s.source()).isEqualTo(file.toString());
        assertThat(s.parameters()).isEqualTo(Map.of("reformReportsPerYear", 2L, "districtPartTimeViceChairsMin", -4L));
        DistrictData given = s.given();
        assertThat(given.period()).isEqualTo(AssessmentPeriod.year(2025));
        assertThat(given.federations()).containsExactly(
                new Federation("d", io.github.fulianrules.model.Level.DISTRICT, "区\"妇联\" \\ 本部\t", null, 16),
                new Federation("s", io.github.fulianrules.model.Level.SUB_DISTRICT, null, "d", 1000));
        assertThat(given.activities()).singleElement().satisfies(a -> assertThat(a.id()).isEqualTo("a1"));
        // each record is located on the line of the scenario file it was written on
        assertThat(given.locations()).containsExactlyInAnyOrderEntriesOf(Map.of("d", file + ":7", "s", file + ":8",
                "a1", file + ":10"));
        assertThat(s.expect()).extracting(Expectation::fields).containsExactly(Map.of("requirementId", "FL-1.1a",
                "subjectId", "d", "kind", "WARNING", "measured", "1", "gap", "1", "waived", "false"));
        // a list is compared as its items joined by commas; a map is no text
        assertThat(s.absent()).extracting(Expectation::fields).containsExactly(Map.of("requirementId", "FL-1.1a",
                "subjectId", "s", "details", "a,b,c", "measured", ""));
        assertThat(s.met()).extracting(Expectation::toString).containsExactly("{requirementId:FL-1.1a, subjectId:s}");
        assertThat(s.notJudged()).extracting(Expectation::toString).containsExactly("{requirementId:FL-1.1b, subjectId:s}");
        assertThat(s.requirementIds()).containsExactly("FL-1.1a", "FL-1.1b");
    }

    @Test
    void yesOnAndTrueInAnyCaseAreTrueAndOtherYamlBooleansFalse() throws IOException {
        Path file = write("yes.yaml", HEAD + """
                    given:
                      federations: [{id: d, level: DISTRICT}]
                      buildings:
                        - {id: b1, name: 国际金融中心, federationId: d, womensWorkStation: yes}
                        - {id: b2, name: 创意产业大厦, federationId: d, womensWorkStation: On}
                        - {id: b3, name: 科技园, federationId: d, womensWorkStation: TRUE}
                        - {id: b4, name: 商务楼, federationId: d, womensWorkStation: no}
                        - {id: b5, name: 写字楼, federationId: d, womensWorkStation: off}
                    expect:
                      - {requirementId: FL-1.1a, waived: Yes}
                      - {requirementId: FL-1.1a, waived: on}
                      - {requirementId: FL-1.1a, waived: True}
                      - {requirementId: FL-1.1a, waived: NO}
                      - {requirementId: FL-1.1a, waived: false}
                """);

        Scenario s = ScenarioFiles.load(file).get(0);

        assertThat(s.given().buildings()).extracting(Building::womensWorkStation)
                .containsExactly(true, true, true, false, false);
        assertThat(s.expect()).extracting(e -> e.fields().get("waived"))
                .containsExactly("true", "true", "true", "false", "false");
    }

    @Test
    void aGivenWithAPeriodKeepsItAndOneWithoutIsOf2025() throws IOException {
        Path file = write("periods.yaml", """
                scenarios:
                  - name: of 2024
                    given:
                      period: {start: 2024-01-01, end: 2024-12-31}
                      federations: [{id: d, level: DISTRICT}]
                  - name: of the default year
                    given:
                      federations: [{id: d, level: DISTRICT}]
                """);

        assertThat(ScenarioFiles.load(file)).extracting(s -> s.given().period())
                .containsExactly(AssessmentPeriod.year(2024), AssessmentPeriod.year(2025));
    }

    @Test
    void aDirectoryGivesTheScenariosOfItsYamlYmlAndJsonFilesInPathOrderAtAnyDepth() throws IOException {
        write("b.yaml", "scenarios:\n  - name: b\n" + GIVEN);
        write("a.yml", "scenarios:\n  - name: a\n" + GIVEN);
        write("c/c.json", """
                {"scenarios": [{"name": "c", "given": {"federations": [{"id": "d", "level": "DISTRICT"}]}}]}
                """);
        write("notes.txt", "not a scenario: [");
        write("c/README.md", "# not a scenario either: [");
        write("d.yaml/d.yaml", "scenarios:\n  - name: d\n" + GIVEN);

        assertThat(ScenarioFiles.load(dir)).extracting(Scenario::name).containsExactly("a", "b", "c", "d");
        assertThat(ScenarioFiles.load(dir.resolve("c/c.json"))).extracting(Scenario::source)
                .containsExactly(dir.resolve("c/c.json").toString());
    }

    @Test
    void aFileThatIsNotThereIsRefused() {
        Path none = dir.resolve("none.yaml");

        assertThatThrownBy(() -> ScenarioFiles.load(none)).isInstanceOf(ScenarioException.class)
                .hasMessage(none + ": cannot be read: " + none);
    }

    @Test
    void everyMistakeOfAFileIsListedOnALineOfItsOwnTheFirstNamedByTheException() throws IOException {
        Path file = write("two.yaml", """
                scenarios:
                  - name: wrong kind
                    given:
                      federations: [{id: d, level: DISTRICT}]
                    expect:
                      - {requirementId: FL-1.1a, kind: WARN}
                  - name: right
                    given:
                      federations: [{id: d, level: DISTRICT}]
                  - name: [wrong name]
                    given:
                      federations: [{id: d, level: DISTRICT}]
                """);

        ScenarioException e = catchThrowableOfType(() -> ScenarioFiles.load(file), ScenarioException.class);

        assertThat(e.getMessage()).isEqualTo(file + ":6:40: scenarios[0].expect[0].kind: unknown value \"WARN\""
                + " (expected one of VIOLATION, WARNING, RECOMMENDATION, DATA)\n"
                + file + ":10:11: scenarios[2].name: expected a string, found a list");
        assertThat(e.problems()).extracting(p -> p.line()).containsExactly(6, 10);
        assertThat(List.of(e.source(), e.line(), e.column(), e.path()))
                .containsExactly(file.toString(), 6, 40, "scenarios[0].expect[0].kind");
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("- a\n", "1:1: expected a scenario file (requirement, scenarios), found a list"),
                Arguments.of("requirment: FL-1.1a\nscenarios: []\n",
                        "1:1: requirment: unknown field (expected one of requirement, scenarios)"),
                Arguments.of("requirement: FL-1.1a\n", "1:1: scenarios: missing required field"
                        + " (e.g. scenarios: a list of scenarios, each starting with \"- name: \")"),
                Arguments.of("scenarios: many\n", "1:12: scenarios: expected a list of scenarios, each starting with"
                        + " \"- name: \", found a string \"many\""),
                Arguments.of("scenarios: [\n", "2:1: scenarios[0]: not valid YAML here (look at the indentation,"
                        + " quotes and brackets of this line and the one before)"),
                Arguments.of("scenarios:\n  - just a name\n", "2:5: scenarios[0]: expected a scenario (name, given,"
                        + " expect, absent, met, notJudged), found a string \"just a name\""),
                Arguments.of(HEAD + GIVEN + "    expected: []\n", "5:5: scenarios[0].expected: unknown field"
                        + " (expected one of name, parameters, given, expect, absent, met, notJudged)"),
                Arguments.of("scenarios:\n  - given:\n      federations: [{id: d, level: DISTRICT}]\n",
                        "2:5: scenarios[0].name: missing required field (e.g. name: a sentence that says the case)"),
                Arguments.of(HEAD + "    parameters: [a]\n" + GIVEN, "3:17: scenarios[0].parameters: expected a map"
                        + " of parameter values, e.g. {communityExecutiveFloor: 17}, found a list"),
                Arguments.of(HEAD + "    parameters: {reformReportsPerYear: two}\n" + GIVEN,
                        "3:40: scenarios[0].parameters.reformReportsPerYear: expected a whole number, found a string \"two\""),
                Arguments.of(HEAD, "2:5: scenarios[0].given: missing required field"
                        + " (e.g. given: {federations: [{id: d, level: DISTRICT}]})"),
                Arguments.of(HEAD + "    given: [d]\n", "3:12: scenarios[0].given: expected the facts, as a district"
                        + " in the JSON input format, found a list"),
                Arguments.of(HEAD + "    given:\n      federations: [{id: d, level: DISTRICT}]\n      people:\n"
                        + "        - {id: p1, gender: F}\n",
                        "6:20: scenarios[0].given.people[0].gender: unknown value \"F\" (expected one of FEMALE, MALE)"),
                Arguments.of(HEAD + "    given:\n      period: {start: 2025-01-01, end: 2024-01-01}\n"
                        + "      federations: [{id: d, level: DISTRICT}]\n",
                        "4:15: scenarios[0].given.period: period end 2024-01-01 is before its start 2025-01-01"),
                Arguments.of(HEAD + "    given:\n      federations:\n        - {id: d, level: DISTRICT}\n"
                        + "        - {id: s, level: SUB_DISTRICT, residentWomen: 1.5}\n",
                        "6:40: scenarios[0].given.federations[1].residentWomen: expected a whole number, found a number (1.5)"),
                Arguments.of(HEAD + "    given:\n      federations: [{id: d, level: DISTRICT, residentWomen: .inf}]\n",
                        "4:46: scenarios[0].given.federations[0].residentWomen: expected a whole number, found a string \".inf\""),
                Arguments.of(HEAD + "    given:\n      federations: [{id: d, level: DISTRICT, residentWomen: 1.5e3}]\n",
                        "4:46: scenarios[0].given.federations[0].residentWomen: expected a whole number, found a number (1500.0)"),
                Arguments.of(HEAD + "    given:\n      federations: [{id: d, level: DISTRICT, residentWomen: 99999999999999999999}]\n",
                        "4:61: scenarios[0].given.federations[0].residentWomen: number out of range: 99999999999999999999"
                                + " (expected a whole number from -2147483648 to 2147483647)"),
                Arguments.of(HEAD + "    given:\n      federations: [{id: d, level: DISTRICT, residentWomen: 0b101}]\n",
                        "4:46: scenarios[0].given.federations[0].residentWomen: expected a whole number, found a string \"0b101\""),
                Arguments.of(HEAD + "    given:\n      federations: [{id: d, level: DISTRICT, name: 12}]\n",
                        "4:46: scenarios[0].given.federations[0].name: expected a string, found a number (12)"),
                // A yes/no that reads as false when left out; one that reads as not recorded (Revision 3) takes null.
                Arguments.of(HEAD + "    given:\n      federations: [{id: d, level: DISTRICT}]\n      womensHomes:\n"
                        + "        - {id: h1, name: x, federationId: d, demonstration: ~}\n",
                        "6:46: scenarios[0].given.womensHomes[0].demonstration: null is not allowed here (expected true or false)"),
                Arguments.of(HEAD + GIVEN + "    expect: FL-1.1a\n", "5:13: scenarios[0].expect: expected a list of"
                        + " findings, e.g. - {requirementId: FL-2.3c, subjectId: d}, found a string \"FL-1.1a\""),
                Arguments.of(HEAD + GIVEN + "    expect:\n      - FL-1.1a\n", "6:9: scenarios[0].expect[0]: expected a"
                        + " finding, e.g. {requirementId: FL-2.3c, subjectId: d}, found a string \"FL-1.1a\""),
                Arguments.of(HEAD + GIVEN + "    expect:\n      - {requirementId: FL-1.1a, colour: red}\n",
                        "6:34: scenarios[0].expect[0].colour: unknown field (expected one of requirementId, subjectId, kind,"
                                + " code, measured, required, gap, waived, details)"),
                Arguments.of(HEAD + GIVEN + "    expect:\n      - {subjectId: d}\n",
                        "6:9: scenarios[0].expect[0].requirementId: missing required field (e.g. requirementId: FL-2.3c)"),
                Arguments.of(HEAD + GIVEN + "    expect:\n      - {requirementId: [FL-1.1a]}\n",
                        "6:25: scenarios[0].expect[0].requirementId: expected a string, found a list"),
                Arguments.of(HEAD + GIVEN + "    expect:\n      - {requirementId: FL-1.1a, kind: WARN}\n",
                        "6:40: scenarios[0].expect[0].kind: unknown value \"WARN\" (expected one of VIOLATION, WARNING,"
                                + " RECOMMENDATION, DATA)"),
                Arguments.of(HEAD + GIVEN + "    expect:\n      - {requirementId: FL-1.1a, gap: three}\n",
                        "6:39: scenarios[0].expect[0].gap: expected a whole number, found a string \"three\""),
                Arguments.of(HEAD + GIVEN + "    expect:\n      - {requirementId: FL-1.1a, waived: maybe}\n",
                        "6:42: scenarios[0].expect[0].waived: expected true or false, found a string \"maybe\""),
                Arguments.of(HEAD + GIVEN + "    expect:\n      - {requirementId: FL-1.1a}\n      - {requirementId: FL-1.1a, waived: 1}\n",
                        "7:42: scenarios[0].expect[1].waived: expected true or false, found 1"),
                Arguments.of(HEAD + GIVEN + "    absent: x\n", "5:13: scenarios[0].absent: expected a list of findings,"
                        + " e.g. - {requirementId: FL-2.3c, subjectId: d}, found a string \"x\""),
                Arguments.of(HEAD + GIVEN + "    met: x\n", "5:10: scenarios[0].met: expected a list of findings,"
                        + " e.g. - {requirementId: FL-2.3c, subjectId: d}, found a string \"x\""),
                Arguments.of(HEAD + GIVEN + "    notJudged: x\n", "5:16: scenarios[0].notJudged: expected a list of findings,"
                        + " e.g. - {requirementId: FL-2.3c, subjectId: d}, found a string \"x\""),
                Arguments.of(HEAD + GIVEN + "    notJudged:\n      - {requirementId: FL-1.1a, kind: WARNING}\n",
                        "6:34: scenarios[0].notJudged[0].kind: unknown field (expected one of requirementId, subjectId)"));
    }

    @ParameterizedTest
    @MethodSource("mistakes")
    void aMistakeInAScenarioFileIsRefusedAtItsPlace(String yaml, String problem) throws IOException {
        Path file = write("FL-1.1a.yaml", yaml);

        ScenarioException e = catchThrowableOfType(() -> ScenarioFiles.load(file), ScenarioException.class);

        assertThat(e).as(yaml).isNotNull();
        assertThat(e.getMessage()).isEqualTo(file + ":" + problem);
        assertThat(e.problems()).hasSize(1);
    }

    @Test
    void aScenarioFilesMistakesAreToldInChineseAtTheSamePlaces() throws IOException {
        Path file = write("zh.yaml", HEAD + GIVEN + """
                    expect:
                      - {requirementId: FL-1.1a, waived: maybe}
                    met: FL-1.1a
                """);
        List<String> en = catchThrowableOfType(ScenarioException.class, () -> ScenarioFiles.load(file, java.util.Locale.ENGLISH))
                .problems().stream().map(e -> e.line() + ":" + e.column() + " " + e.problem()).toList();
        List<String> zh = catchThrowableOfType(ScenarioException.class, () -> ScenarioFiles.load(file, java.util.Locale.CHINESE))
                .problems().stream().map(e -> e.line() + ":" + e.column() + " " + e.problem()).toList();
        assertThat(en).containsExactly("6:42 expected true or false, found a string \"maybe\"",
                "7:10 expected a list of findings, e.g. - {requirementId: FL-2.3c, subjectId: d}, found a string \"FL-1.1a\"");
        assertThat(zh).containsExactly("6:42 应为 true 或 false，实际是字符串 \"maybe\"",
                "7:10 应为发现的列表，例如 - {requirementId: FL-2.3c, subjectId: d}，实际是字符串 \"FL-1.1a\"");
    }
}
