package io.github.fulianrules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.report.Text;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Message templates filled in both languages, and the light scan of DRL text. */
class MessagesAndSourcesTest {
    private static Properties props(String text) {
        return MessageFile.read("m.properties", text.getBytes(StandardCharsets.UTF_8), e -> {
            throw e;
        }).properties();
    }

    @Test
    void templatesAreFilledInBothLanguages() {
        Messages m = new Messages(props("k=还需 {gap} 名：{details}\ntoken.A=甲\n"), props("k={gap} more: {details} {unknown}\n"));

        Text text = m.format("k", Map.of("gap", "$2"), List.of("A", "B"), "fallback");

        assertThat(text.zh()).isEqualTo("还需 $2 名：甲、B");
        assertThat(text.en()).isEqualTo("$2 more: A, B {unknown}");
        assertThat(m.has("k")).isTrue();
        assertThat(m.has("token.A")).isFalse();
        assertThat(m.format("missing", Map.of(), List.of(), "fallback {gap}").zh()).isEqualTo("fallback {gap}");
    }

    @Test
    void rulesAreFoundWithTheirLinesAndParameters() {
        DrlSource source = new DrlSource("r.drl", "package p;\n\nrule \"one\"\nwhen\n    Param(name == \"a\", $a : value)\n"
                + "    Param( name == \"b\", $b : value)\n    Param(name == \"a\", $c : value)\nthen\nend\n\n  rule \"two\"\nwhen\nthen\nend\n");

        List<DrlSource.RuleText> rules = source.rules();

        assertThat(rules).extracting(DrlSource.RuleText::name).containsExactly("one", "two");
        assertThat(rules).extracting(DrlSource.RuleText::line).containsExactly(3, 11);
        assertThat(rules.get(0).parameters()).containsExactly("a", "b");
        assertThat(rules.get(1).parameters()).isEmpty();
        DrlSource.RuleText one = rules.get(0);
        assertThat(one.contains(one.offset())).isTrue();
        assertThat(one.contains(one.offset() - 1)).isFalse();
        assertThat(one.contains(one.offset() + one.body().length() - 1)).isTrue();
        assertThat(one.contains(one.offset() + one.body().length())).isFalse();
        assertThat(one.body().strip()).startsWith("rule \"one\"").endsWith("end");
        assertThat(source.lineOf(0)).isEqualTo(1);
        assertThat(source.lineOf(11)).isEqualTo(2);
        assertThat(source.lineOf(12)).isEqualTo(3);
        assertThat(source.lineOf(10_000)).isEqualTo(15);
    }
}
