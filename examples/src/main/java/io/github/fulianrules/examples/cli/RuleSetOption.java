package io.github.fulianrules.examples.cli;

import io.github.fulianrules.FulianRules;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** The {@code --rules DIR} option of the commands that evaluate: the bundled rules, or those of a directory. */
final class RuleSetOption {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "evaluate with the rule set of DIR (see export, lint) instead of the bundled rules")
    private Path dir;

    /** The engine the option asks for. */
    FulianRules engine() {
        return dir == null ? FulianRules.bundled() : FulianRules.builder().rulesFrom(dir).build();
    }

    /**
     * Starts building the engine on another thread and returns how to wait for it: loading the
     * rules and reading the input each take a good part of a cold start, and they don't depend on
     * each other. Whatever the build throws is thrown by {@code get()} unchanged.
     */
    Supplier<FulianRules> engineInBackground() {
        CompletableFuture<FulianRules> loading = CompletableFuture.supplyAsync(this::engine, r -> {
            Thread t = new Thread(r, "fulian-rules-load");
            t.setDaemon(true);
            t.start();
        });
        return () -> {
            try {
                return loading.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        };
    }
}
