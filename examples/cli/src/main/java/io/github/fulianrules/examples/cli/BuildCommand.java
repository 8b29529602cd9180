package io.github.fulianrules.examples.cli;

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
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Compiles the rule set of DIR, checks it as a load does (lint, the verifier, the catalogue) and "
                + "writes a rule bundle, which check, test and hosts load with --rules FILE.jar without compiling.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the bundle is written", "2:the rule set has problems (listed), or FILE cannot be written"})
final class BuildCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "the rule-set directory")
    private Path dir;

    @Option(names = "--out", required = true, paramLabel = "FILE.jar", description = "where to write the bundle")
    private Path out;

    @Override
    public Integer call() {
        BundleBuilder.Built built = BundleBuilder.build(dir, out);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(built.bundle() + ": " + built.rules() + " rules, SHA-256 " + built.sha256());
        stdout.flush();
        return Main.OK;
    }
}
