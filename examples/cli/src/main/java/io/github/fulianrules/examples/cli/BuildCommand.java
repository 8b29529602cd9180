package io.github.fulianrules.examples.cli;

import io.github.fulianrules.RuleSetException;
import io.github.fulianrules.build.BundleBuilder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code build DIR --out FILE.jar}: compiles and verifies a rule set once, into a bundle that loads without compiling. */
@Command(name = "build", mixinStandardHelpOptions = true)
final class BuildCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "dir")
    private Path dir;

    @Option(names = "--out", required = true, paramLabel = "FILE.jar")
    private Path out;

    @Override
    public Integer call() {
        BundleBuilder.Built built;
        try {
            built = BundleBuilder.build(dir, out);
        } catch (RuleSetException refused) {
            throw RuleSetOption.inRunsLanguage(Main.language(spec), dir, refused);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(Main.language(spec).say("build.written", built.bundle(), built.rules(), built.sha256()));
        stdout.flush();
        return Main.OK;
    }
}
