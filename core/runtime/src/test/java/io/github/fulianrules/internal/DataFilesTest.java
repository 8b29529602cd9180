package io.github.fulianrules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.catalogue.Parameter;
import io.github.fulianrules.catalogue.ParameterValue;
import io.github.fulianrules.input.InputException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The mistakes an analyst makes in {@code catalogue.yaml}, {@code parameters.yaml} and the
 * messages files, each reported as one line: the one file, line, column, entry, and what was expected.
 */
class DataFilesTest {
    private static final String GOOD_PARAMETER = """
            parameters:
              - name: executiveTrainingsPerYear
                unit: classes
                clause: "二(二)3"
                values:
                  - {from: 2018-01-01, value: 1}
            """;

    private static List<String> parameterProblems(String yaml) {
        List<String> problems = new ArrayList<>();
        CatalogueFiles.parameters("parameters.yaml", yaml.getBytes(StandardCharsets.UTF_8), e -> problems.add(e.getMessage()));
        return problems;
    }

    private static List<String> catalogueProblems(String yaml) {
        List<String> problems = new ArrayList<>();
        CatalogueFiles.requirements("catalogue.yaml", yaml.getBytes(StandardCharsets.UTF_8), e -> problems.add(e.getMessage()));
        return problems;
    }

    private static List<String> messageProblems(byte[] bytes) {
        List<String> problems = new ArrayList<>();
        MessageFile.read("messages_zh.properties", bytes, e -> problems.add(e.getMessage()));
        return problems;
    }

    @Test
    void aGoodParameterIsReadWithItsEntryAndPlace() {
        List<CatalogueFiles.Located<Parameter>> read = CatalogueFiles.parameters("parameters.yaml",
                GOOD_PARAMETER.getBytes(StandardCharsets.UTF_8), e -> {
                    throw e;
                });

        assertThat(read).singleElement().satisfies(p -> {
            assertThat(p.value().values()).containsExactly(new ParameterValue(LocalDate.of(2018, 1, 1), 1));
            assertThat(p.path()).isEqualTo("parameters[0]");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(11);
        });
    }

    @Test
    void aParameterWrittenAsAMapEntryInsteadOfAListItemIsNamedWithItsPlace() {
        assertThat(parameterProblems(GOOD_PARAMETER + """
                  executiveTrainingsPerYearLocal:
                    unit: classes
                """)).containsExactly("parameters.yaml:7:3: parameters[1]: expected \"- \" to start the next item of the list"
                + " whose items begin at column 3, found \"executiveTrainingsPerYearLocal:\" (an entry of a map, not an item of the list)");
    }

    @Test
    void aKeyIndentedMoreThanTheKeyAboveIsNamed() {
        assertThat(parameterProblems(GOOD_PARAMETER.replace("    unit: classes", "      unit: classes")))
                .containsExactly("parameters.yaml:3:7: parameters[0]: \"key: value\" is not allowed here: this line is indented"
                        + " more than the key above it, or a value that holds \": \" must be in quotes");
    }

    @Test
    void aKeyIndentedBetweenTwoLevelsIsNamed() {
        assertThat(parameterProblems(GOOD_PARAMETER.replace("    unit: classes", "   unit: classes")))
                .containsExactly("parameters.yaml:3:4: parameters[1]: indented to column 4, which matches no level above:"
                        + " the items of this list begin at column 3 (line 2)");
    }

    @Test
    void aTabIsNamed() {
        assertThat(parameterProblems(GOOD_PARAMETER.replace("    unit: classes", "\tunit: classes")))
                .containsExactly("parameters.yaml:3:1: parameters[0]: a tab character: YAML indents with spaces only");
    }

    @Test
    void aValueThatIsNotAWholeNumberIsNamed() {
        assertThat(parameterProblems(GOOD_PARAMETER.replace("value: 1}", "value: 1.5}")))
                .containsExactly("parameters.yaml:6:35: parameters[0].values[0].value: expected a whole number, found 1.5");
        assertThat(parameterProblems(GOOD_PARAMETER.replace("value: 1}", "value: \"2\"}")))
                .containsExactly("parameters.yaml:6:35: parameters[0].values[0].value: expected a whole number, found a string \"2\"");
    }

    @Test
    void aDateThatDoesNotExistIsNamed() {
        assertThat(parameterProblems(GOOD_PARAMETER.replace("2018-01-01", "2025-02-30")))
                .containsExactly("parameters.yaml:6:16: parameters[0].values[0].from: not a valid date \"2025-02-30\":"
                        + " Invalid date 'FEBRUARY 30' (expected a real day as YYYY-MM-DD)");
    }

    @Test
    void twoValuesFromTheSameDayAndAParameterGivenTwiceAreNamed() {
        assertThat(parameterProblems(GOOD_PARAMETER + "      - {from: 2018-01-01, value: 2}\n"))
                .containsExactly("parameters.yaml:7:16: parameters[0].values[1].from: a value from 2018-01-01 is already"
                        + " given on line 6: one value per date");
        assertThat(parameterProblems(GOOD_PARAMETER + GOOD_PARAMETER.substring("parameters:\n".length())))
                .containsExactly("parameters.yaml:7:11: parameters[1].name: executiveTrainingsPerYear is already the name of"
                        + " parameters[0] (line 2): add a dated value to its values instead");
    }

    @Test
    void aKeyGivenTwiceAnUnclosedQuoteAndAnUnclosedBraceAreNamed() {
        assertThat(parameterProblems(GOOD_PARAMETER.replace("    unit: classes\n", "    unit: classes\n    unit: classes\n")))
                .containsExactly("parameters.yaml:4:5: parameters[0].unit: given twice in the same map (first on line 3)");
        assertThat(parameterProblems(GOOD_PARAMETER.replace("\"二(二)3\"", "\"二(二)3")))
                .containsExactly("parameters.yaml:4:13: parameters[0].clause: the quoted string that starts here is not closed");
        assertThat(parameterProblems(GOOD_PARAMETER.replace("value: 1}", "value: 1") + "  - name: x\n"))
                .containsExactly("parameters.yaml:7:9: parameters[0].values[0]: the { opened on line 6 column 9 is not closed"
                        + " with } (or a comma is missing before this)");
    }

    @Test
    void anUnknownOrMissingFieldIsNamedWithTheFieldsExpected() {
        assertThat(parameterProblems(GOOD_PARAMETER.replace("unit: classes", "units: classes")))
                .containsExactly("parameters.yaml:3:5: parameters[0].units: unknown field (expected one of name, unit, clause,"
                        + " description, values)");
        assertThat(parameterProblems(GOOD_PARAMETER.replace("    clause: \"二(二)3\"\n", "")))
                .containsExactly("parameters.yaml:2:5: parameters[0].clause: missing required field (e.g. clause: \"二(二)3\")");
    }

    @Test
    void aDuplicateRequirementIdAndAnUnknownStrengthAreNamed() {
        String entry = """
                  - id: FL-2.3c
                    clause: "二(二)3"
                    strength: SHOULD
                    sourceWords: "每年举办两期执委培训班"
                """;
        assertThat(catalogueProblems("requirements:\n" + entry + entry))
                .containsExactly("catalogue.yaml:6:9: requirements[1].id: FL-2.3c is already the ID of requirements[0]"
                        + " (line 2): an ID names one requirement");
        assertThat(catalogueProblems("requirements:\n" + entry.replace("SHOULD", "SHOUD")))
                .containsExactly("catalogue.yaml:4:15: requirements[0].strength: unknown value \"SHOUD\" (expected one of"
                        + " MUST, IN_PRINCIPLE, SHOULD, ENCOURAGED)");
        assertThat(catalogueProblems("requirements:\n" + entry.replace("FL-2.3c", "FL2.3c")))
                .containsExactly("catalogue.yaml:2:9: requirements[0].id: not a requirement ID: \"FL2.3c\" (expected FL-,"
                        + " the task, a dot, the item and a letter, e.g. FL-2.3c)");
    }

    @Test
    void aMessagesFileSavedAsGbkIsRefusedAtItsFirstWrongByte() {
        byte[] gbk = "FL-2.3c.message=区妇联本年度举办执委培训班 {measured} 期\n".getBytes(Charset.forName("GBK"));

        assertThat(messageProblems(gbk)).containsExactly("messages_zh.properties:1:17: the file is not UTF-8 (byte 0xC7"
                + " at offset 16 is not valid UTF-8; a file saved as GBK must be converted to UTF-8)");
    }

    @Test
    void aMessageGivenTwiceAndABrokenEscapeAreNamed() {
        byte[] twice = "# messages\nFL-2.3c.message=一\n\nFL-2.3c.message=二\n".getBytes(StandardCharsets.UTF_8);
        assertThat(messageProblems(twice)).containsExactly("messages_zh.properties:4:1: FL-2.3c.message: given twice"
                + " (first on line 2): keep one");

        byte[] escape = "FL-2.3c.remedy=\\u4e0 举办\n".getBytes(StandardCharsets.UTF_8);
        assertThat(messageProblems(escape)).containsExactly("messages_zh.properties:1:16: a \\u escape needs four"
                + " hexadecimal digits (e.g. \\u4e00); write the character itself instead");
    }

    @Test
    void aMessageKnowsTheColumnOfEachOfItsCharacters() {
        MessageFile file = MessageFile.read("m", "a.message=x {mesured} y\n".getBytes(StandardCharsets.UTF_8), e -> {
            throw e;
        });
        MessageFile.Entry entry = file.entries().get("a.message");

        assertThat(entry.columnAt(entry.value().indexOf('{'))).isEqualTo(13);
        assertThat(file.properties().getProperty("a.message")).isEqualTo("x {mesured} y");
    }

    @Test
    void aMissingFileIsNamedOnce() {
        CatalogueFiles.DataFiles data = CatalogueFiles.read(java.nio.file.Path.of("no-such-rules"));

        assertThat(data.problems()).extracting(InputException::getMessage).contains(
                java.nio.file.Path.of("no-such-rules", "catalogue.yaml") + ": missing (a rule set has catalogue.yaml,"
                        + " parameters.yaml, messages_zh.properties and messages_en.properties; see export)");
    }
}
