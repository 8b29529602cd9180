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
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule mutation by DRL text: in an exported copy of the rules, compiled at run time, one place at a
 * time is perturbed, and the scenario suite must fail. The perturbations: each comparison
 * ({@code >=}, {@code >}, {@code <=}, {@code <}) turned into its neighbour ({@code >=} into {@code >}
 * and back, {@code <=} into {@code <} and back); each floor written as a number in an
 * {@code Assessment.atLeast} (FL-1.2b's one activity, …) one below and one above; each verdict of an
 * {@code Assessment.holds} negated; each list of missing items of an {@code Assessment.allPresent}
 * taken as none. The thresholds the parameters set are perturbed by
 * {@link ParameterPerturbationTest}, and those compared in {@code rulesupport.Assessment} (shares,
 * per mille, spread, all present) by pitest. A mutant no scenario can tell apart must be listed in
 * {@link #SURVIVING} with the reason. A few seconds of compiling per mutant (44 in 4.6 minutes at a
 * load of 15 on 2 cores): not in {@code mvn verify}, run it with {@code mvn -pl rules-drl test -Prule-mutation};
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
    /** {@code Assessment.allPresent(id, subject, type, } up to the items missing. */
    private static final Pattern ALL_PRESENT = Pattern.compile("Assessment\\.allPresent\\(\"[^\"]+\",[^,]+,[^,]+,\\s*");
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

    /** Lines of a DRL file changed: their new text from line {@code index} (from 0) on, and the change in words. */
    private record Mutant(int index, List<String> mutated, String change) {
    }

    /**
     * The perturbations that start on line {@code i}: each comparison turned into its neighbour; the
     * whole-number floor of an {@code Assessment.atLeast} one below and one above; the verdict of an
     * {@code Assessment.holds} negated; the missing items of an {@code Assessment.allPresent} taken
     * as none.
     */
    private static List<Mutant> mutants(List<String> lines, int i) {
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
            out.add(new Mutant(i, List.of(line.substring(0, m.start()) + to + line.substring(m.end())),
                    "`" + m.group(1) + "` → `" + to + "`"));
        }
        Matcher floor = AT_LEAST_FLOOR.matcher(line);
        if (floor.find()) {
            long value = Long.parseLong(floor.group(1));
            for (long to : new long[] {value - 1, value + 1}) {
                out.add(new Mutant(i, List.of(line.substring(0, floor.start(1)) + to + line.substring(floor.end(1))),
                        "floor " + value + " → " + to));
            }
        }
        Matcher holds = HOLDS.matcher(line);
        if (holds.find()) {
            out.add(replaceArgument(lines, i, holds.end(), c -> "!(" + c + ")", "verdict `%s` negated"));
        }
        Matcher allPresent = ALL_PRESENT.matcher(line);
        if (allPresent.find()) {
            out.add(replaceArgument(lines, i, allPresent.end(), c -> "java.util.List.of()", "nothing missing: `%s` → none"));
        }
        return out;
    }

    /**
     * The argument that starts on line {@code i} at {@code at}, and may go on over the next lines,
     * replaced by {@code how}; the lines keep their number, so that the others keep theirs.
     */
    private static Mutant replaceArgument(List<String> lines, int i, int at, UnaryOperator<String> how, String change) {
        String text = String.join("\n", lines.subList(i, lines.size()));
        String code = lines.subList(i, lines.size()).stream().map(DrlPerturbationTest::codeOf)
                .collect(Collectors.joining("\n"));
        int end = endOfArgument(code, at);
        String argument = text.substring(at, end);
        String replaced = how.apply(argument);
        int breaks = lineBreaks(argument);
        List<String> mutated = List.of((text.substring(0, at) + replaced + "\n".repeat(breaks - lineBreaks(replaced))
                + text.substring(end)).split("\n", -1)).subList(0, breaks + 1);
        return new Mutant(i, mutated, change.formatted(argument.strip().replaceAll("\\s+", " ")));
    }

    private static int lineBreaks(String text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }

    /** Where the argument starting at {@code from} of {@code code} ends: the first comma or closing parenthesis outside parentheses. */
    private static int endOfArgument(String code, int from) {
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
        for (int k = 0; k < mutant.mutated().size(); k++) {
            copy.set(mutant.index() + k, mutant.mutated().get(k));
        }
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
