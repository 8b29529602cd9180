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
 * Rule mutation by DRL text: in an exported copy of the rules, compiled at run time, one line at a
 * time is perturbed, and the scenario suite must fail. The perturbations: each comparison
 * ({@code >=}, {@code >}, {@code <=}, {@code <}) turned into its neighbour ({@code >=} into {@code >}
 * and back, {@code <=} into {@code <} and back); each floor written as a number in an
 * {@code Assessment.atLeast} (FL-1.2b's one meeting, …) one below and one above; each verdict of an
 * {@code Assessment.holds} negated. The thresholds the parameters set are perturbed by
 * {@link ParameterPerturbationTest}, and those compared in {@code rulesupport.Assessment} (shares,
 * per mille, spread, all present) by pitest. A mutant no scenario can tell apart must be listed in
 * {@link #SURVIVING} with the reason. About 10 s of compiling per mutant (1.5 minutes on a loaded
 * machine): not in {@code mvn verify}, run it with {@code mvn -pl rules-drl test -Prule-mutation};
 * {@code -Ddrl.files=task4} keeps the files whose name contains {@code task4}.
 */
@Tag("rule-mutation")
class DrlPerturbationTest {
    private static final Pattern COMPARISON = Pattern.compile("(?<![<>=!\\-])(>=|<=|>|<)(?![<>=])");
    private static final Pattern STRING = Pattern.compile("\"(\\\\.|[^\"\\\\])*\"");
    /** The whole-number floor written as the last argument of {@code Assessment.atLeast(…)}. */
    private static final Pattern AT_LEAST_FLOOR = Pattern.compile("Assessment\\.atLeast\\(.*,\\s*(\\d+)\\)\\);");
    /** {@code Assessment.holds(id, subject, type, } up to the verdict's condition. */
    private static final Pattern HOLDS = Pattern.compile("Assessment\\.holds\\(\"[^\"]+\",[^,]+,[^,]+,\\s*");
    private static final Pattern REQUIREMENT = Pattern.compile("@requirement\\(\"([^\"]+)\"\\)|@data\\(");

    /**
     * Mutants the suite cannot catch, by file and line, with why: equivalent ones (a test here fails
     * once a scenario catches one, to take it off the list). None: the one there was, a {@code >= 0}
     * on days in derived-facts.drl, went when revision 2 counted days in Java ({@code Days.within}).
     */
    static final Map<String, String> SURVIVING = Map.of();

    private static final List<Scenario> SUITE = ScenarioFiles.load(ScenarioSuiteTest.SCENARIOS);

    @TempDir
    static Path exported;

    @TestFactory
    Stream<DynamicTest> everyComparisonThresholdAndVerdictInTheDrlPerturbedFailsTheScenarioSuite() throws IOException {
        ScenarioRunner unperturbed = new ScenarioRunner(Engines.bundled());
        assertThat(SUITE.stream().filter(s -> !unperturbed.run(s).passed()).map(Scenario::name))
                .as("scenarios that fail on the rules as they are, which would catch every perturbation").isEmpty();
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
                String owner = requirement;
                String where = file.getFileName() + ":" + (i + 1);
                for (Mutant mutant : mutants(lines, i)) {
                    String name = where + " " + mutant.change() + " (" + owner + ")";
                    tests.add(DynamicTest.dynamicTest(name,
                            () -> assertCaught(file, lines, mutant, owner, where, name)));
                }
            }
        }
        return tests.stream();
    }

    /** One line of a DRL file changed: which line (from 0), its new text, and the change in words. */
    record Mutant(int index, String mutated, String change) {
    }

    /**
     * The perturbations of line {@code i}: each comparison turned into its neighbour; the whole-number
     * floor of an {@code Assessment.atLeast} one below and one above; the verdict of an
     * {@code Assessment.holds} negated (its condition may start on the next line).
     */
    static List<Mutant> mutants(List<String> lines, int i) {
        List<Mutant> out = new ArrayList<>();
        String line = lines.get(i);
        Matcher m = COMPARISON.matcher(codeOf(line));
        while (m.find()) {
            String to = switch (m.group(1)) {
                case ">=" -> ">";
                case ">" -> ">=";
                case "<=" -> "<";
                default -> "<=";
            };
            out.add(new Mutant(i, line.substring(0, m.start()) + to + line.substring(m.end()),
                    "`" + m.group(1) + "` → `" + to + "`"));
        }
        Matcher floor = AT_LEAST_FLOOR.matcher(line);
        if (floor.find()) {
            long value = Long.parseLong(floor.group(1));
            for (long to : new long[] {value - 1, value + 1}) {
                out.add(new Mutant(i, line.substring(0, floor.start(1)) + to + line.substring(floor.end(1)),
                        "floor " + value + " → " + to));
            }
        }
        Matcher holds = HOLDS.matcher(line);
        if (holds.find()) {
            int at = holds.end();
            int index = i;
            if (line.substring(at).isBlank()) {
                index = i + 1;
                at = lines.get(index).length() - lines.get(index).stripLeading().length();
            }
            String text = lines.get(index);
            int end = endOfArgument(text, at);
            String condition = text.substring(at, end);
            out.add(new Mutant(index, text.substring(0, at) + "!(" + condition + ")" + text.substring(end),
                    "verdict `" + condition + "` negated"));
        }
        return out;
    }

    /** Where the argument starting at {@code from} ends: the first comma (or closing parenthesis) outside parentheses and strings. */
    private static int endOfArgument(String text, int from) {
        String code = codeOf(text);
        int depth = 0;
        for (int k = from; k < code.length(); k++) {
            char c = code.charAt(k);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0 || c == ',' && depth == 0) {
                return k;
            }
        }
        return code.length();
    }

    private static void assertCaught(Path file, List<String> lines, Mutant mutant, String requirement,
                                     String where, String name) throws IOException {
        List<String> copy = new ArrayList<>(lines);
        copy.set(mutant.index(), mutant.mutated());
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
