package io.github.fulianrules.examples.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {
    private static String output(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theDistrictBuiltInCodeIsShortOfOnePartTimeViceChair() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        int code = EmbeddingExample.run(null, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(1);
        assertThat(output(bytes)).startsWith("demo: ")
                .contains("VIOLATION FL-2.4a 二(二)4 demo: ")
                .containsPattern("VIOLATION FL-2.4a .* 3 part-time vice-chairs.* -> 1 more part-time vice-chair")
                .contains("DATA DATA EMPTY_BODY demo: ");
    }

    @Test
    void theSampleDistrictReadsFromItsFile() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        EmbeddingExample.run(Path.of("..", "sample", "district.json"), new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(output(bytes)).startsWith("qx: ").contains("WARNING FL-5.1a 二(五)1 qx: ");
    }
}
