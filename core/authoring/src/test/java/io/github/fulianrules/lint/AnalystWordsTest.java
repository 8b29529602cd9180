package io.github.fulianrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.testing.TinyRuleSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DRL and YAML mistakes an analyst types, each told in one line at its place, in her words and
 * in the language asked for, never in the compiler's: none of these rule sets is compiled.
 */
class AnalystWordsTest {
    private static final String RULE = "FL-1.1a The district federation reports the reform's progress to the district party committee";

    @TempDir
    Path dir;

    private List<String> lint(String file, String from, String to, Locale locale) {
        Map<String, String> files = TinyRuleSet.files();
        assertThat(files.get(file)).contains(from);
        files.put(file, files.get(file).replace(from, to));
        TinyRuleSet.writeTo(dir, files);
        return Linter.lint(dir, locale).stream().map(Problem::toString).toList();
    }

    private List<String> lintRule(String from, String to, Locale locale) {
        return lint(TinyRuleSet.DRL, from, to, locale);
    }

    @Test
    void anUnknownFieldNamesTheFactTypeAndTheFieldMeant() {
        assertThat(lintRule("level == Level.DISTRICT", "levl == Level.DISTRICT", Locale.ENGLISH))
                .containsExactly("reports.drl:10:16 `levl` is not a field of Federation; did you mean `level`?");
        assertThat(lintRule("level == Level.DISTRICT", "levl == Level.DISTRICT", Locale.CHINESE))
                .containsExactly("reports.drl:10:16 `levl` 不是 Federation 的字段，是否要写 `level`？");
    }

    @Test
    void aFieldWrittenWithTheWrongCaseIsTheFieldMeantAfterABinding() {
        assertThat(lintRule("Federation(level == Level.DISTRICT, $id : id)",
                "Federation(level == Level.DISTRICT, $id : id)\n    Position(federationID == $id, $who : personId)", Locale.CHINESE))
                .containsExactly("reports.drl:11:14 `federationID` 不是 Position 的字段，是否要写 `federationId`？");
        assertThat(lintRule("$id : id)", "$id : identity)", Locale.ENGLISH))
                .containsExactly("reports.drl:10:47 `identity` is not a field of Federation"
                        + " (its fields: id, level, name, parentId, residentWomen)");
    }

    @Test
    void whatIsNotAFieldOfAFactTypeIsLeftAlone() {
        // A method call, a binding's method, a static constant, a nested pattern and a constructor: all well formed.
        assertThat(lintRule("Federation(level == Level.DISTRICT, $id : id)",
                "Federation(Level.DISTRICT == level, $id : id, id.length() > 0, this != null)", Locale.ENGLISH)).isEmpty();
        // Not a field either, though the verifier refuses what it makes.
        assertThat(lintRule("Federation(level == Level.DISTRICT, $id : id)",
                "Federation(level == Level.DISTRICT, $id : id, new String(id).isEmpty() == false)", Locale.ENGLISH))
                .noneSatisfy(p -> assertThat(p).contains("is not a field"));
    }

    @Test
    void anUnclosedParenthesisIsToldWhereItOpens() {
        assertThat(lintRule("Federation(level == Level.DISTRICT, $id : id)", "Federation(level == Level.DISTRICT, $id : id",
                Locale.ENGLISH)).containsExactly("reports.drl:10:15 this ( is never closed: the rule ends before its )");
        assertThat(lintRule("$min : value)", "$min : value))", Locale.CHINESE))
                .containsExactly("reports.drl:11:56 这个 ) 没有对应的 (");
    }

    @Test
    void aFullWidthCharacterInTheRulesIsNamedWithItsTwin() {
        assertThat(lintRule("Federation(level", "Federation（level", Locale.ENGLISH))
                .containsExactly("reports.drl:10:15 a full-width （ (U+FF08): write (");
        assertThat(lintRule("$id : id)", "$id ： id)", Locale.CHINESE))
                .containsExactly("reports.drl:10:45 全角字符 ：（U+FF1A）：请写半角 :");
    }

    @Test
    void aFullWidthColonInYamlIsToldAloneAndNotWhatTheParserMakesOfIt() {
        assertThat(lint("parameters.yaml", "value: 2}", "value：2}", Locale.ENGLISH))
                .containsExactly("parameters.yaml:7:33 a full-width ： (U+FF1A): YAML reads only :");
        assertThat(lint("catalogue.yaml", "  - id: FL-1.1a", "  - id：FL-1.1a", Locale.CHINESE))
                .containsExactly("catalogue.yaml:2:7 全角字符 ：（U+FF1A）：YAML 只认半角 :");
    }

    @Test
    void chineseTextInQuotesAndCommentsIsNoTypo() {
        assertThat(lint("catalogue.yaml", "check: \"reform", "check: \"（含：各类汇报）reform", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void aMisspeltParameterSuggestsTheNearestAndOnlyThat() {
        assertThat(lintRule("\"reformReportsPerYear\"", "\"reformReportPerYear\"", Locale.ENGLISH)).contains(
                "reports.drl:11:19 rule \"" + RULE + "\" reads unknown parameter reformReportPerYear;"
                        + " did you mean reformReportsPerYear?");
        assertThat(lintRule("\"reformReportsPerYear\"", "\"reformReportPerYear\"", Locale.CHINESE)).contains(
                "reports.drl:11:19 规则 \"" + RULE + "\" 读取了不存在的参数 reformReportPerYear，是否要写 reformReportsPerYear？");
        assertThat(lintRule("\"reformReportsPerYear\"", "\"budget\"", Locale.ENGLISH)).contains(
                "reports.drl:11:19 rule \"" + RULE + "\" reads unknown parameter budget (known: reformReportsPerYear)");
    }
}
