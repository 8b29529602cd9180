package io.github.fulianrules.examples.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonLinesTest {
    private static JsonLines of(String text, long max) {
        return new JsonLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
    }

    private static String next(JsonLines lines) throws IOException {
        byte[] line = lines.next();
        return line == null ? null : new String(line, StandardCharsets.UTF_8);
    }

    @Test
    void linesEndInNewlinesOrCarriageReturnNewlinesAndTheLastMayHaveNone() throws IOException {
        JsonLines lines = of("{\"a\":1}\r\n{\"b\":\"区\"}\n\n{\"c\":3}", 100);

        assertThat(next(lines)).isEqualTo("{\"a\":1}");
        assertThat(next(lines)).isEqualTo("{\"b\":\"区\"}");
        assertThat(next(lines)).isEmpty();
        assertThat(next(lines)).isEqualTo("{\"c\":3}");
        assertThat(next(lines)).isNull();
    }

    @Test
    void aLineLongerThanTheLimitIsCutAndFlaggedAndTheNextIsWhole() throws IOException {
        JsonLines lines = of("x".repeat(200_000) + "\n{}\n", 100_000);

        lines.next();
        assertThat(lines.tooLong()).isTrue();
        assertThat(next(lines)).isEqualTo("{}");
        assertThat(lines.tooLong()).isFalse();
    }

    @Test
    void aLineExactlyAtTheLimitIsWhole() throws IOException {
        JsonLines lines = of("y".repeat(100_000) + "\n", 100_000);

        assertThat(next(lines)).hasSize(100_000);
        assertThat(lines.tooLong()).isFalse();
    }

    @Test
    void anEmptyStreamHasNoLines() throws IOException {
        assertThat(of("", 10).next()).isNull();
    }
}
