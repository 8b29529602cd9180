package io.github.fulianrules.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Fixed cases the catalogue fuzzer found ({@code ReaderFuzzTest}). */
class CatalogueFilesTest {
    private static ByteArrayInputStream yaml(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRequirementWithoutAnIdIsRefusedWithTheReadersException() {
        assertThatThrownBy(() -> CatalogueFiles.catalogue(
                yaml("requirements:\n  - {clause: \"二(二)1\", strength: MUST}\n  - {id: FL-2.1a, strength: MUST}\n"),
                yaml("parameters: []\n")))
                .isInstanceOf(IOException.class)
                .hasMessage("catalogue.yaml: every entry of 'requirements' needs an 'id'");
    }
}
