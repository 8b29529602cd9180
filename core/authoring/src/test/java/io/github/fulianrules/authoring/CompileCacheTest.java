package io.github.fulianrules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.internal.DrlSource;
import io.github.fulianrules.internal.ModelClasses;
import io.github.fulianrules.internal.RuleBundle;
import io.github.fulianrules.lint.Linter;
import io.github.fulianrules.lint.RuleSetDirectory;
import io.github.fulianrules.testing.TinyRuleSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiled rules kept between runs: a rule set compiled once is not compiled again in a new
 * JVM, and an entry is untrusted: one not holding the texts asked for, changed or writable by others
 * is passed over, and what one holds goes through the verifier like freshly compiled classes.
 */
class CompileCacheTest {
    @TempDir
    Path temp;

    private Path cacheDir;
    private Path rules;

    @BeforeEach
    void cacheInTemp() {
        cacheDir = temp.resolve("cache");
        rules = TinyRuleSet.writeTo(temp.resolve("rules"));
        System.setProperty(CompileCache.PROPERTY, cacheDir.toString());
        ModelCompiler.forgetLastCompile();
    }

    @AfterEach
    void noCache() {
        System.clearProperty(CompileCache.PROPERTY);
        ModelCompiler.forgetLastCompile();
    }

    /** Lint of the rule set in a JVM that compiled nothing yet: how many compilations it took. */
    private long compilationsOfColdLint(Path dir) {
        ModelCompiler.forgetLastCompile();
        long before = ModelCompiler.compilations();
        Linter.Linted linted = Linter.check(RuleSetDirectory.read(dir));
        assertThat(linted.problems()).isEmpty();
        assertThat(linted.classes()).isNotNull();
        return ModelCompiler.compilations() - before;
    }

    private static List<DrlSource> sources(Path dir) {
        return RuleSetDirectory.read(dir).sources();
    }

    private Path onlyEntry() throws IOException {
        try (var list = Files.list(cacheDir)) {
            List<Path> entries = list.toList();
            assertThat(entries).hasSize(1);
            return entries.get(0);
        }
    }

    @Test
    void aRuleSetCompiledOnceIsReadFromTheCacheInTheNextRun() throws IOException {
        assertThat(compilationsOfColdLint(rules)).isEqualTo(1);
        Path entry = onlyEntry();

        assertThat(compilationsOfColdLint(rules)).isZero();
        ModelCompiler.forgetLastCompile();
        long before = ModelCompiler.compilations();
        FulianRules engine = FulianRules.builder().rulesFrom(rules).build();
        assertThat(ModelCompiler.compilations()).isEqualTo(before);
        assertThat(engine.evaluate(TinyRuleSet.district(1)).findings())
                .anySatisfy(f -> assertThat(f.requirementId()).isEqualTo("FL-1.1a"));
        assertThat(onlyEntry()).isEqualTo(entry);
        assertThat(Files.getPosixFilePermissions(cacheDir)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void aRuleSetOfManyFilesIsFoundWhateverTheOrderItsEntryKeepsThemIn() {
        Map<String, String> files = TinyRuleSet.files();
        for (String name : List.of("a", "m", "q", "z", "b0", "task9")) {
            files.put(name + ".drl", "package io.github.fulianrules.rules;\n\n// " + name + ": no rule yet\n");
        }
        Path many = TinyRuleSet.writeTo(temp.resolve("many"), files);

        assertThat(compilationsOfColdLint(many)).isEqualTo(1);
        assertThat(compilationsOfColdLint(many)).isZero();
    }

    @Test
    void anEditedDrlFileIsCompiledAnewAndKeptBesideTheFirst() throws IOException {
        compilationsOfColdLint(rules);
        Map<String, String> files = TinyRuleSet.files();
        files.put(TinyRuleSet.DRL, TinyRuleSet.RULE.replace("$min : value", "$min : value) // edited\n    eval(true"));
        Path edited = TinyRuleSet.writeTo(temp.resolve("edited"), files);

        assertThat(compilationsOfColdLint(edited)).isEqualTo(1);
        try (var list = Files.list(cacheDir)) {
            assertThat(list.count()).isEqualTo(2);
        }
    }

    @Test
    void anEntryHoldingOtherTextsThanItsNameSaysIsPassedOver() throws IOException {
        compilationsOfColdLint(rules);
        Path entry = onlyEntry();
        RuleBundle kept = RuleBundle.read(entry);
        Map<String, byte[]> files = new TreeMap<>(kept.files());
        files.put(TinyRuleSet.DRL, (TinyRuleSet.RULE + "\n// another text\n").getBytes(StandardCharsets.UTF_8));
        new RuleBundle(kept.classes(), files).write(entry);

        assertThat(compilationsOfColdLint(rules)).isEqualTo(1);
    }

    @Test
    void anEntryChangedAfterItWasWrittenIsPassedOver() throws IOException {
        compilationsOfColdLint(rules);
        Path entry = onlyEntry();
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 1;
        Files.write(entry, bytes);

        assertThat(compilationsOfColdLint(rules)).isEqualTo(1);
    }

    @Test
    void anEntryOthersMayWriteIsPassedOver() throws IOException {
        compilationsOfColdLint(rules);
        Files.setPosixFilePermissions(onlyEntry(), PosixFilePermissions.fromString("rw-rw-rw-"));

        assertThat(compilationsOfColdLint(rules)).isEqualTo(1);
    }

    @Test
    void whatAnEntryHoldsGoesThroughTheVerifierAsCompiledClassesDo() {
        // Classes the verifier refuses, kept under the name of the good rule set's texts: as a
        // hand-made entry would be. Lint compiles nothing and still refuses them.
        String evil = TinyRuleSet.RULE.replace("insertLogical(", "System.exit(3);\n    insertLogical(");
        ModelClasses refused = ModelCompiler.compileAnew(rules, List.of(new DrlSource(TinyRuleSet.DRL, evil)));
        CompileCache.configured().orElseThrow().store(sources(rules), refused);
        ModelCompiler.forgetLastCompile();
        long before = ModelCompiler.compilations();

        Linter.Linted linted = Linter.check(RuleSetDirectory.read(rules));

        assertThat(ModelCompiler.compilations()).isEqualTo(before);
        assertThat(linted.classes()).isNull();
        assertThat(linted.problems()).isNotEmpty().anySatisfy(p -> assertThat(p.toString()).contains("System.exit"));
    }

    @Test
    void theCacheKeepsTheEntriesUsedLast() throws IOException {
        Files.createDirectories(cacheDir);
        for (int i = 0; i < CompileCache.KEPT + 4; i++) {
            Path old = Files.writeString(cacheDir.resolve("old-" + i + ".jar"), "an entry of long ago");
            Files.setLastModifiedTime(old, FileTime.fromMillis(1_000_000L * (i + 1)));
        }

        compilationsOfColdLint(rules);

        try (var list = Files.list(cacheDir)) {
            List<String> kept = list.map(p -> p.getFileName().toString()).toList();
            assertThat(kept).hasSize(CompileCache.KEPT).doesNotContain("old-0.jar", "old-4.jar").contains("old-19.jar")
                    .contains(CompileCache.configured().orElseThrow().entry(sources(rules)).getFileName().toString());
        }
    }

    @Test
    void theToolsCacheIsUnderTheUsersCacheDirectoryUnlessTheEnvironmentSaysOtherwise() {
        assertThat(CompileCache.defaultLocation(Map.of(), "/home/a")).isEqualTo("/home/a/.cache/fulian-rules/compiled");
        assertThat(CompileCache.defaultLocation(Map.of("XDG_CACHE_HOME", "/var/c"), "/home/a"))
                .isEqualTo("/var/c/fulian-rules/compiled");
        assertThat(CompileCache.defaultLocation(Map.of(CompileCache.ENVIRONMENT, "off"), "/home/a")).isEqualTo("off");
    }

    @Test
    void withoutTheSettingNothingIsKept() {
        System.clearProperty(CompileCache.PROPERTY);

        assertThat(compilationsOfColdLint(rules)).isEqualTo(1);
        assertThat(compilationsOfColdLint(rules)).isEqualTo(1);
        assertThat(cacheDir).doesNotExist();
    }
}
