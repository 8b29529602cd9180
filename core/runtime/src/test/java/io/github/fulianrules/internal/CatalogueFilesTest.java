package io.github.fulianrules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.input.InputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fixed cases the catalogue fuzzer found ({@code ReaderFuzzTest}). */
class CatalogueFilesTest {

    @Test
    void aRequirementWithoutAnIdIsOneProblemNamingItsEntryAndTheOthersAreKept() {
        List<InputException> problems = new ArrayList<>();
        var read = CatalogueFiles.requirements("catalogue.yaml", ("requirements:\n"
                + "  - {clause: \"二(二)1\", strength: MUST, sourceWords: \"x\"}\n"
                + "  - {id: FL-2.1a, clause: \"二(二)1\", strength: MUST, sourceWords: \"y\"}\n")
                .getBytes(StandardCharsets.UTF_8), problems::add);

        assertThat(read).extracting(r -> r.value().id()).containsExactly("FL-2.1a");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.getMessage()).startsWith("catalogue.yaml:2:").contains("requirements[0]")
                    .contains("missing required field (e.g. id: FL-2.3c)");
        });
    }
}
