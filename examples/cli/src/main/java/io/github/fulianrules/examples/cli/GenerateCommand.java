package io.github.fulianrules.examples.cli;

import io.github.fulianrules.FulianRulesException;
import io.github.fulianrules.examples.generate.NationGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code generate --districts N --seed S --out FILE}: a synthetic nation as JSON lines, the same bytes for the same seed. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes N synthetic districts (2025), one JSON district per line, for benchmarks and tests.")
final class GenerateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--districts", required = true, paramLabel = "N", description = "how many districts (2800 for the nation)")
    private int districts;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "the random seed (default 1)")
    private long seed;

    @Option(names = "--scale", defaultValue = "full", paramLabel = "small|full",
            description = "full: 10-20 sub-districts and 100-300 communities each (default); small: 1-3 and 2-8")
    private NationGenerator.Scale scale;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the JSON-lines file to write; - for standard output")
    private Path out;

    @Option(names = "--next-out", paramLabel = "FILE",
            description = "also write the same districts one year later, some findings rectified and some new (seeded), to FILE")
    private Path nextOut;

    @Override
    public Integer call() {
        if (districts < 0) {
            throw new ParameterException(spec.commandLine(), "--districts must not be negative: " + districts);
        }
        NationGenerator nation = new NationGenerator(seed, scale);
        if (nextOut != null) {
            if ("-".equals(out.toString()) || "-".equals(nextOut.toString())) {
                throw new ParameterException(spec.commandLine(), "with --next-out both periods go to files, not to standard output");
            }
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
                 OutputStream next = new BufferedOutputStream(Files.newOutputStream(nextOut), 1 << 16)) {
                nation.write(districts, file, next);
            } catch (IOException e) {
                throw new FulianRulesException(out + ", " + nextOut + ": cannot write: " + e, e);
            }
            return Main.OK;
        }
        try {
            if ("-".equals(out.toString())) {
                OutputStream stdout = new BufferedOutputStream(System.out, 1 << 16);
                nation.write(districts, stdout);
                stdout.flush();
            } else {
                try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
                    nation.write(districts, file);
                }
            }
        } catch (IOException e) {
            throw new FulianRulesException(out + ": cannot write: " + e, e);
        }
        return Main.OK;
    }
}
