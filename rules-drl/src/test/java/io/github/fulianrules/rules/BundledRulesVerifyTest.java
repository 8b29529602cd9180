package io.github.fulianrules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.verify.RuleVerifier;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundled rules pass the allow-list: every class of the kjar, the models it lists in
 * {@code drools-model} and all they use, with no problem.
 */
class BundledRulesVerifyTest {
    private static final String MODEL_INDEX = "META-INF/kie/io.github.fulianrules/fulian-rules-drl/drools-model";

    @Test
    void everyClassOfTheBundledKjarPassesTheVerifier() throws IOException, URISyntaxException {
        Path root = Path.of(getClass().getClassLoader().getResource(MODEL_INDEX).toURI())
                .getParent().getParent().getParent().getParent().getParent();
        Map<String, byte[]> classes = new HashMap<>();
        try (Stream<Path> files = Files.walk(root.resolve("io/github/fulianrules/rules"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                classes.put(root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        List<String> models = Files.readAllLines(root.resolve(MODEL_INDEX), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("io.")).toList();

        List<RuleVerifier.Problem> problems = RuleVerifier.standard().verify(classes);

        assertThat(models).isNotEmpty().allSatisfy(m -> assertThat(classes).containsKey(m.replace('.', '/') + ".class"));
        assertThat(classes).hasSizeGreaterThan(200);
        assertThat(problems).isEmpty();
    }
}
