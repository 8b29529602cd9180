package io.github.fulianrules.examples.cli;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.FulianRulesException;
import io.github.fulianrules.authoring.CompileCache;
import io.github.fulianrules.input.InputException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

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
 * Output is UTF-8, in one language for the whole run: {@code --lang zh|en}, else the locale's
 * (see {@link Language}); the help and every sentence come from the bundles {@code Help} and
 * {@code Messages}.
 */
@Command(name = "fulian-rules", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        resourceBundle = Language.HELP)
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

    /** The options that ask for other rules than the bundled ones as they are, or for no evaluation. */
    private static final Set<String> OTHER_RULES_OR_NO_RUN = Set.of("--rules", "--timeout", "-h", "--help",
            "-V", "--version");

    @Spec
    private CommandSpec spec;

    /** Every command takes it; {@link Language#of} has read it from the arguments before picocli parses them. */
    @Option(names = "--lang", paramLabel = "zh|en", scope = ScopeType.INHERIT)
    private Language lang;

    /** This run's language, decided by {@link Language#of} before the help is built. */
    private final Language language;

    /** The bundled rules, for a command that evaluates with them: already loading, or loaded when asked. */
    private final Supplier<FulianRules> bundledRules;

    Main(Language language, Supplier<FulianRules> bundledRules) {
        this.language = language;
        this.bundledRules = bundledRules;
    }

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
        return execute(System.getenv(), out, err, args);
    }

    /** {@link #execute(PrintWriter, PrintWriter, String...)} with {@code env} for the environment (its locale). */
    static int execute(Map<String, String> env, PrintWriter out, PrintWriter err, String... args) {
        Language language = Language.of(List.of(args), env);
        Supplier<FulianRules> bundledRules = evaluatesWithBundledRules(args)
                ? RuleSetOption.inBackground(FulianRules::bundled) : FulianRules::bundled;
        CommandLine cli = commandLine(new Main(language, bundledRules), args)
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler((e, arguments) -> usageError(e, language))
                .setExecutionExceptionHandler((e, command, parsed) -> {
                    PrintWriter to = command.getErr();
                    int code = failed(e, language, to);
                    to.flush();
                    return code;
                });
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            err.println(exhausted(e, language));
            code = BAD_INPUT;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** The language of this run, for the command of {@code spec}. */
    static Language language(CommandSpec spec) {
        return ((Main) spec.root().userObject()).language;
    }

    /** The bundled rules, for the command of {@code spec}. */
    static FulianRules bundledRules(CommandSpec spec) {
        return ((Main) spec.root().userObject()).bundledRules.get();
    }

    /**
     * Whether {@code args} check or explain a district with the bundled rules. Their rules then
     * start loading while picocli builds the command, a tenth of a second of a cold start: that
     * took 25-55 ms off a start (docs/performance.md, "The eighth pass: cold start"). Any other
     * command line loads what it asks for when its command runs.
     */
    static boolean evaluatesWithBundledRules(String... args) {
        String named = commandNamed(args);
        return ("check".equals(named) || "explain".equals(named))
                && Arrays.stream(args).map(a -> a.split("=", 2)[0]).noneMatch(OTHER_RULES_OR_NO_RUN::contains);
    }

    /** Tells {@code e}, thrown by a command, on {@code to} and returns the exit code. */
    private static int failed(Exception e, Language language, PrintWriter to) {
        if (e instanceof InputException input) {
            input.lines().forEach(to::println);   // every problem at its place, then how many more
            return BAD_INPUT;
        }
        if (e instanceof ReportOutput.CannotWrite w) {
            to.println(language.say("error.failed", w.in(language)));
            return BAD_INPUT;
        }
        if (e instanceof FulianRulesException) {
            to.println(language.say("error.failed", e.getMessage()));
            return BAD_INPUT;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError || t instanceof StackOverflowError) {
                to.println(exhausted(t, language));
                return BAD_INPUT;
            }
        }
        to.println(language.say("error.internal", e));
        e.printStackTrace(to);
        return INTERNAL_ERROR;
    }

    /**
     * The command line for {@code args}, in {@code language}: with only the subcommand that {@code args} name first, when
     * they name one, else with all (for the usage, a suggestion, {@code --version}). Picocli builds
     * each subcommand's model from its annotations, a tenth of a second of a cold start for all of
     * them; what a run does not use is not built.
     */
    static CommandLine commandLine(Language language, String... args) {
        return commandLine(new Main(language, FulianRules::bundled), args);
    }

    private static CommandLine commandLine(Main main, String... args) {
        CommandLine cli = new CommandLine(main);
        String named = commandNamed(args);
        for (Class<?> command : COMMANDS) {
            if (named == null || nameOf(command).equals(named)) {
                cli.addSubcommand(command);
            }
        }
        // After the subcommands: picocli hands the bundle to the commands it has.
        return cli.setResourceBundle(ResourceBundle.getBundle(Language.HELP, main.language.locale()));
    }

    /** The first word of {@code args} that names a command ({@code --lang zh} may come before it), or null. */
    private static String commandNamed(String... args) {
        return Arrays.stream(args).filter(a -> COMMANDS.stream().anyMatch(c -> nameOf(c).equals(a)))
                .findFirst().orElse(null);
    }

    private static String nameOf(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    /**
     * The one line for {@code error}, an {@link OutOfMemoryError} or a {@link StackOverflowError}:
     * what rules, a rule set or an input can exhaust ends a run with exit 2 and this, not a stack trace.
     */
    static String exhausted(Throwable error, Language language) {
        return language.say(error instanceof OutOfMemoryError ? "error.outOfMemory" : "error.stackOverflow");
    }

    /**
     * A mistake on the command line: its line in the run's language, then the suggestions picocli
     * has for a misspelt option or command, else the command's usage; exit 2. Picocli's own
     * sentences are kept in English and put in Chinese for the mistakes people make: an unknown
     * option, a missing one, a value that does not fit. A command's own refusal is already in the
     * run's language.
     */
    private static int usageError(ParameterException e, Language language) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(language == Language.EN ? e.getMessage() : inChinese(e));
        List<String> suggestions = e instanceof UnmatchedArgumentException u ? u.getSuggestions() : List.of();
        if (suggestions.isEmpty()) {
            command.usage(err);
        } else {
            err.println(language.say("usage.didYouMean", String.join(", ", suggestions)));
        }
        err.flush();
        return BAD_INPUT;
    }

    private static String inChinese(ParameterException e) {
        if (e instanceof UnmatchedArgumentException u) {
            return Language.ZH.say("usage.unknown", u.getUnmatched().stream().map(a -> "'" + a + "'").collect(Collectors.joining(" ")));
        }
        if (e instanceof MissingParameterException m) {
            return Language.ZH.say("usage.missing", m.getMissing().stream().map(Main::named).collect(Collectors.joining(", ")));
        }
        if (e instanceof OverwrittenOptionException o) {
            return Language.ZH.say("usage.twice", named(o.getOverwritten()));
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return Language.ZH.say("usage.invalid", named(e.getArgSpec()), e.getValue(), e.getArgSpec().paramLabel());
        }
        return e.getMessage();
    }

    /** An option by its longest name, a parameter by its label. */
    private static String named(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
    }

    /** Without a subcommand: the usage, as a usage error. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), language.say("usage.commandNeeded"));
    }

    /** The version from the jar's manifest, when there is one. */
    static final class Version implements CommandLine.IVersionProvider {
        @Spec
        private CommandSpec spec;

        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {v == null ? language(spec).say("version.development") : "fulian-rules " + v};
        }
    }
}
