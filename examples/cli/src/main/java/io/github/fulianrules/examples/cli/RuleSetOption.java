package io.github.fulianrules.examples.cli;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.FulianRulesException;
import io.github.fulianrules.RuleSetException;
import io.github.fulianrules.lint.Linter;
import io.github.fulianrules.lint.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --rules DIR|FILE.jar} and {@code --timeout SECONDS} options of the commands that
 * evaluate: the bundled rules, or those of a directory or a bundle, which a timeout guards against
 * a rule that loops.
 */
final class RuleSetOption {
    /** How long an evaluation with an analyst's rule set may fire when {@code --timeout} is not given. */
    static final long DEFAULT_TIMEOUT_SECONDS = 60;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--rules", paramLabel = "DIR|FILE.jar")
    private Path dir;

    @Option(names = "--timeout", paramLabel = "SECONDS")
    private Long timeoutSeconds;

    /** The engine the options ask for. */
    FulianRules engine() {
        if (timeoutSeconds != null && timeoutSeconds < 1) {
            throw new FulianRulesException(Main.language(command).say("rules.timeoutTooShort", timeoutSeconds));
        }
        if (dir == null && timeoutSeconds == null) {
            return Main.bundledRules(command);
        }
        FulianRules.Builder builder = FulianRules.builder();
        if (dir != null) {
            builder.rulesFrom(dir);
        }
        long seconds = timeoutSeconds != null ? timeoutSeconds : DEFAULT_TIMEOUT_SECONDS;
        try {
            return builder.timeout(Duration.ofSeconds(seconds)).build();
        } catch (RuleSetException refused) {
            throw inRunsLanguage(Main.language(command), dir, refused);
        }
    }

    /**
     * A directory's refusal as lint tells it in the run's language: the engine's own says it in
     * English, as a host's log wants it. Lint finds the same problems (one definition of a valid
     * rule set), and what it compiled is in the compile cache.
     */
    static RuleSetException inRunsLanguage(Language language, Path dir, RuleSetException refused) {
        if (language == Language.EN || !Files.isDirectory(dir)) {
            return refused;
        }
        List<Problem> told = Linter.lint(dir, language.locale());
        return told.isEmpty() ? refused : new RuleSetException(language.say("rules.refused", dir, told.size()),
                told.stream().map(p -> p.in(dir)).toList());
    }

    /**
     * Starts building the engine on another thread and returns how to wait for it: loading the
     * rules and reading the input each take a good part of a cold start, and they don't depend on
     * each other. Whatever the build throws is thrown by {@code get()} unchanged. The thread keeps
     * what it made or what was thrown in a slot made beforehand: out of memory, it has nothing to
     * allocate on the way out (a {@code CompletableFuture} wraps the error in new objects, and an
     * error escaping that was printed by the JVM beside the one line {@link Main} prints).
     */
    Supplier<FulianRules> engineInBackground() {
        return inBackground(this::engine);
    }

    /** {@code build} run on another thread, as {@link #engineInBackground()} runs the options' engine. */
    static Supplier<FulianRules> inBackground(Supplier<FulianRules> build) {
        Object[] outcome = new Object[1];   // the engine, or what building it threw
        Thread loading = new Thread(() -> {
            try {
                outcome[0] = build.get();
            } catch (Throwable e) {
                outcome[0] = e;
            }
        }, "fulian-rules-load");
        loading.setDaemon(true);
        loading.start();
        return () -> {
            boolean interrupted = false;
            while (loading.isAlive()) {
                try {
                    loading.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            Object made = outcome[0];
            if (made instanceof FulianRules engine) {
                return engine;
            }
            if (made instanceof RuntimeException e) {
                throw e;
            }
            if (made instanceof Error e) {
                throw e;   // out of memory, a stack overflow: Main tells it in one line
            }
            throw new IllegalStateException("building the rules ended without an engine", (Throwable) made);
        };
    }
}
