package io.github.fulianrules.examples.cli;

import io.github.fulianrules.scenario.ScenarioFiles;
import io.github.fulianrules.scenario.ScenarioResult;
import io.github.fulianrules.scenario.ScenarioRunner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Runs scenario files and prints pass or fail per scenario with the differences. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Runs scenario files (a file or every .yaml/.json under a directory); exit 1 on any failure.")
final class TestCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR|FILE", description = "scenario file or directory")
    private Path scenarios;

    @Mixin
    private RuleSetOption rules;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<ScenarioResult> results = new ScenarioRunner(rules.engine()).run(ScenarioFiles.load(scenarios));
        int failed = 0;
        for (ScenarioResult r : results) {
            out.println((r.passed() ? "PASS " : "FAIL ") + r.scenario().source() + ": " + r.scenario().name());
            for (String d : r.differences()) {
                out.println("       " + d);
            }
            failed += r.passed() ? 0 : 1;
        }
        out.println((results.size() - failed) + " passed, " + failed + " failed");
        out.flush();
        return failed == 0 ? Main.OK : Main.VIOLATIONS;
    }
}
