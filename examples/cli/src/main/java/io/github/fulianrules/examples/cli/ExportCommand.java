package io.github.fulianrules.examples.cli;

import io.github.fulianrules.FulianRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Writes the bundled rule set into a directory, an analyst's starting point; never over her edits. */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "dir")
    private Path dir;

    @Option(names = "--force")
    private boolean force;

    @Override
    public Integer call() throws IOException {
        Language language = Main.language(spec);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (force && holdsFiles(dir)) {
            Path backup = backupName(dir);
            Files.move(dir, backup);
            out.println(language.say("export.kept", dir, backup));
        }
        try {
            FulianRules.exportBundledRules(dir).forEach(out::println);
        } catch (DirectoryNotEmptyException e) {
            err.println(language.say("export.refused", dir, dir.getFileName()));
            err.flush();
            return Main.BAD_INPUT;
        }
        out.flush();
        return Main.OK;
    }

    private static boolean holdsFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (var entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        }
    }

    /** A name beside {@code dir} that is free: {@code DIR.backup-STAMP}, then {@code -2}, {@code -3}… */
    private static Path backupName(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        String base = absolute.getFileName() + ".backup-" + LocalDateTime.now().format(STAMP);
        Path backup = absolute.resolveSibling(base);
        for (int i = 2; Files.exists(backup, LinkOption.NOFOLLOW_LINKS); i++) {
            backup = absolute.resolveSibling(base + "-" + i);
        }
        return backup;
    }
}
