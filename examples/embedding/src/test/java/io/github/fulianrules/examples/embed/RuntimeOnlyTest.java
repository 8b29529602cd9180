package io.github.fulianrules.examples.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.RuleSetException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A host with the runtime alone: it evaluates, and an authoring call says which artifact it needs. */
class RuntimeOnlyTest {
    @Test
    void theDrlCompilerIsNotOnAHostsClassPath() {
        assertThat(isPresent("org.drools.model.codegen.ExecutableModelProject")).isFalse();
        assertThat(isPresent("org.eclipse.jdt.internal.compiler.Compiler")).isFalse();
        assertThat(isPresent("io.github.fulianrules.lint.Linter")).isFalse();
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
