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
@Command(name = "watch", mixinStandardHelpOptions = true)
final class WatchCommand implements Callable<Integer> {
    /** How long after a save to wait for the others of the same save (an editor writes a file in steps). */
    private static final long SETTLE_MILLIS = 150;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "dir")
    private Path dir;

    @Option(names = "--data", required = true, paramLabel = "FILE")
    private Path data;

    @Option(names = "--scenarios", paramLabel = "DIR|FILE")
    private Path scenarios;

    /** Stop after N checks (for scripts and tests). */
    @Option(names = "--rounds", hidden = true, paramLabel = "N")
    private long rounds = Long.MAX_VALUE;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Watcher watcher = new Watcher(dir, data, scenarios, Main.language(spec).code(), spec.commandLine().getOut());
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
