package io.github.fulianrules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.RuleSetException;
import io.github.fulianrules.build.BundleBuilder;
import io.github.fulianrules.lint.Linter;
import io.github.fulianrules.lint.Problem;
import io.github.fulianrules.testing.TinyRuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DRL compiler of a rule-set directory: what it refuses, and how, before and after compiling. */
class DrlCompilerTest {
    private static final String UNKNOWN_FIELD = TinyRuleSet.RULE.replace("level == Level.DISTRICT", "levl == Level.DISTRICT");

    /** FL-1.1a reading a tally another rule produces, under a misspelt key. */
    private static final String MISSPELT_KEY = TinyRuleSet.RULE.replace("""
                accumulate(Activity(subjectId == $id, type == ActivityType.REFORM_REPORT, $p.contains(date)); $n : count())
            """, """
                Tally(subjectId == $id, key == "reports.refrom", $n : value)
            """) + """

            rule "derived: reform reports"
            when
                $p : AssessmentPeriod()
                Federation($id : id)
                accumulate(Activity(subjectId == $id, type == ActivityType.REFORM_REPORT, $p.contains(date)); $n : count())
            then
                insertLogical(new Tally($id, "reports.reform", $n));
            end
            """;

    private static final String RULE = "rule \"FL-1.1a The district federation reports the reform's progress to the"
            + " district party committee\"";
    private static final String POLICY = "which rules may not use (system, processes, threads, reflection, class loading,"
            + " files, network, the engine itself, functions or loops)";

    @TempDir
    Path dir;

    private Path write(Map<String, String> files) {
        return TinyRuleSet.writeTo(dir, files);
    }

    private static RuleSetException thrownBy(Path dir) {
        try {
            new DrlCompiler().compile(dir);
        } catch (RuleSetException e) {
            return e;
        }
        throw new AssertionError("compiled: " + dir);
    }

    @Test
    void aPathThatIsNotADirectoryIsRefused() {
        Path missing = dir.resolve("missing");

        assertThat(thrownBy(missing).problems()).containsExactly(missing + ":0:0 not a directory");
    }

    @Test
    void aDirectoryWithoutDrlFilesIsRefused() {
        Map<String, String> files = TinyRuleSet.files();
        files.put("reports.DRL", files.remove(TinyRuleSet.DRL));

        RuleSetException e = thrownBy(write(files));

        assertThat(e.getMessage()).startsWith("the rule set " + dir + " has 3 problem(s), as lint lists them; nothing is loaded:");
        assertThat(e.problems()).contains(dir + ":0:0 no .drl files: rules are read from the files whose names end in .drl")
                .anySatisfy(p -> assertThat(p).startsWith(dir.resolve("reports.DRL") + ":6:1 holds a rule but is not read"));
    }

    @Test
    void aRuleFileThatIsNotUtf8IsRefused() throws IOException {
        TinyRuleSet.writeTo(dir);
        Files.write(dir.resolve(TinyRuleSet.DRL), new byte[] {'r', 'u', 'l', 'e', ' ', (byte) 0xff});

        assertThat(thrownBy(dir).problems()).anySatisfy(p -> assertThat(p)
                .startsWith(dir.resolve(TinyRuleSet.DRL) + ":0:0 cannot read as UTF-8: "));
    }

    @Test
    void theDataFilesAndTheRulesAreRefusedTogether() {
        Map<String, String> files = TinyRuleSet.files();
        files.remove("messages_en.properties");
        files.put(TinyRuleSet.DRL, UNKNOWN_FIELD);

        RuleSetException e = thrownBy(write(files));

        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith(dir.resolve("messages_en.properties") + ":0:0 missing"))
                .anySatisfy(p -> assertThat(p).startsWith(dir.resolve(TinyRuleSet.DRL) + ":10:16 ").contains("levl"));
    }

    @Test
    void rulesThatBreakThePoliciesAreRefusedWithoutCompiling() {
        Map<String, String> files = TinyRuleSet.files();
        files.put(TinyRuleSet.DRL, UNKNOWN_FIELD.replace("then\n", "then\n    System.exit(3);\n"));
        files.put("other.drl", "package io.github.fulianrules.rules;\nglobal java.util.List out;\n");

        RuleSetException e = thrownBy(write(files));

        // "levl" is told by lint in its words, not by the compiler: the DRL is not compiled.
        assertThat(e.problems()).containsExactly(dir.resolve("other.drl") + ":2:1 declares a global, which rules may not use:"
                        + " a rule reads facts, not the host's objects",
                dir.resolve("reports.drl") + ":10:16 `levl` is not a field of Federation; did you mean `level`?",
                dir.resolve("reports.drl") + ":14:5 " + RULE + " uses System, " + POLICY,
                dir.resolve("reports.drl") + ":14:12 " + RULE + " uses exit, " + POLICY);
    }

    @Test
    void aBundleIsWrittenThatLoadsWithoutTheDirectory() throws IOException {
        TinyRuleSet.writeTo(dir.resolve("rules"));
        Path jar = dir.resolve("rules.jar");

        assertThat(DrlCompiler.buildBundle(dir.resolve("rules"), jar).rules()).hasSize(1);
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            assertThat(file.getInputStream(file.getEntry("rules/reports.drl")).readAllBytes())
                    .asString(java.nio.charset.StandardCharsets.UTF_8).isEqualTo(TinyRuleSet.RULE);
            assertThat(file.getEntry("rules/catalogue.yaml")).isNotNull();
        }

        FulianRules rules = FulianRules.builder().rulesFrom(jar).build();
        assertThat(rules.evaluate(TinyRuleSet.district(1)).findings()).singleElement()
                .satisfies(f -> assertThat(f.requirementId()).isEqualTo("FL-1.1a"));
    }

    @Test
    void aBundleThatCannotBeWrittenIsRefused() throws IOException {
        TinyRuleSet.writeTo(dir.resolve("rules"));
        Files.writeString(dir.resolve("file"), "x");
        Path jar = dir.resolve("file").resolve("rules.jar");

        assertThatThrownBy(() -> DrlCompiler.buildBundle(dir.resolve("rules"), jar)).isInstanceOf(RuleSetException.class)
                .hasMessageStartingWith("cannot write the bundle " + jar + ": ");
    }

    @Test
    void whatLintRefusesIsRefusedByEveryLoadWithTheSameProblems() {
        Map<String, String> files = TinyRuleSet.files();
        files.put(TinyRuleSet.DRL, MISSPELT_KEY);
        files.put("messages_en.properties", TinyRuleSet.MESSAGES_EN.replace("{measured} {", "{mesured} {"));
        write(files);
        Path jar = dir.resolveSibling(dir.getFileName() + ".jar");

        List<String> linted = Linter.lint(dir).stream().map(p -> p.in(dir)).toList();

        assertThat(linted).hasSize(2).anySatisfy(p -> assertThat(p).startsWith(dir.resolve(TinyRuleSet.DRL) + ":12:36 ")
                .contains("\"reports.refrom\"", "did you mean \"reports.reform\"?"))
                .anySatisfy(p -> assertThat(p).startsWith(dir.resolve("messages_en.properties") + ":1:50 ")
                        .contains("unknown placeholder {mesured} (did you mean {measured}?)"));
        Consumer<RuleSetException> sameAsLint = e -> assertThat(e.problems()).isEqualTo(linted);
        assertThatThrownBy(() -> new DrlCompiler().compile(dir)).isInstanceOfSatisfying(RuleSetException.class, sameAsLint);
        assertThatThrownBy(() -> FulianRules.builder().rulesFrom(dir).build())
                .isInstanceOfSatisfying(RuleSetException.class, sameAsLint);
        assertThatThrownBy(() -> BundleBuilder.build(dir, jar)).isInstanceOfSatisfying(RuleSetException.class, sameAsLint);
        assertThat(jar).doesNotExist();
    }
}
