package io.github.fulianrules.examples.cli;

import io.github.fulianrules.scenario.JunitXml;
import io.github.fulianrules.scenario.Scenario;
import io.github.fulianrules.scenario.ScenarioFiles;
import io.github.fulianrules.scenario.ScenarioResult;
import io.github.fulianrules.scenario.ScenarioRunner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Runs scenario files and prints pass or fail per scenario with the differences, each with its explanation. */
@Command(name = "test", mixinStandardHelpOptions = true)
final class TestCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR|FILE", descriptionKey = "scenarios")
    private Path scenarios;

    @Mixin
    private RuleSetOption rules;

    @Option(names = "--format", paramLabel = "text|junit", defaultValue = "text")
    private String format;

    @Override
    public Integer call() {
        Language language = Main.language(spec);
        PrintWriter out = spec.commandLine().getOut();
        if (!List.of("text", "junit").contains(format)) {
            throw new ParameterException(spec.commandLine(), language.say("usage.formatTwo", "--format", "text", "junit", format));
        }
        // The scenarios first: a mistake in them is told before the rules are compiled.
        List<Scenario> loaded = ScenarioFiles.load(scenarios, Main.language(spec).locale());
        List<ScenarioResult> results = new ScenarioRunner(rules.engine(), language.locale()).run(loaded);
        long failures = results.stream().filter(r -> !r.passed()).count();
        if (format.equals("junit")) {
            out.print(JunitXml.of(results));
        } else {
            printText(out, results, failures, language);
        }
        out.flush();
        return failures == 0 ? Main.OK : Main.VIOLATIONS;
    }

    private static void printText(PrintWriter out, List<ScenarioResult> results, long failures, Language language) {
        for (ScenarioResult r : results) {
            out.println(language.say(r.passed() ? "test.pass" : "test.fail", r.scenario().source(), r.scenario().name()));
            for (String d : r.differences()) {
                // A difference may carry its explanation on the lines that follow it.
                out.println("       " + d.replace("\n", "\n       "));
            }
        }
        out.println(language.say("test.summary", results.size() - failures, failures));
    }
}
