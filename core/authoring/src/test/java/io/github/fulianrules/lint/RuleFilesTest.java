package io.github.fulianrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files of a rule set that hold a rule but, not named *.drl, are never read. */
class RuleFilesTest {
    private static final String RULE = "rule \"FL-1.1a judge\"\nwhen\n    Federation()\nthen\nend\n";

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void aRuleInAFileNotEndingInDrlIsAProblemAtTheRuleWithTheNameToGiveIt() throws IOException {
        write("local.DRL", "package x;\n\n  rule \"FL-1.1a judge\"\nwhen\nthen\nend\n");

        assertThat(RuleFiles.misnamed(dir)).singleElement().hasToString("local.DRL:3:3 holds a rule but is not read:"
                + " only files whose names end in .drl are (rename it local.drl)");
    }

    @Test
    void theNameToGiveDropsTheLastExtensionOrAddsDrl() throws IOException {
        write("a.drl.txt", RULE);
        write("b.Drl.bak", RULE);
        write("sub/README", "rule 'x'\nwhen\nthen\nend\n");
        write(".hidden-name", "x");

        assertThat(RuleFiles.misnamed(dir)).extracting(Problem::toString).containsExactly(
                "a.drl.txt:1:1 holds a rule but is not read: only files whose names end in .drl are (rename it a.drl)",
                "b.Drl.bak:1:1 holds a rule but is not read: only files whose names end in .drl are (rename it b.drl)",
                Path.of("sub", "README") + ":1:1 holds a rule but is not read: only files whose names end in .drl are"
                        + " (rename it README.drl)");
    }

    @Test
    void aRuleIsFoundAtTheStartOfAnyLine() throws IOException {
        write("notes", "\n rule \"x\"");
        write("draft", "x\n\trule 'y'");

        assertThat(RuleFiles.misnamed(dir)).extracting(Problem::toString).containsExactly(
                "draft:2:2 holds a rule but is not read: only files whose names end in .drl are (rename it draft.drl)",
                "notes:2:2 holds a rule but is not read: only files whose names end in .drl are (rename it notes.drl)");
    }

    @Test
    void drlFilesDataFilesHiddenFilesAndFilesWithoutARuleAreNotProblems() throws IOException {
        write("rules.drl", RULE);
        write("sub/more.drl", RULE);
        write("catalogue.yaml", RULE);
        write("parameters.yaml", RULE);
        write("messages_zh.properties", RULE);
        write("messages_en.properties", RULE);
        write(".drafts/next.txt", RULE);
        write("sub/.draft.txt", RULE);
        write("notes.txt", "This rule \"x\" is not at the start of a line; a ruler is not a rule.\nrules \"y\"\n");

        assertThat(RuleFiles.misnamed(dir)).isEmpty();
    }

    @Test
    void aDataFileNameInASubdirectoryIsNotADataFile() throws IOException {
        write("old/catalogue.yaml", RULE);

        assertThat(RuleFiles.misnamed(dir)).extracting(Problem::file).containsExactly(Path.of("old", "catalogue.yaml").toString());
    }

    @Test
    void aFileOfUpToTenMebibytesIsLookedAt() throws IOException {
        byte[] big = new byte[10 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        byte[] rule = "rule \"x\"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(rule, 0, big, 0, rule.length);
        Files.write(dir.resolve("big.txt"), big);
        byte[] bigger = java.util.Arrays.copyOf(big, big.length + 1);
        Files.write(dir.resolve("bigger.txt"), bigger);

        assertThat(RuleFiles.misnamed(dir)).extracting(Problem::file).containsExactly("big.txt");
    }

    @Test
    void aSymbolicLinkIsNotLookedAt() throws IOException {
        Path outside = Files.createTempFile("rule", ".txt");
        try {
            Files.writeString(outside, RULE);
            Files.createSymbolicLink(dir.resolve("linked.txt"), outside);

            assertThat(RuleFiles.misnamed(dir)).isEmpty();
        } finally {
            Files.delete(outside);
        }
    }
}
