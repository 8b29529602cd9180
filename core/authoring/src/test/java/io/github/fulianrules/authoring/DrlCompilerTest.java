package io.github.fulianrules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.RuleSetException;
import io.github.fulianrules.internal.DrlSource;
import io.github.fulianrules.internal.ModelClasses;
import io.github.fulianrules.testing.TinyRuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DRL compiler of a rule-set directory: what it refuses, and how, before and after compiling. */
class DrlCompilerTest {
    private static final String UNKNOWN_FIELD = TinyRuleSet.RULE.replace("level == Level.DISTRICT", "levl == Level.DISTRICT");

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

        assertThatThrownBy(() -> new DrlCompiler().compile(missing)).isInstanceOf(RuleSetException.class)
                .hasMessage("not a directory: " + missing);
    }

    @Test
    void aDirectoryWithoutDrlFilesIsRefused() {
        Map<String, String> files = TinyRuleSet.files();
        files.put("reports.DRL", files.remove(TinyRuleSet.DRL));

        assertThatThrownBy(() -> new DrlCompiler().compile(write(files))).isInstanceOf(RuleSetException.class)
                .hasMessage("no .drl files in " + dir);
    }

    @Test
    void aRuleFileThatIsNotUtf8IsRefused() throws IOException {
        TinyRuleSet.writeTo(dir);
        Files.write(dir.resolve(TinyRuleSet.DRL), new byte[] {'r', 'u', 'l', 'e', ' ', (byte) 0xff});

        assertThat(thrownBy(dir).getMessage()).startsWith("cannot read " + dir.resolve(TinyRuleSet.DRL) + ": ");
    }

    @Test
    void theDataFilesAreReadBeforeAnyCompiling() {
        Map<String, String> files = TinyRuleSet.files();
        files.remove("messages_en.properties");
        files.put(TinyRuleSet.DRL, UNKNOWN_FIELD);

        RuleSetException e = thrownBy(write(files));

        assertThat(e.getMessage()).startsWith("the data files of " + dir + " cannot be read");
        assertThat(e.problems()).singleElement().asString()
                .startsWith(dir.resolve("messages_en.properties") + ": missing");
    }

    @Test
    void rulesThatBreakThePoliciesAreRefusedBeforeCompiling() {
        Map<String, String> files = TinyRuleSet.files();
        files.put(TinyRuleSet.DRL, UNKNOWN_FIELD.replace("then\n", "then\n    System.exit(3);\n"));
        files.put("other.drl", "package io.github.fulianrules.rules;\nglobal java.util.List out;\n");

        RuleSetException e = thrownBy(write(files));

        assertThat(e.getMessage()).startsWith("the rules of " + dir + " break the safety policy:");
        assertThat(e.problems()).containsExactly("other.drl:2:1 declares a global, which rules may not use: a rule reads"
                        + " facts, not the host's objects",
                "reports.drl:14:5 " + RULE + " uses System, " + POLICY, "reports.drl:14:12 " + RULE + " uses exit, " + POLICY);
    }

    @Test
    void aCompileErrorIsRefusedAtItsPlaceInTheRuleSet() {
        RuleSetException e = thrownBy(write(Map.of(TinyRuleSet.DRL, UNKNOWN_FIELD, "catalogue.yaml", TinyRuleSet.CATALOGUE,
                "parameters.yaml", TinyRuleSet.PARAMETERS, "messages_en.properties", TinyRuleSet.MESSAGES_EN,
                "messages_zh.properties", TinyRuleSet.MESSAGES_ZH)));

        assertThat(e).isInstanceOf(DrlCompiler.CompileException.class);
        assertThat(e.getMessage()).startsWith("the rules in " + dir + " do not compile:");
        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("reports.drl:10:16 "));
        assertThat(DrlCompiler.lastErrors(e)).isNotEmpty().allSatisfy(error -> {
            assertThat(error.file()).isEqualTo("reports.drl");
            assertThat(error.line()).isEqualTo(10);
            assertThat(error.column()).isEqualTo(16);
        }).anySatisfy(error -> assertThat(error.text()).contains("levl"));
    }

    @Test
    void anotherProblemIsOneErrorWithoutAPlace() {
        RuleSetException e = new RuleSetException("no rules", List.of());

        assertThat(DrlCompiler.lastErrors(e)).containsExactly(new DrlCompiler.CompileError(null, -1, -1, "no rules"));
    }

    @Test
    void theSameRulesAreCompiledOnceAndAnewOnlyWhenAsked() throws IOException {
        TinyRuleSet.writeTo(dir);
        List<DrlSource> sources = List.of(DrlSource.read(dir, dir.resolve(TinyRuleSet.DRL)));

        ModelClasses first = DrlCompiler.compile(dir, sources);

        assertThat(DrlCompiler.compile(dir, List.of(new DrlSource(TinyRuleSet.DRL, TinyRuleSet.RULE)))).isSameAs(first);
        assertThat(first.classes()).isNotEmpty().allSatisfy((name, bytes) -> {
            assertThat(name).endsWith(".class").doesNotStartWith("org/drools/project/model/");
            assertThat(bytes).isNotEmpty();
        });
        assertThat(first.models()).isNotEmpty();
        ModelClasses again = DrlCompiler.compileAnew(dir, sources);
        assertThat(again).isNotSameAs(first);
        assertThat(again.classes()).containsOnlyKeys(first.classes().keySet());
        assertThat(DrlCompiler.compile(dir, sources)).isSameAs(first);
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
    void theRuleFilesAreThoseNamedDrlAtAnyDepthInNameOrder() throws IOException {
        for (String name : List.of("b.drl", "a.drl", "sub/c.drl", "d.DRL", "e.drl.txt", "sub/f.txt")) {
            Files.createDirectories(dir.resolve(name).getParent());
            Files.writeString(dir.resolve(name), "");
        }

        assertThat(DrlCompiler.drlFiles(dir)).containsExactly(dir.resolve("a.drl"), dir.resolve("b.drl"), dir.resolve("sub/c.drl"));
    }

    @Test
    void aCompileErrorDroolsPlacesIsAtItsFileRelativeToTheRuleSet() {
        Map<String, String> files = TinyRuleSet.files();
        files.put(TinyRuleSet.DRL, TinyRuleSet.RULE.replace("Federation(level", "Federaton(level"));

        RuleSetException e = thrownBy(write(files));

        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("reports.drl:10:"));
    }
}
