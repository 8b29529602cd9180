package io.github.fulianrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.testing.TinyRuleSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Everything lint says of a rule set, in both languages: every sentence has its Chinese and its
 * English, and a rule set with one mistake of each kind the policies, the data files' reader, the
 * catalogue checks and the message checks find is told in Chinese sentences, with nothing English left but names and code.
 */
class LintLanguagesTest {
    /** Three English words in a row, outside quotes and backticks: an English sentence, or part of one. */
    private static final Pattern ENGLISH = Pattern.compile("\\b[a-z]{2,} [a-z]{2,} [a-z]{2,}\\b");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|`[^`]*`");

    @TempDir
    Path dir;

    @Test
    void everySentenceHasBothLanguages() {
        assertThat(Words.SENTENCES.keys(Locale.CHINESE)).containsExactlyInAnyOrderElementsOf(Words.SENTENCES.keys(Locale.ENGLISH));
        for (String key : Words.SENTENCES.keys(Locale.CHINESE)) {
            assertThat(Words.say(Locale.CHINESE, key, "x", "y", "z", "w")).as(key)
                    .isNotEqualTo(Words.say(Locale.ENGLISH, key, "x", "y", "z", "w"));
        }
    }

    /** One mistake of each kind lint told only in English before: the policies, the metadata, messages and keys. */
    private List<String> lintEveryKind(Locale locale) {
        Map<String, String> files = TinyRuleSet.files();
        files.put(TinyRuleSet.DRL, files.get(TinyRuleSet.DRL)
                .replace("@strength(\"SHOULD\")", "@strength(\"MUST\")")
                .replace("import io.github.fulianrules.rulesupport.*;",
                        "import io.github.fulianrules.rulesupport.*;\nimport java.io.File;\nglobal java.util.List out;")
                .replace("$p : AssessmentPeriod()", "$p : AssessmentPeriod()\n    Tally(key == \"no.such.key\")")
                .replace("insertLogical(", "System.out.println($id); insertLogical("));
        String messages = "messages_" + locale.getLanguage() + ".properties";
        files.put(messages, files.get(messages) + "FL-9.9z.message=没有这条要求\nFL-1.1a.message.SHORT={mesured} 次\n");
        files.put("parameters.yaml", files.get("parameters.yaml") + """
                  - name: unread
                    unit: times
                    clause: "二(一)1"
                    description: "read by no rule"
                    values:
                      - {from: 2018-01-01, value: 1}
                """);
        TinyRuleSet.writeTo(dir, files);
        return Linter.lint(dir, locale).stream().map(Problem::message).toList();
    }

    @Test
    void whatLintFindsIsToldInChineseWhenChineseIsAsked() {
        List<String> zh = lintEveryKind(Locale.CHINESE);
        List<String> en = lintEveryKind(Locale.ENGLISH);
        assertThat(zh).hasSameSizeAs(en).hasSizeGreaterThanOrEqualTo(7);
        assertThat(en).anySatisfy(p -> assertThat(p).contains("which rules may not use"))
                .anySatisfy(p -> assertThat(p).contains("declares a global"))
                .anySatisfy(p -> assertThat(p).contains("declares strength MUST"))
                .anySatisfy(p -> assertThat(p).contains("is read by no rule"))
                .anySatisfy(p -> assertThat(p).contains("which no rule produces"))
                .anySatisfy(p -> assertThat(p).contains("unknown placeholder"))
                .anySatisfy(p -> assertThat(p).contains("nothing uses it"));
        for (String problem : zh) {
            String unquoted = QUOTED.matcher(problem).replaceAll("");
            assertThat(ENGLISH.matcher(unquoted).find()).as(problem).isFalse();
            assertThat(problem).as(problem).containsPattern("\\p{IsHan}");
        }
    }

    @Test
    void aWrongValueInTheDataFilesIsToldInChinese() {
        Map<String, String> files = TinyRuleSet.files();
        files.put("parameters.yaml", files.get("parameters.yaml").replace("unit: reports", "unit: 3"));
        TinyRuleSet.writeTo(dir, files);
        assertThat(Linter.lint(dir, Locale.CHINESE)).extracting(Problem::toString)
                .containsExactly("parameters.yaml:3:11 parameters[0].unit: 应为字符串，实际是3（请加引号：\"3\"）");
    }
}
