package io.github.fulianrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export}: never over an analyst's edits, the scenarios with the rules, files the group can read. */
class ExportCommandTest {
    private static final String EDIT = "      - {from: 2025-01-01, value: 17}\n";

    @TempDir
    Path work;

    /** The permissions of a file made here as any program makes one: what the umask allows. */
    static Set<PosixFilePermission> ordinary(Path dir) throws IOException {
        Path probe = Files.writeString(dir.resolve(".permissions-probe"), "");
        try {
            return Files.getPosixFilePermissions(probe);
        } finally {
            Files.delete(probe);
        }
    }

    @Test
    void theRulesComeWithTheirScenariosInFilesAsReadableAsAnyOther() throws IOException {
        Path rules = work.resolve("rules");

        CliRun run = CliRun.of("export", rules.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.OK);
        assertThat(run.out().lines()).contains(rules.resolve("catalogue.yaml").toString(),
                rules.resolve("scenarios/task1/FL-1.1a.yaml").toString());
        assertThat(rules.resolve("scenarios/data/DATA.yaml")).isRegularFile();
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Set<PosixFilePermission> expected = ordinary(work);
            assertThat(Files.getPosixFilePermissions(rules.resolve("parameters.yaml"))).isEqualTo(expected);
            assertThat(Files.getPosixFilePermissions(rules.resolve("scenarios/task1/FL-1.1a.yaml"))).isEqualTo(expected);
        }
    }

    @Test
    void aFolderThatHoldsFilesIsLeftAsItIsWithOneLineAndExitTwo() throws IOException {
        Path rules = work.resolve("rules");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("parameters.yaml"), EDIT, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("export", rules.toString());

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err().lines()).singleElement().asString().startsWith("fulian-rules: " + rules
                + " holds files already, which export would overwrite: export into a new folder, or add --force");
        assertThat(run.out()).isEmpty();
        try (var files = Files.list(rules)) {
            assertThat(files).containsExactly(rules.resolve("parameters.yaml"));
        }
        assertThat(rules.resolve("parameters.yaml")).hasContent(EDIT);
    }

    @Test
    void anEmptyFolderIsExportedInto() throws IOException {
        Path rules = Files.createDirectories(work.resolve("rules"));

        assertThat(CliRun.of("export", rules.toString()).exitCode()).isEqualTo(Main.OK);
        assertThat(rules.resolve("catalogue.yaml")).isRegularFile();
    }

    @Test
    void forceMovesTheFolderAsideWholeAndSaysWhere() throws IOException {
        Path rules = work.resolve("rules");
        Files.createDirectories(rules.resolve("mine"));
        Files.writeString(rules.resolve("parameters.yaml"), EDIT, StandardCharsets.UTF_8);
        Files.writeString(rules.resolve("mine/notes.txt"), "mine", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("export", rules.toString(), "--force");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.OK);
        String kept = run.out().lines().findFirst().orElseThrow();
        assertThat(kept).startsWith("kept what was in " + rules + " as ");
        Path backup = Path.of(kept.substring(kept.lastIndexOf(" as ") + 4));
        assertThat(backup.getFileName().toString()).matches("rules\\.backup-\\d{8}-\\d{6}");
        assertThat(backup.resolve("parameters.yaml")).hasContent(EDIT);
        assertThat(backup.resolve("mine/notes.txt")).hasContent("mine");
        assertThat(Files.readString(rules.resolve("parameters.yaml"), StandardCharsets.UTF_8)).contains("communityExecutiveFloor");
        assertThat(rules.resolve("mine")).doesNotExist();

        CliRun again = CliRun.of("export", rules.toString(), "--force");
        assertThat(again.exitCode()).isEqualTo(Main.OK);
        String keptAgain = again.out().lines().findFirst().orElseThrow();
        assertThat(keptAgain).isNotEqualTo(kept);
        assertThat(backup.resolve("parameters.yaml")).hasContent(EDIT);
    }
}
