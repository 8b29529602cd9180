package io.github.fulianrules.examples.cli;

import io.github.fulianrules.lint.Linter;
import io.github.fulianrules.lint.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Checks a rule-set directory: compile errors, metadata, parameters, the safety policy. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Checks a rule-set directory and prints every problem as FILE:LINE:COL message; exit 2 on any.")
final class LintCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "the rule-set directory (DRL, catalogue.yaml, parameters.yaml, messages)")
    private Path dir;

    @Override
    public Integer call() {
        List<Problem> problems = Linter.lint(dir);
        PrintWriter out = spec.commandLine().getOut();
        problems.forEach(p -> out.println(dir.resolve(p.file()) + ":" + p.line() + ":" + p.column() + " " + p.message()));
        out.println(problems.isEmpty() ? "ok: " + dir + " has no problems" : problems.size() + " problem(s)");
        out.flush();
        return problems.isEmpty() ? Main.OK : Main.BAD_INPUT;
    }
}
