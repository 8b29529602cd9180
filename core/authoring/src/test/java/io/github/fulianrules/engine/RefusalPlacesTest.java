package io.github.fulianrules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.authoring.ModelCompiler;
import io.github.fulianrules.internal.DrlSource;
import io.github.fulianrules.internal.ModelClasses;
import io.github.fulianrules.testing.TinyRuleSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the verifier's refusals are placed in the DRL: rules compiled here without the policy on the
 * text (which would refuse them first on a load), each refusal at the words an analyst wrote for it.
 */
class RefusalPlacesTest {
    private static final String FILE = "refused.drl";
    private static final String DRL = """
            package io.github.fulianrules.rules;

            import io.github.fulianrules.model.*;
            import io.github.fulianrules.rulesupport.*;

            global java.util.List seen;

            function int twice(int x) { return x < 0 ? twice(-x) : 2 * x; }

            rule "DATA loops" @data("PROBE")
            when
                Federation($id : id)
            then
                int i = 0;
                while (i < 3) { i++; }
            end

            rule "DATA makes an array" @data("PROBE")
            when
                Federation($id : id)
            then
                long[] a = new long[$id.length()];
            end

            rule "DATA synchronizes" @data("PROBE")
            when
                Federation($id : id)
            then
                synchronized ($id) { insertLogical(new Tally($id, "x", 1)); }
            end

            rule "DATA asks for an interned string" @data("PROBE")
            when
                Federation($id : id)
            then
                insertLogical(new Tally($id.intern(), "x", 1));
            end
            """;

    @TempDir
    static Path dir;
    static List<ModelClasses.Refusal> refusals;

    @BeforeAll
    static void compile() {
        Map<String, String> files = TinyRuleSet.files();
        files.put(FILE, DRL);
        TinyRuleSet.writeTo(dir, files);
        List<DrlSource> sources = List.of(new DrlSource(FILE, DRL), new DrlSource(TinyRuleSet.DRL, TinyRuleSet.RULE));
        refusals = ModelCompiler.compile(dir, sources).refusals("refused", sources);
    }

    /** {@code FILE:LINE:COLUMN} of the first place of {@code words} in the DRL. */
    private static String at(String words) {
        int offset = DRL.indexOf(words);
        int line = (int) DRL.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
        return FILE + ":" + line + ":" + (offset - DRL.lastIndexOf('\n', offset - 1));
    }

    private static List<String> refused() {
        return refusals.stream().map(ModelClasses.Refusal::toString).toList();
    }

    @Test
    void whatARuleMayNotDoIsPlacedAtTheWordsThatDoIt() {
        assertThat(refused()).contains(
                at("while (") + " rule \"DATA loops\" loops (jumps backwards), which rules may not do",
                at("new long") + " rule \"DATA makes an array\" creates an array of a size computed at run time, which rules may not do",
                at("synchronized (") + " rule \"DATA synchronizes\" takes a lock, which rules may not do",
                at("intern()") + " rule \"DATA asks for an interned string\" uses java.lang.String.intern, which is not on the allow-list");
    }

    @Test
    void whatTheRuleTextDoesNotShowIsPlacedAtTheRulesLine() {
        assertThat(refused()).contains(at("rule \"DATA synchronizes\"")
                + " rule \"DATA synchronizes\" catches exceptions, which rules may not do");
    }

    @Test
    void declarationsArePlacedAtTheirKeywordAndWhatNoWordShowsAtTheRuleSet() {
        assertThat(refused()).anySatisfy(r -> assertThat(r).startsWith(at("global java") + " the generated class ")
                .endsWith(" uses org.drools.modelcompiler.dsl.pattern.D.globalOf, which is not on the allow-list"));
        assertThat(refused()).anySatisfy(r -> assertThat(r).startsWith(at("function int") + " the generated class ")
                .endsWith(" calls itself (recursion), which rules may not do"));
        assertThat(refused()).anySatisfy(r -> assertThat(r).startsWith(at("List seen") + " the generated class ")
                .endsWith(" uses java.util.List.add, which is not on the allow-list"));
        assertThat(refused()).anySatisfy(r -> assertThat(r).startsWith("refused:0:0 the generated class ")
                .endsWith(" uses java.util.ArrayList.<init>, which is not on the allow-list"));
        assertThat(refused()).doesNotHaveDuplicates();
        assertThat(refusals).noneSatisfy(r -> assertThat(r.file()).isEqualTo(TinyRuleSet.DRL));
    }
}
