package io.github.fulianrules.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.RuleSetException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Rules a test class names that cannot be loaded fail each of its tests with the reason, and the class
 * is run once per test that asks (the engine itself, built once per rule set, is tested by the hosts'
 * tests of examples/embedding, which have rules to load). The classes below are run by the launcher,
 * not by Maven (nested classes are not discovered by surefire).
 */
class RulesExtensionTest {
    @RulesUnderTest("no-such-rules.jar")
    static class MissingBundle {
        @Test
        void first(FulianRules engine) {
            assertThat(engine).isNotNull();
        }

        @Test
        void second(FulianRules engine) {
            assertThat(engine).isNotNull();
        }
    }

    @RulesUnderTest("no-such-rules.jar")
    static class Outer {
        @org.junit.jupiter.api.Nested
        class Inner {
            @Test
            void test(FulianRules engine) {
                assertThat(engine).isNotNull();
            }
        }
    }

    @RulesUnderTest(value = "src/test/java", parameters = "districtPartTimeViceChairsMin")
    static class ParameterWithoutValue {
        @Test
        void test(FulianRules engine) {
            assertThat(engine).isNotNull();
        }
    }

    @RulesUnderTest(value = "src/test/java", parameters = "districtPartTimeViceChairsMin=four")
    static class ParameterNotANumber {
        @Test
        void test(FulianRules engine) {
            assertThat(engine).isNotNull();
        }
    }

    @RulesUnderTest("src/test/java")
    static class DrlWithoutAuthoring {
        @Test
        void test(FulianRules engine) {
            assertThat(engine).isNotNull();
        }
    }

    private static List<Throwable> failures(Class<?> testClass) {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build(),
                listener);
        assertThat(listener.getSummary().getTestsSucceededCount()).isZero();
        return listener.getSummary().getFailures().stream().map(TestExecutionSummary.Failure::getException).toList();
    }

    @Test
    void aBundleThatIsNotThereFailsEveryTestWithTheWorkingDirectory() {
        List<Throwable> failures = failures(MissingBundle.class);

        assertThat(failures).hasSize(2).allSatisfy(f -> assertThat(f).isInstanceOf(ParameterResolutionException.class)
                .hasMessage("@RulesUnderTest(\"no-such-rules.jar\"): no such bundle or directory in "
                        + Path.of("").toAbsolutePath()));
    }

    @Test
    void aNestedClassUsesTheRulesOfTheClassItIsNestedIn() {
        assertThat(failures(Outer.class)).singleElement().asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.THROWABLE)
                .hasMessageStartingWith("@RulesUnderTest(\"no-such-rules.jar\"): no such bundle or directory in ");
    }

    @Test
    void aParameterIsNameEqualsAWholeNumber() {
        assertThat(failures(ParameterWithoutValue.class)).singleElement().asInstanceOf(
                        org.assertj.core.api.InstanceOfAssertFactories.THROWABLE)
                .hasMessage("@RulesUnderTest parameter \"districtPartTimeViceChairsMin\" is not name=value,"
                        + " e.g. districtPartTimeViceChairsMin=3");
        assertThat(failures(ParameterNotANumber.class)).singleElement().asInstanceOf(
                        org.assertj.core.api.InstanceOfAssertFactories.THROWABLE)
                .hasMessage("@RulesUnderTest parameters [districtPartTimeViceChairsMin=four]: a value is not a whole"
                        + " number: For input string: \"four\"");
    }

    @Test
    void aDirectoryOfDrlNeedsTheAuthoringArtifact() {
        assertThat(failures(DrlWithoutAuthoring.class)).singleElement().asInstanceOf(
                        org.assertj.core.api.InstanceOfAssertFactories.THROWABLE)
                .hasMessageContaining("Failed to resolve parameter")
                .hasRootCauseInstanceOf(RuleSetException.class)
                .hasRootCauseMessage("the rules in src/test/java are DRL, which the runtime does not compile: add"
                        + " io.github.fulianrules:fulian-rules-authoring to the class path");
    }
}
