package io.github.fulianrules.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.RuleSetException;
import io.github.fulianrules.internal.DrlSource;
import io.github.fulianrules.lint.Linter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule set is the regular files inside its directory: links and names that leave it are refused. */
class RuleSetFilesTest {
    @TempDir
    Path dir;
    @TempDir
    Path outside;

    @Test
    void aDrlThatIsALinkToAFileOutsideIsRefusedByLoadAndLint() throws IOException {
        FulianRules.exportBundledRules(dir);
        Path secret = Files.writeString(outside.resolve("secret.drl"), "package io.github.fulianrules.rules;\n",
                StandardCharsets.UTF_8);
        Files.createSymbolicLink(dir.resolve("linked.drl"), secret);

        assertThatThrownBy(() -> FulianRules.builder().rulesFrom(dir).build())
                .isInstanceOf(RuleSetException.class).hasMessageContaining("linked.drl").hasMessageContaining("symbolic link");
        assertThat(Linter.lint(dir)).anySatisfy(p -> assertThat(p.toString()).contains("linked.drl").contains("symbolic link"));
    }

    @Test
    void aCatalogueThatIsALinkIsRefused() throws IOException {
        FulianRules.exportBundledRules(dir);
        Path real = Files.move(dir.resolve("catalogue.yaml"), outside.resolve("catalogue.yaml"));
        Files.createSymbolicLink(dir.resolve("catalogue.yaml"), real);

        assertThatThrownBy(() -> FulianRules.builder().rulesFrom(dir).build())
                .isInstanceOf(RuleSetException.class).hasMessageContaining("symbolic link");
    }

    @Test
    void aNameThatClimbsOutOrIsAbsoluteIsNotARuleSetFile() throws IOException {
        Files.writeString(outside.resolve("x.drl"), "", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> DrlSource.inside(dir, "../" + outside.getFileName() + "/x.drl"))
                .isInstanceOf(IOException.class).hasMessageContaining("outside the rule set");
        assertThatThrownBy(() -> DrlSource.inside(dir, outside.resolve("x.drl").toString()))
                .isInstanceOf(IOException.class).hasMessageContaining("outside the rule set");
        assertThat(DrlSource.inside(dir, "sub/../a.drl")).isEqualTo(dir.resolve("a.drl"));
    }
}
