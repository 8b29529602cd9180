package io.github.fulianrules.examples.cli;

import io.github.fulianrules.lint.Linter;
import io.github.fulianrules.lint.Problem;
import io.github.fulianrules.lint.Sarif;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Checks a rule-set directory: compile errors, metadata, parameters, the safety policy. */
@Command(name = "lint", mixinStandardHelpOptions = true)
final class LintCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "dir")
    private Path dir;

    @Option(names = "--format", paramLabel = "text|sarif", defaultValue = "text")
    private String format;

    @Override
    public Integer call() {
        Language language = Main.language(spec);
        if (!List.of("text", "sarif").contains(format)) {
            throw new ParameterException(spec.commandLine(), language.say("usage.formatTwo", "--format", "text", "sarif", format));
        }
        List<Problem> problems = Linter.lint(dir, language.locale());
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("sarif")) {
            out.print(Sarif.of(dir, problems));
            out.flush();
            return problems.isEmpty() ? Main.OK : Main.BAD_INPUT;
        }
        problems.forEach(p -> out.println(p.in(dir)));
        out.println(problems.isEmpty() ? language.say("lint.clean", dir) : language.say("lint.problems", problems.size()));
        out.flush();
        return problems.isEmpty() ? Main.OK : Main.BAD_INPUT;
    }
}
