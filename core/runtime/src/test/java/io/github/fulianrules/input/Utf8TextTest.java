package io.github.fulianrules.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8TextTest {
    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void wellFormedTextStartsAtItsFirstByteOrAfterTheByteOrderMark() {
        assertThat(Utf8Text.wellFormedStart(new byte[0])).isZero();
        assertThat(Utf8Text.wellFormedStart("{\"name\": \"示例区妇联\", \"emoji\": \"😀\"}".getBytes(StandardCharsets.UTF_8))).isZero();
        assertThat(Utf8Text.wellFormedStart("\uFEFF{}".getBytes(StandardCharsets.UTF_8))).isEqualTo(3);
        assertThat(Utf8Text.wellFormedStart(bytes(0xEF, 0xBB, 0xBF))).isEqualTo(3);
    }

    @Test
    void whatDecodeRefusesOrANulByteIsNotWellFormed() {
        int[][] refused = {
            {0x00},                     // NUL: a UTF-16 file without a byte-order mark is mostly ASCII and NULs
            {0x80},                     // a continuation byte first
            {0xC0, 0x80},               // an overlong form of NUL
            {0xC1, 0xBF},               // overlong
            {0xE0, 0x9F, 0xBF},         // overlong, three bytes
            {0xED, 0xA0, 0x80},         // a surrogate
            {0xF0, 0x8F, 0xBF, 0xBF},   // overlong, four bytes
            {0xF4, 0x90, 0x80, 0x80},   // past U+10FFFF
            {0xF5, 0x80, 0x80, 0x80},   // no such lead byte
            {0xE5, 0xA6},               // cut short
            {0xE5, 0x41, 0x80},         // a continuation byte missing
            {0xFE, 0xFF, 0x00, 0x7B},   // UTF-16 with its byte-order mark
            {0xCD, 0xF5},               // GBK
        };
        for (int[] r : refused) {
            assertThat(Utf8Text.wellFormedStart(bytes(r))).as("%s", java.util.Arrays.toString(r)).isEqualTo(-1);
        }
        assertThatThrownBy(() -> Utf8Text.decode(bytes(0xCD, 0xF5), "x.json")).isInstanceOf(InputException.class);
    }

    /** Random bytes, most of them near UTF-8's boundaries: well-formed exactly when decode takes them and no byte is NUL. */
    @Test
    void wellFormedExactlyWhenDecodeTakesThemWithoutNul() {
        int[] interesting = {0x00, 0x01, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
            0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF};
        Random random = new Random(28);
        int wellFormed = 0;
        for (int run = 0; run < 200_000; run++) {
            // Runs of ASCII long enough to be taken eight bytes at a time, and the bytes around them.
            byte[] b = new byte[random.nextInt(24)];
            for (int i = 0; i < b.length; i++) {
                int draw = random.nextInt(16);
                b[i] = (byte) (draw < 12 ? 0x20 + random.nextInt(0x5F) : draw < 13 ? random.nextInt(256)
                        : interesting[random.nextInt(interesting.length)]);
            }
            boolean decodes;
            try {
                Utf8Text.decode(b, "x");
                decodes = true;
            } catch (InputException e) {
                decodes = false;
            }
            boolean expected = decodes && !containsNul(b);
            assertThat(Utf8Text.wellFormedStart(b) >= 0).as("%s", java.util.Arrays.toString(b)).isEqualTo(expected);
            wellFormed += expected ? 1 : 0;
        }
        assertThat(wellFormed).as("both answers drawn often").isBetween(20_000, 180_000);
    }

    private static boolean containsNul(byte[] b) {
        for (byte x : b) {
            if (x == 0) {
                return true;
            }
        }
        return false;
    }
}
