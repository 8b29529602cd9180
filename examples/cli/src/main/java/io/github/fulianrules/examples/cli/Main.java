package io.github.fulianrules.examples.cli;

import io.github.fulianrules.FulianRulesException;
import io.github.fulianrules.authoring.CompileCache;
import io.github.fulianrules.input.InputException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code fulian-rules} command: checks a district against the reform plan.
 *
 * <pre>
 * java -jar fulian-rules-cli.jar check district.json [--format text|json] [--lang zh|en]
 * </pre>
 *
 * <p>Exit codes, for scripts and CI: {@value #OK} no open violation (waived ones don't count),
 * {@value #VIOLATIONS} open violations, {@value #BAD_INPUT} bad input or usage (one line on
 * stderr, no stack trace), {@value #INTERNAL_ERROR} an internal error (a bug: please report it).
 * Output is UTF-8.
 */
@Command(name = "fulian-rules", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Checks a district Women's Federation against the 2018 reform plan.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no open violation (waived violations don't count)",
            "1:open violations",
            "2:bad input or usage",
            "3:internal error"})
public final class Main implements Runnable {
    /** No open violation. */
    public static final int OK = 0;
    /** At least one violation that is not waived. */
    public static final int VIOLATIONS = 1;
    /** The input could not be read, or the command line is wrong. */
    public static final int BAD_INPUT = 2;
    /** Something failed that should not have: a bug. */
    public static final int INTERNAL_ERROR = 3;

    /** The subcommands, in the order the usage lists them. */
    static final List<Class<?>> COMMANDS = List.of(CheckCommand.class, RulesCommand.class, LintCommand.class,
            TestCommand.class, ExplainCommand.class, ExportCommand.class, BuildCommand.class, CoverageCommand.class,
            GenerateCommand.class, ImpactCommand.class, DiffCommand.class, TemplateCommand.class, ConvertCommand.class,
            WatchCommand.class);

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // What an analyst's DRL compiled to is kept between runs (see CompileCache); a host's own setting wins.
        if (System.getProperty(CompileCache.PROPERTY) == null) {
            System.setProperty(CompileCache.PROPERTY, CompileCache.defaultLocation(System.getenv(), System.getProperty("user.home")));
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(execute(out, err, args));
    }

    /** Runs the command with {@code args}, writing to {@code out} and {@code err}; returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine(args)
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, command, parsed) -> {
                    PrintWriter to = command.getErr();
                    if (e instanceof InputException) {
                        to.println(e.getMessage());
                        to.flush();
                        return BAD_INPUT;
                    }
                    if (e instanceof FulianRulesException) {
                        to.println("fulian-rules: " + e.getMessage());
                        to.flush();
                        return BAD_INPUT;
                    }
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        if (t instanceof OutOfMemoryError || t instanceof StackOverflowError) {
                            to.println(exhausted(t));
                            to.flush();
                            return BAD_INPUT;
                        }
                    }
                    to.println("fulian-rules: internal error: " + e);
                    e.printStackTrace(to);
                    to.flush();
                    return INTERNAL_ERROR;
                });
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            err.println(exhausted(e));
            code = BAD_INPUT;
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The command line for {@code args}: with only the subcommand that {@code args} name first, when
     * they name one, else with all (for the usage, a suggestion, {@code --version}). Picocli builds
     * each subcommand's model from its annotations, a tenth of a second of a cold start for all of
     * them; what a run does not use is not built.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new Main());
        String named = args.length == 0 ? null : args[0];
        boolean one = COMMANDS.stream().anyMatch(c -> nameOf(c).equals(named));
        for (Class<?> command : COMMANDS) {
            if (!one || nameOf(command).equals(named)) {
                cli.addSubcommand(command);
            }
        }
        return cli;
    }

    private static String nameOf(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    /**
     * The one line for {@code error}, an {@link OutOfMemoryError} or a {@link StackOverflowError}:
     * what rules, a rule set or an input can exhaust ends a run with exit 2 and this, not a stack trace.
     */
    static String exhausted(Throwable error) {
        return "fulian-rules: " + (error instanceof OutOfMemoryError
                ? "ran out of memory: the rules or the input make more than the memory holds (-Xmx)"
                : "nested too deep (a stack overflow): the rules or the input nest without bound");
    }

    /** Without a subcommand: the usage, as a usage error. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed, e.g. check FILE");
    }

    /** The version from the jar's manifest, when there is one. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"fulian-rules " + (v == null ? "(development build)" : v)};
        }
    }
}
