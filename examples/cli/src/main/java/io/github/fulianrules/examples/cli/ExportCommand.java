package io.github.fulianrules.examples.cli;

import io.github.fulianrules.FulianRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Writes the bundled rule set into a directory, an analyst's starting point. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the bundled rules (DRL, catalogue, parameters, messages) into DIR to edit.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "where to write the rule set")
    private Path dir;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        FulianRules.exportBundledRules(dir).forEach(out::println);
        out.flush();
        return Main.OK;
    }
}
