package io.github.fulianrules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule set's files are the regular files inside its directory; a rule's text runs from {@code rule} to {@code end}. */
class DrlSourceTest {
    @TempDir
    Path dir;

    @Test
    void aFileOfTheRuleSetIsReadByItsNameInside() throws IOException {
        Files.createDirectories(dir.resolve("task2"));
        Path drl = Files.writeString(dir.resolve("task2/leaders.drl"), "rule \"领导班子\"\nwhen\nthen\nend\n");

        DrlSource source = DrlSource.read(dir, drl);

        assertThat(source.file()).isEqualTo(Path.of("task2", "leaders.drl").toString());
        assertThat(source.rules()).extracting(DrlSource.RuleText::name).containsExactly("领导班子");
        assertThat(DrlSource.inside(dir, "task2/./leaders.drl")).isEqualTo(dir.resolve("task2/leaders.drl"));
        assertThat(DrlSource.inside(dir, "not-yet.drl")).isEqualTo(dir.resolve("not-yet.drl"));
    }

    @Test
    void aNameThatClimbsOutOfTheRuleSetIsRefused() {
        for (String name : new String[] {"../x.drl", "task2/../../x.drl", "", ".", dir.resolve("x.drl").toAbsolutePath().toString()}) {
            assertThatThrownBy(() -> DrlSource.inside(dir, name)).isInstanceOf(IOException.class)
                    .hasMessage(name + " is outside the rule set " + dir);
        }
    }

    @Test
    void aSymbolicLinkOrADirectoryIsNoFileOfTheRuleSet() throws IOException {
        Path elsewhere = Files.createTempDirectory("elsewhere");
        Path outside = Files.writeString(elsewhere.resolve("outside.drl"), "rule \"x\"\nend\n");
        try {
            Files.createSymbolicLink(dir.resolve("link.drl"), outside);
            Files.createSymbolicLink(dir.resolve("linked"), elsewhere);
            Files.createDirectories(dir.resolve("sub.drl"));

            assertThatThrownBy(() -> DrlSource.inside(dir, "link.drl")).isInstanceOf(IOException.class)
                    .hasMessage(dir.resolve("link.drl") + " is a symbolic link; a rule set is the regular files of its directory");
            assertThatThrownBy(() -> DrlSource.inside(dir, "linked/" + outside.getFileName())).isInstanceOf(IOException.class)
                    .hasMessage(dir.resolve("linked") + " is a symbolic link; a rule set is the regular files of its directory");
            assertThatThrownBy(() -> DrlSource.inside(dir, "sub.drl")).isInstanceOf(IOException.class)
                    .hasMessage(dir.resolve("sub.drl") + " is not a regular file");
        } finally {
            Files.delete(dir.resolve("linked"));
            Files.delete(outside);
            Files.delete(elsewhere);
        }
    }

    @Test
    void aRuleWithoutEndRunsToTheEndOfTheFileAndColumnsCountFromOne() {
        String text = "package p;\nrule \"open\"\nwhen\n  Param(name == \"x\")";
        DrlSource source = new DrlSource("r.drl", text);

        assertThat(source.rules()).singleElement().satisfies(r -> {
            assertThat(r.body()).isEqualTo(text.substring(text.indexOf("rule")));
            assertThat(r.offset()).isEqualTo(11);
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.parameters()).containsExactly("x");
        });
        assertThat(source.columnOf(0)).isEqualTo(1);
        assertThat(source.columnOf(3)).isEqualTo(4);
        assertThat(source.columnOf(10)).isEqualTo(11);
        assertThat(source.columnOf(11)).isEqualTo(1);
        assertThat(source.columnOf(text.indexOf("\"open\""))).isEqualTo(6);
    }

    @Test
    void aFileWithAnotherHardLinkIsNoFileOfTheRuleSet() throws IOException {
        // A hard link to a file outside the directory reads as that file: refused, its lines never read.
        Path outside = Files.createTempFile("secret", ".properties");
        try {
            Files.writeString(outside, "password=hunter2\n");
            Files.createLink(dir.resolve("messages_en.properties"), outside);

            assertThatThrownBy(() -> DrlSource.readInside(dir, "messages_en.properties")).isInstanceOf(IOException.class)
                    .hasMessage(dir.resolve("messages_en.properties") + " has another hard link, so it may be a file outside"
                            + " the rule set; a rule set is the regular files of its directory, each with one link (copy it instead)");
            assertThat(CatalogueFiles.read(dir).problems()).extracting(Throwable::getMessage)
                    .anyMatch(m -> m.contains("has another hard link")).noneMatch(m -> m.contains("hunter2"));
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedAndOneAtTheLimitIsRead() throws IOException {
        Files.write(dir.resolve("at.drl"), new byte[(int) DrlSource.MAX_FILE_BYTES]);
        Files.write(dir.resolve("over.drl"), new byte[(int) DrlSource.MAX_FILE_BYTES + 1]);

        assertThat(DrlSource.readInside(dir, "at.drl")).hasSize((int) DrlSource.MAX_FILE_BYTES);
        assertThatThrownBy(() -> DrlSource.read(dir, dir.resolve("over.drl"))).isInstanceOf(IOException.class)
                .hasMessage(dir.resolve("over.drl") + " is larger than 1 MB, the most a file of a rule set may be");
    }

    @Test
    void rulesAreFoundInOnePassHoweverManyHaveNoEnd() {
        // 100,000 rule headers without end: each rule's text stops at the next, not at the end of the file.
        String text = "rule \"r\"\n".repeat(100_000) + "rule \"last\"\nwhen\nthen\n  end\n";
        DrlSource source = new DrlSource("many.drl", text);

        List<DrlSource.RuleText> rules = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(10), source::rules);

        assertThat(rules).hasSize(100_001);
        assertThat(rules.get(0).body()).isEqualTo("rule \"r\"\n");
        assertThat(rules.get(100_000).line()).isEqualTo(100_001);
        assertThat(rules.get(100_000).body()).isEqualTo("rule \"last\"\nwhen\nthen\n  end");
    }
}
