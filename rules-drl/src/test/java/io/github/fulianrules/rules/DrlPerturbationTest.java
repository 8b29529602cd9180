package io.github.fulianrules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.scenario.Scenario;
import io.github.fulianrules.scenario.ScenarioFiles;
import io.github.fulianrules.scenario.ScenarioRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule mutation by DRL text: each comparison ({@code >=}, {@code >}, {@code <=}, {@code <}) written
 * in the bundled DRL is turned, one at a time, into its neighbour ({@code >=} into {@code >} and back,
 * {@code <=} into {@code <} and back) in an exported copy of the rules, which is compiled at run time
 * and must fail the scenario suite. The thresholds the plan sets are compared in
 * {@code rulesupport.Assessment} (mutated by pitest) and fed by parameters
 * ({@link ParameterPerturbationTest}); these are the comparisons left in the DRL itself. A mutant no
 * scenario can tell apart must be listed in {@link #SURVIVING} with the reason. About 10 s of
 * compiling per mutant (1.5 minutes on a loaded machine): not in {@code mvn verify}, run it with
 * {@code mvn -pl rules-drl test -Prule-mutation}; {@code -Ddrl.files=task4} keeps the files whose
 * name contains {@code task4}.
 */
@Tag("rule-mutation")
class DrlPerturbationTest {
    private static final Pattern COMPARISON = Pattern.compile("(?<![<>=!\\-])(>=|<=|>|<)(?![<>=])");
    private static final Pattern STRING = Pattern.compile("\"(\\\\.|[^\"\\\\])*\"");
    private static final String EMPTY_BODY = "no scenario can say that an empty body is not judged: the format checks findings and met subjects, and an empty body judged as met adds neither (the DATA finding EMPTY_BODY stays)";
    private static final Pattern REQUIREMENT = Pattern.compile("@requirement\\(\"([^\"]+)\"\\)|@data\\(");

    /**
     * Mutants the suite does not catch, by file and line, with why: equivalent ones, and known gaps
     * of the scenario format (a test here fails once a scenario catches one, to take it off the list).
     */
    static final Map<String, String> SURVIVING = Map.of(
            "derived-facts.drl:57", "equivalent: leaving out activities of zero days does not change the sum of days",
            "task2-leadership-bodies.drl:15", "gap: " + EMPTY_BODY,
            "task2-leadership-bodies.drl:26", "gap: " + EMPTY_BODY,
            "task2-leadership-bodies.drl:37", "gap: " + EMPTY_BODY,
            "task2-leadership-bodies.drl:58", "gap: an empty congress has every delegate in contact, so it is judged met;"
                    + " no scenario can say that it is not judged (see FL-2.1a)");

    private static final List<Scenario> SUITE = ScenarioFiles.load(ScenarioSuiteTest.SCENARIOS);

    @TempDir
    static Path exported;

    @TestFactory
    Stream<DynamicTest> everyComparisonInTheDrlTurnedToItsNeighbourFailsTheScenarioSuite() throws IOException {
        List<Path> files = FulianRules.exportBundledRules(exported).stream()
                .filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files) {
            if (!file.getFileName().toString().contains(System.getProperty("drl.files", ""))) {
                continue;
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String requirement = "DATA";
            for (int i = 0; i < lines.size(); i++) {
                Matcher req = REQUIREMENT.matcher(lines.get(i));
                if (req.find()) {
                    requirement = req.group(1) == null ? "DATA" : req.group(1);
                }
                String code = codeOf(lines.get(i));
                Matcher m = COMPARISON.matcher(code);
                while (m.find()) {
                    String where = file.getFileName() + ":" + (i + 1);
                    String to = switch (m.group(1)) {
                        case ">=" -> ">";
                        case ">" -> ">=";
                        case "<=" -> "<";
                        default -> "<=";
                    };
                    String line = lines.get(i);
                    String mutated = line.substring(0, m.start()) + to + line.substring(m.end());
                    String owner = requirement;
                    String name = where + " `" + m.group(1) + "` → `" + to + "` (" + owner + ")";
                    int index = i;
                    tests.add(DynamicTest.dynamicTest(name, () -> assertCaught(file, lines, index, mutated, owner, where, name)));
                }
            }
        }
        return tests.stream();
    }

    private static void assertCaught(Path file, List<String> lines, int index, String mutated, String requirement,
                                     String where, String name) throws IOException {
        List<String> copy = new ArrayList<>(lines);
        copy.set(index, mutated);
        Files.write(file, copy, StandardCharsets.UTF_8);
        Optional<Scenario> caught;
        try {
            FulianRules rules = FulianRules.builder().rulesFrom(exported).build();
            ScenarioRunner runner = new ScenarioRunner(rules);
            caught = SUITE.stream()
                    .sorted(Comparator.comparing((Scenario s) -> !s.requirementIds().contains(requirement)))
                    .filter(s -> !runner.run(s).passed()).findFirst();
        } finally {
            Files.write(file, lines, StandardCharsets.UTF_8);
        }
        System.out.println("| " + name + " | " + caught.map(s -> s.source().replaceFirst(".*scenarios/", "")
                + " “" + s.name() + "”").orElse("survives: " + SURVIVING.getOrDefault(where, "NOT LISTED")) + " |");
        if (SURVIVING.containsKey(where)) {
            assertThat(caught).as("a mutant listed as surviving that a scenario now catches").isEmpty();
        } else {
            assertThat(caught).as("a scenario that fails").isPresent();
        }
    }

    /** The line without its strings and its comment. */
    private static String codeOf(String line) {
        Matcher s = STRING.matcher(line);
        StringBuilder out = new StringBuilder();
        while (s.find()) {
            s.appendReplacement(out, Matcher.quoteReplacement("\"" + "_".repeat(s.group().length() - 2) + "\""));
        }
        s.appendTail(out);
        int comment = out.indexOf("//");
        return comment < 0 ? out.toString() : out.substring(0, comment) + " ".repeat(out.length() - comment);
    }
}
