package io.github.fulianrules.examples.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
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

    @Test
    void theNewlineFoundEightBytesAtATimeIsTheFirstByteByByte() {
        Random random = new Random(28);
        for (int run = 0; run < 20_000; run++) {
            byte[] bytes = new byte[random.nextInt(40)];
            random.nextBytes(bytes);
            for (int i = 0; i < bytes.length; i++) {
                if (random.nextInt(12) == 0) {
                    bytes[i] = '\n';
                } else if (bytes[i] == '\n') {
                    bytes[i] = (byte) (random.nextBoolean() ? 0x0b : 0x8a);   // neighbours of '\n' and of its borrow
                }
            }
            int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
            int to = from + random.nextInt(bytes.length - from + 1);
            int expected = from;
            while (expected < to && bytes[expected] != '\n') {
                expected++;
            }
            assertThat(JsonLines.newline(bytes, from, to)).as(Arrays.toString(bytes) + " from " + from + " to " + to)
                    .isEqualTo(expected);
        }
    }

    @Test
    void linesLongerThanTheReadBufferAndShorterOnesAfterThemAreWhole() throws IOException {
        Random random = new Random(7);
        List<String> written = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            String line = "区".repeat(random.nextInt(3)) + "x".repeat(random.nextInt(i % 4 == 0 ? 200_000 : 50));
            written.add(line);
            text.append(line).append(random.nextBoolean() ? "\n" : "\r\n");
        }
        JsonLines lines = of(text.toString(), 1_000_000);

        List<String> read = new ArrayList<>();
        for (String line = next(lines); line != null; line = next(lines)) {
            read.add(line);
        }
        assertThat(read).isEqualTo(written);
    }
}
