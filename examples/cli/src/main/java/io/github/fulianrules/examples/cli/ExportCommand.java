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
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the bundled rules (DRL, catalogue, parameters, messages) into DIR to edit, with the "
                + "scenarios they pass in DIR/scenarios. DIR must be new or empty, unless --force.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the rule set is written", "2:DIR holds files already (see --force), or cannot be written"})
final class ExportCommand implements Callable<Integer> {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "where to write the rule set")
    private Path dir;

    @Option(names = "--force", description = "replace the files of a DIR that holds some: DIR is first moved aside, "
            + "whole, to DIR.backup-YYYYMMDD-HHMMSS, which is named")
    private boolean force;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (force && holdsFiles(dir)) {
            Path backup = backupName(dir);
            Files.move(dir, backup);
            out.println("kept what was in " + dir + " as " + backup);
        }
        try {
            FulianRules.exportBundledRules(dir).forEach(out::println);
        } catch (DirectoryNotEmptyException e) {
            err.println("fulian-rules: " + dir + " holds files already, which export would overwrite: export into a new"
                    + " folder, or add --force to move it aside first (kept whole as " + dir.getFileName()
                    + ".backup-YYYYMMDD-HHMMSS)");
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
