package io.github.fulianrules.examples.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code watch DIR --data FILE [--scenarios DIR]}: one warm JVM that checks again on every save. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Keeps the rule set of DIR loaded and, on every save under DIR, of the district file or of the "
                + "scenarios, checks again: prints the rule set's problems as lint does, the findings that are new (+), "
                + "gone (-) or changed (~), and the scenarios that fail. Saving parameters.yaml or a messages file does "
                + "not compile the DRL again. Stop it with Ctrl-C.")
final class WatchCommand implements Callable<Integer> {
    /** How long after a save to wait for the others of the same save (an editor writes a file in steps). */
    private static final long SETTLE_MILLIS = 150;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "the rule-set directory")
    private Path dir;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "the district file to check (JSON)")
    private Path data;

    @Option(names = "--scenarios", paramLabel = "DIR|FILE", description = "scenario files to run on every save")
    private Path scenarios;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en", description = "language of the findings (default zh)")
    private String lang;

    @Option(names = "--rounds", hidden = true, paramLabel = "N", description = "stop after N checks (for scripts and tests)")
    private long rounds = Long.MAX_VALUE;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Watcher watcher = new Watcher(dir, data, scenarios, "en".equals(lang) ? "en" : "zh", spec.commandLine().getOut());
        watcher.round();
        if (rounds <= 1) {
            return Main.OK;
        }
        try (WatchService service = FileSystems.getDefault().newWatchService()) {
            List<Path> watched = new ArrayList<>();
            watched.add(dir);
            watched.add(data.toAbsolutePath().getParent());
            if (scenarios != null) {
                watched.add(Files.isDirectory(scenarios) ? scenarios : scenarios.toAbsolutePath().getParent());
            }
            for (Path root : watched) {
                register(service, root);
            }
            for (long round = 1; round < rounds; round++) {
                WatchKey key = service.take();
                do {
                    key.pollEvents();
                    key.reset();
                    key = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
                } while (key != null);
                // A folder made since is watched too.
                for (Path root : watched) {
                    register(service, root);
                }
                watcher.round();
            }
        }
        return Main.OK;
    }

    /** Watches {@code root} and every folder under it (registering one twice is harmless). */
    private static void register(WatchService service, Path root) throws IOException {
        try (Stream<Path> folders = Files.walk(root)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }
}
