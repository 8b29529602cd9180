package io.github.fulianrules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.input.InputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the reader of a rule set's data files says, in both languages, with the same places. */
class DataFileWordsTest {
    /** Three English words in a row outside quotes: an English sentence, or part of one. */
    private static final Pattern ENGLISH = Pattern.compile("\\b[a-z]{2,} [a-z]{2,} [a-z]{2,}\\b");

    private static final String BROKEN_PARAMETERS = """
            parameters:
              - name: executiveTrainingsPerYear
                unit: 3
                clause: "二(二)3"
                values:
                  - {from: 2025-02-30, value: two}
              - name: executiveTrainingsPerYear
                clause: "二(二)3"
                colour: red
                values: []
            """;

    private static List<InputException> parameters(Locale locale) {
        List<InputException> problems = new ArrayList<>();
        CatalogueFiles.parameters("parameters.yaml", BROKEN_PARAMETERS.getBytes(StandardCharsets.UTF_8), problems::add, locale);
        return problems;
    }

    @Test
    void bothLanguagesHaveEverySentence() {
        assertThat(LocatedYaml.WORDS.keys(Locale.CHINESE)).containsExactlyInAnyOrderElementsOf(LocatedYaml.WORDS.keys(Locale.ENGLISH));
    }

    @Test
    void everyProblemIsToldInChineseAtTheSamePlaceAsInEnglish() {
        List<InputException> en = parameters(Locale.ENGLISH);
        List<InputException> zh = parameters(Locale.CHINESE);
        assertThat(en).extracting(InputException::problem).contains("expected a string, found 3 (put it in quotes: \"3\")",
                "expected a whole number, found a string \"two\"", "unknown field (expected one of name, unit, clause,"
                        + " description, values)");
        assertThat(zh).extracting(e -> e.line() + ":" + e.column() + " " + e.path())
                .containsExactlyElementsOf(en.stream().map(e -> e.line() + ":" + e.column() + " " + e.path()).toList());
        assertThat(zh).extracting(InputException::problem).contains("应为字符串，实际是3（请加引号：\"3\"）",
                "应为整数，实际是字符串 \"two\"");
        for (InputException e : zh) {
            assertThat(ENGLISH.matcher(e.problem().replaceAll("\"[^\"]*\"", "")).find()).as(e.problem()).isFalse();
        }
    }

    @Test
    void brokenYamlIsToldInChinese() {
        List<InputException> problems = new ArrayList<>();
        CatalogueFiles.requirements("catalogue.yaml", "requirements:\n  - id: FL-1.1a\n\tclause: x\n".getBytes(StandardCharsets.UTF_8),
                problems::add, Locale.CHINESE);
        assertThat(problems).singleElement().extracting(InputException::problem).isEqualTo("制表符（Tab）：YAML 只用空格缩进");
    }
}
