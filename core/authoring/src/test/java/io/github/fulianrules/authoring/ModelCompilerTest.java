package io.github.fulianrules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.RuleSetException;
import io.github.fulianrules.internal.DrlSource;
import io.github.fulianrules.internal.ModelClasses;
import io.github.fulianrules.testing.TinyRuleSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiler of DRL texts to classes: its errors at their places, and the last compile kept. */
class ModelCompilerTest {
    @TempDir
    Path dir;

    private static RuleSetException thrownBy(Path dir, String drl) {
        try {
            ModelCompiler.compileAnew(dir, List.of(new DrlSource(TinyRuleSet.DRL, drl)));
        } catch (RuleSetException e) {
            return e;
        }
        throw new AssertionError("compiled");
    }

    @Test
    void aCompileErrorIsRefusedWithEachErrorAsDroolsGivesIt() {
        RuleSetException e = thrownBy(dir, TinyRuleSet.RULE.replace("level == Level.DISTRICT", "levl == Level.DISTRICT"));

        assertThat(e).isInstanceOf(ModelCompiler.CompileException.class);
        assertThat(e.getMessage()).startsWith("the rules in " + dir + " do not compile:");
        assertThat(ModelCompiler.lastErrors(e)).isNotEmpty().anySatisfy(error -> assertThat(error.text()).contains("levl"));
    }

    @Test
    void aCompileErrorDroolsPlacesIsAtItsFileRelativeToTheRuleSet() {
        RuleSetException e = thrownBy(dir, TinyRuleSet.RULE.replace("Federation(level", "Federaton(level"));

        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("reports.drl:"));
    }

    @Test
    void anotherProblemIsOneErrorWithoutAPlace() {
        RuleSetException e = new RuleSetException("no rules", List.of());

        assertThat(ModelCompiler.lastErrors(e)).containsExactly(new ModelCompiler.CompileError(null, -1, -1, "no rules"));
    }

    @Test
    void theSameRulesAreCompiledOnceAndAnewOnlyWhenAsked() throws IOException {
        TinyRuleSet.writeTo(dir);
        List<DrlSource> sources = List.of(DrlSource.read(dir, dir.resolve(TinyRuleSet.DRL)));

        ModelClasses first = ModelCompiler.compile(dir, sources);

        assertThat(ModelCompiler.compile(dir, List.of(new DrlSource(TinyRuleSet.DRL, TinyRuleSet.RULE)))).isSameAs(first);
        assertThat(first.classes()).isNotEmpty().allSatisfy((name, bytes) -> {
            assertThat(name).endsWith(".class").doesNotStartWith("org/drools/project/model/");
            assertThat(bytes).isNotEmpty();
        });
        assertThat(first.models()).isNotEmpty();
        ModelClasses again = ModelCompiler.compileAnew(dir, sources);
        assertThat(again).isNotSameAs(first);
        assertThat(again.classes()).containsOnlyKeys(first.classes().keySet());
        assertThat(ModelCompiler.compile(dir, sources)).isSameAs(first);
    }
}
