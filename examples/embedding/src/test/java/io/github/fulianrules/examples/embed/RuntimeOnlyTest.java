package io.github.fulianrules.examples.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.RuleSetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A host with the runtime alone (and the test kit in test scope): it evaluates, and an authoring call says which artifact it needs. */
class RuntimeOnlyTest {
    @Test
    void theDrlCompilerIsNotOnAHostsClassPath() {
        assertThat(isPresent("org.drools.model.codegen.ExecutableModelProject")).isFalse();
        assertThat(isPresent("org.eclipse.jdt.internal.compiler.Compiler")).isFalse();
        assertThat(isPresent("io.github.fulianrules.lint.Linter")).isFalse();
        assertThat(isPresent("com.github.javaparser.StaticJavaParser")).isFalse();
        assertThat(isPresent("org.drools.drl.parser.DrlParser")).isFalse();
    }

    /**
     * The test kit brings no compiler either: a host's test class path with fulian-rules-drl and
     * fulian-rules-test holds no jar of ecj, javaparser, the model generator or the DRL parser, and the
     * kit's scenario runner, assertions and JUnit extension are there. Prints the jars and MiB for the docs.
     */
    @Test
    void theTestKitBringsNoCompilerToTheTestClassPath() throws Exception {
        assertThat(isPresent("io.github.fulianrules.scenario.ScenarioRunner")).isTrue();
        assertThat(isPresent("io.github.fulianrules.testkit.RulesExtension")).isTrue();
        List<Path> jars = Stream.of(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                        .split(java.io.File.pathSeparator))
                .map(Path::of).filter(p -> p.toString().endsWith(".jar")).toList();
        assertThat(jars).extracting(p -> p.getFileName().toString())
                .isNotEmpty()
                .noneMatch(name -> name.startsWith("drools-ecj") || name.startsWith("ecj-")
                        || name.startsWith("javaparser") || name.startsWith("drools-model-codegen")
                        || name.startsWith("drools-drl-parser") || name.startsWith("fulian-rules-authoring"));
        long bytes = 0;
        for (Path jar : jars) {
            bytes += Files.size(jar);
        }
        System.out.printf("test class path: %d jars, %.1f MiB%n", jars.size(), bytes / 1024.0 / 1024.0);
    }

    @Test
    void rulesFromADirectoryNameTheAuthoringArtifact(@TempDir Path dir) throws Exception {
        FulianRules.exportBundledRules(dir);

        assertThatThrownBy(() -> FulianRules.builder().rulesFrom(dir).build())
                .isInstanceOf(RuleSetException.class)
                .hasMessageStartingWith("the rules in " + dir + " are DRL, which the runtime does not compile: "
                        + "add io.github.fulianrules:fulian-rules-authoring to the class path");
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, RuntimeOnlyTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
