package io.github.fulianrules.testkit;

import io.github.fulianrules.FulianRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Builds the engine {@link RulesUnderTest} names, once per rule set and parameters for the whole run,
 * and injects it into parameters of type {@link FulianRules}; a {@code @Nested} class without its own
 * annotation uses that of the class it is nested in. With {@code @ExtendWith(RulesExtension.class)}
 * and no {@link RulesUnderTest}, the bundled rules.
 */
public final class RulesExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RulesExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == FulianRules.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Config config = context.getTestClass().flatMap(RulesExtension::annotation)
                .map(a -> new Config(a.value(), List.of(a.parameters())))
                .orElse(new Config("", List.of()));
        // The root store: one engine per rule set and parameters for the whole run, kept until it ends.
        Object engine = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(config, Config::build);
        if (engine instanceof RuntimeException e) {
            throw e;
        }
        return engine;
    }

    /** The class's {@link RulesUnderTest}, or that of the class it is nested in (a {@code @Nested} test class). */
    private static Optional<RulesUnderTest> annotation(Class<?> testClass) {
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            Optional<RulesUnderTest> found = AnnotationSupport.findAnnotation(c, RulesUnderTest.class);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The rules and parameters a test class names: the key of its engine. */
    private record Config(String rules, List<String> parameters) {
        /** The engine, or the exception that says why it cannot be built (kept, so that each test reports it). */
        Object build() {
            try {
                FulianRules.Builder builder = FulianRules.builder();
                if (!rules.isEmpty()) {
                    Path path = Path.of(rules);
                    if (!Files.exists(path)) {
                        throw new ParameterResolutionException("@RulesUnderTest(\"" + rules + "\"): no such bundle or"
                                + " directory in " + Path.of("").toAbsolutePath());
                    }
                    builder.rulesFrom(path);
                }
                for (String p : parameters) {
                    int eq = p.indexOf('=');
                    if (eq < 1) {
                        throw new ParameterResolutionException("@RulesUnderTest parameter \"" + p
                                + "\" is not name=value, e.g. districtPartTimeViceChairsMin=3");
                    }
                    builder.parameter(p.substring(0, eq).strip(), Long.parseLong(p.substring(eq + 1).strip()));
                }
                return builder.build();
            } catch (NumberFormatException e) {
                return new ParameterResolutionException("@RulesUnderTest parameters " + parameters
                        + ": a value is not a whole number: " + e.getMessage());
            } catch (RuntimeException e) {
                return e;
            }
        }
    }
}
