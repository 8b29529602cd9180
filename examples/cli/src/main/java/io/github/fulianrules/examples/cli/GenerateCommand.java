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
@Command(name = "generate", mixinStandardHelpOptions = true)
final class GenerateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--districts", required = true, paramLabel = "N")
    private int districts;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S")
    private long seed;

    @Option(names = "--scale", defaultValue = "full", paramLabel = "small|full")
    private NationGenerator.Scale scale;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    private Path out;

    @Option(names = "--next-out", paramLabel = "FILE")
    private Path nextOut;

    @Override
    public Integer call() {
        Language language = Main.language(spec);
        if (districts < 0) {
            throw new ParameterException(spec.commandLine(), language.say("generate.negative", districts));
        }
        NationGenerator nation = new NationGenerator(seed, scale);
        if (nextOut != null) {
            if ("-".equals(out.toString()) || "-".equals(nextOut.toString())) {
                throw new ParameterException(spec.commandLine(), language.say("generate.nextOutToFiles"));
            }
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
                 OutputStream next = new BufferedOutputStream(Files.newOutputStream(nextOut), 1 << 16)) {
                nation.write(districts, file, next);
            } catch (IOException e) {
                throw new FulianRulesException(language.say("generate.cannotWrite", out + ", " + nextOut, e), e);
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
            throw new FulianRulesException(language.say("generate.cannotWrite", out, e), e);
        }
        return Main.OK;
    }
}
