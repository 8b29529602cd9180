package io.github.fulianrules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.verify.RuleVerifier;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;

/**
 * The bundled rules pass the allow-list: every class of the kjar, the models it lists in
 * {@code drools-model} and all the classes they use, with no problem.
 */
class BundledRulesVerifyTest {
    private static final String MODEL_INDEX = "META-INF/kie/io.github.fulianrules/fulian-rules-drl/drools-model";

    @Test
    void everyClassOfTheBundledKjarPassesTheVerifier() throws IOException, URISyntaxException {
        Path root = Path.of(getClass().getClassLoader().getResource(MODEL_INDEX).toURI())
                .getParent().getParent().getParent().getParent().getParent();
        List<String> models = Files.readAllLines(root.resolve(MODEL_INDEX), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("io.")).toList();
        // The classes the models use, and those they use in turn: what the kjar's build wrote, and
        // not a class an older build left in target/classes.
        Map<String, byte[]> classes = new HashMap<>();
        Deque<String> todo = new ArrayDeque<>(models.stream().map(m -> m.replace('.', '/')).toList());
        while (!todo.isEmpty()) {
            String name = todo.pop();
            Path file = root.resolve(name + ".class");
            if (classes.containsKey(name + ".class") || !name.startsWith("io/github/fulianrules/rules/")
                    || !Files.exists(file)) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(file);
            classes.put(name + ".class", bytes);
            ClassReader reader = new ClassReader(bytes);
            char[] buffer = new char[reader.getMaxStringLength()];
            for (int i = 1; i < reader.getItemCount(); i++) {
                int at = reader.getItem(i);
                if (at > 0 && bytes[at - 1] == 7) {   // CONSTANT_Class
                    todo.add(reader.readUTF8(at, buffer));
                }
            }
        }

        List<RuleVerifier.Problem> problems = RuleVerifier.standard().verify(classes);

        assertThat(models).isNotEmpty().allSatisfy(m -> assertThat(classes).containsKey(m.replace('.', '/') + ".class"));
        assertThat(classes).hasSizeGreaterThan(200);
        assertThat(problems).isEmpty();
    }
}
