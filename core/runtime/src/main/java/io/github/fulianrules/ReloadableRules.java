package io.github.fulianrules;

import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.report.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An engine over a rule-set directory or rule bundle that can be reloaded while it serves. A
 * reload that does not compile, pass the verifier or match the catalogue keeps the last good
 * rules and says why; evaluations
 * in flight finish on the rules they started with, since each takes the engine current when it
 * begins.
 *
 * <pre>{@code
 * ReloadableRules rules = FulianRules.builder().rulesFrom(Path.of("my-rules"))
 *         .timeout(Duration.ofSeconds(5)).maxFacts(500_000).buildReloadable();
 * Report r = rules.evaluate(district);
 * ReloadableRules.Outcome o = rules.reload();   // after an analyst's edit
 * if (!o.reloaded()) log.warn("kept the last good rules: {}", o.problems());
 *
 * // or reload whenever a file of the directory changes:
 * try (AutoCloseable watching = rules.watch(Duration.ofMillis(500), outcome -> ...)) { ... }
 * }</pre>
 */
public final class ReloadableRules {
    private static final Logger LOG = LoggerFactory.getLogger(ReloadableRules.class);

    private final Path dir;
    private final Supplier<FulianRules> loader;
    private final AtomicReference<FulianRules> current;

    /** Loads with {@code loader} now and at every reload; the first load must succeed. */
    ReloadableRules(Path dir, Supplier<FulianRules> loader) {
        this.dir = dir;
        this.loader = loader;
        this.current = new AtomicReference<>(loader.get());
    }

    /**
     * Loads {@code dir}, a directory or a bundle, with the default limits; it must be good the first
     * time (throws {@link RuleSetException}). For a timeout, a fact limit or parameter overrides, use
     * {@link FulianRules.Builder#buildReloadable()}.
     */
    public static ReloadableRules from(Path dir) {
        return FulianRules.builder().rulesFrom(dir).buildReloadable();
    }

    /** The engine to use now. */
    public FulianRules current() {
        return current.get();
    }

    /** Evaluates {@code data} with the rules current when it starts; a reload meanwhile doesn't touch it. */
    public Report evaluate(DistrictData data) {
        return current().evaluate(data);
    }

    /**
     * What a reload did.
     *
     * @param reloaded whether the new rules are now served
     * @param problems why not, one problem a line
     */
    public record Outcome(boolean reloaded, List<String> problems) {
    }

    /** Loads the directory again; on any problem keeps serving the last good rules. One reload at a time. */
    public synchronized Outcome reload() {
        try {
            current.set(loader.get());
            LOG.info("Reloaded the rules of {}", dir);
            return new Outcome(true, List.of());
        } catch (RuleSetException e) {
            List<String> problems = e.problems().isEmpty() ? List.of(e.getMessage()) : e.problems();
            LOG.warn("Reload of {} failed, serving the last good rules: {} problem(s)", dir, problems.size());
            return new Outcome(false, problems);
        }
    }

    /**
     * Reloads whenever a file of the directory (or of a folder in it; for a bundle, of the bundle's
     * folder) is created, changed or deleted, once the directory has been quiet for {@code quietPeriod}: an editor's save, or a
     * copy of several files, gives one reload. Each outcome goes to {@code onReload}, on the
     * watching thread. Close the returned handle to stop watching.
     *
     * @throws UncheckedIOException when the directory cannot be watched
     */
    public AutoCloseable watch(Duration quietPeriod, Consumer<Outcome> onReload) {
        WatchService service;
        try {
            service = FileSystems.getDefault().newWatchService();
            if (Files.isRegularFile(dir)) {
                register(dir.toAbsolutePath().getParent(), service);   // a bundle: its folder
            } else {
                try (Stream<Path> folders = Files.walk(dir)) {
                    for (Path folder : folders.filter(Files::isDirectory).toList()) {
                        register(folder, service);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + dir, e);
        }
        Thread watcher = new Thread(() -> watchLoop(service, quietPeriod, onReload), "fulian-rules-watch " + dir);
        watcher.setDaemon(true);
        watcher.start();
        return () -> {
            service.close();
            watcher.join(TimeUnit.SECONDS.toMillis(10));
        };
    }

    private void watchLoop(WatchService service, Duration quietPeriod, Consumer<Outcome> onReload) {
        try {
            while (true) {
                drain(service.take(), service);
                // Wait until nothing has changed for the quiet period, then reload once.
                WatchKey next;
                while ((next = service.poll(quietPeriod.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    drain(next, service);
                }
                Outcome outcome = reload();
                try {
                    onReload.accept(outcome);
                } catch (RuntimeException e) {
                    LOG.warn("The reload listener of {} failed: {}", dir, e.toString());
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            LOG.debug("Stopped watching {}", dir);
        }
    }

    private void drain(WatchKey key, WatchService service) {
        for (var event : key.pollEvents()) {
            if (event.context() instanceof Path name && key.watchable() instanceof Path folder) {
                Path changed = folder.resolve(name);
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                    try {
                        register(changed, service);
                    } catch (IOException e) {
                        LOG.warn("Cannot watch the new folder {}: {}", changed, e.getMessage());
                    }
                }
            }
        }
        key.reset();
    }

    private static void register(Path folder, WatchService service) throws IOException {
        folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
    }
}
