package io.github.fulianrules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.RuleSession;
import io.github.fulianrules.RuleSetException;
import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Person;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A person's name is personal data: whatever the engine logs at INFO (slf4j-simple at its default
 * level, writing to standard error, is this module's test provider) names no person of the input,
 * nor do the messages of the errors a host would log.
 */
class PersonalDataLoggingTest {
    private static final Path SAMPLE = Path.of("..", "examples", "sample", "district.json");

    @Test
    void infoLoggingNamesNoPerson(@TempDir Path dir) throws IOException {
        assertThat(LoggerFactory.getLogger(getClass()).isInfoEnabled()).as("the provider logs at INFO").isTrue();
        DistrictData sample = DistrictReader.read(SAMPLE);
        List<DistrictData> generated = Districts.sample(10);
        List<String> errors = new ArrayList<>();

        String logged = capturingStandardError(() -> {
            FulianRules engine = FulianRules.bundled();
            engine.evaluate(sample);
            generated.forEach(engine::evaluate);
            engine.explain(sample, "FL-4.1a", sample.federations().get(1).id());
            try (RuleSession session = engine.openSession(sample.period())) {
                sample.facts().forEach(session::insert);
                session.findings();
                Person first = sample.people().get(0);
                session.retract(first);
                errors.add(catchMessage(() -> session.retract(first)));   // no longer in the session
            }
            errors.add(catchMessage(() -> brokenRuleSet(dir)));
        });

        List<String> names = names(sample, generated);
        assertThat(names).hasSizeGreaterThan(100);
        assertThat(logged).as("something was logged at INFO").contains("Loaded rule set");
        assertThat(errors).hasSize(2).doesNotContainNull();
        assertThat(errors.get(1)).startsWith(RuleSetException.class.getName());
        for (String name : names) {
            assertThat(logged).doesNotContain(name);
            assertThat(errors).allSatisfy(e -> assertThat(e).doesNotContain(name));
        }
    }

    @Test
    void aPersonPrintsWithoutTheName() {
        Person p = new Person("p1", "王芳", null, true, "sd1", null, null, false);

        assertThat(p.toString()).contains("p1").contains("(not shown)").doesNotContain("王芳");
    }

    private static List<String> names(DistrictData sample, List<DistrictData> generated) {
        List<String> names = new ArrayList<>();
        sample.people().stream().map(Person::name).filter(Objects::nonNull).forEach(names::add);
        generated.forEach(d -> d.people().stream().map(Person::name).filter(Objects::nonNull).forEach(names::add));
        return names.stream().distinct().collect(Collectors.toList());
    }

    private static void brokenRuleSet(Path dir) throws IOException {
        FulianRules.exportBundledRules(dir);
        Path task = dir.resolve("task5-service-innovation.drl");
        Files.writeString(task, Files.readString(task).replace("@requirement(\"FL-5.1a\")", "@requirement(\"FL-5.9z\")"));
        FulianRules.builder().rulesFrom(dir).build();   // throws: FL-5.9z is not in the catalogue
    }

    private interface Action {
        void run() throws Exception;
    }

    private static String catchMessage(Action action) {
        try {
            action.run();
            return null;
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static String capturingStandardError(Action action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            System.setErr(original);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        original.print(text);
        return text;
    }
}
