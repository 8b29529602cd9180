package io.github.fulianrules.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rules a test class runs: the engine is built once and handed to every constructor, lifecycle,
 * test and test-factory method that asks for a {@link io.github.fulianrules.FulianRules} parameter.
 *
 * <pre>{@code
 * @RulesUnderTest                                        // the bundled rules
 * class VicechairTest {
 *     @Test
 *     void threeAreOneShort(FulianRules engine) { ... }
 * }
 *
 * @RulesUnderTest(value = "target/our-rules.jar", parameters = "districtPartTimeViceChairsMin=3")
 * class OurBundleTest { ... }
 * }</pre>
 *
 * Test classes that name the same rules and parameters share one engine for the whole run (it is
 * immutable and thread-safe); a rule set that cannot be loaded fails each test of the class with its
 * problems.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(RulesExtension.class)
public @interface RulesUnderTest {
    /**
     * The rule set, relative to the working directory (the module's, under Maven): a rule bundle
     * ({@code .jar}, made by {@code build}), or a directory of DRL, which needs {@code fulian-rules-authoring}
     * on the test class path to compile it. Empty: the bundled rules of {@code fulian-rules-drl}.
     */
    String value() default "";

    /** Parameter overrides, each {@code name=value}, e.g. {@code "districtPartTimeViceChairsMin=3"}. */
    String[] parameters() default {};
}
