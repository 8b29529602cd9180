package io.github.fulianrules.input;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Text read strictly as UTF-8, the encoding of every file the project reads: a district, a rule
 * set's catalogue, parameters and messages, a scenario. A file saved as GBK or UTF-16 is refused
 * with the place of its first wrong byte instead of being read as mangled characters.
 */
public final class Utf8Text {
    private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_BITS = 0x0101010101010101L;

    private Utf8Text() {
    }

    /**
     * Where the text of {@code bytes} starts (after a UTF-8 byte-order mark, else at 0) when they are
     * UTF-8 that {@link #decode} takes and hold no NUL byte; -1 otherwise, for {@link #decode} to say
     * what is wrong. One pass over the bytes that makes no characters, for a reader that hands the
     * bytes to a parser as they are.
     */
    static int wellFormedStart(byte[] bytes) {
        int n = bytes.length;
        int start = byteOrderMarkLength(bytes);
        int i = start;
        while (i < n) {
            if (i + 8 <= n) {
                long eight = (long) EIGHT_BYTES.get(bytes, i);
                if ((eight & HIGH_BITS) == 0 && ((eight - LOW_BITS) & ~eight & HIGH_BITS) == 0) {
                    i += 8;   // eight ASCII bytes, none of them NUL
                    continue;
                }
            }
            int b = bytes[i];
            if (b > 0) {
                i++;
                continue;
            }
            b &= 0xFF;
            int length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (length == 0 || i + length > n) {
                return -1;   // NUL, a continuation byte first, an overlong or out-of-range lead, or cut short
            }
            // The second byte's range depends on the first (no overlong form, no surrogate, nothing past U+10FFFF).
            int second = bytes[i + 1] & 0xFF;
            int low = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80;
            int high = b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF;
            if (second < low || second > high) {
                return -1;
            }
            for (int k = 2; k < length; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return -1;
                }
            }
            i += length;
        }
        return start;
    }

    /** 3 when {@code bytes} begin with UTF-8's byte-order mark, else 0. */
    private static int byteOrderMarkLength(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3 : 0;
    }

    /**
     * The text of {@code bytes}, strictly as UTF-8 after an optional byte-order mark. A file saved
     * as GBK (the usual alternative for Chinese text) fails here with the place of its first
     * non-UTF-8 byte.
     */
    public static CharBuffer decode(byte[] bytes, String source) {
        return decode(bytes, source, Locale.ENGLISH);
    }

    /** As {@link #decode(byte[], String)}, the problem said in the language of {@code locale} (Chinese for {@code zh}, else English). */
    public static CharBuffer decode(byte[] bytes, String source, Locale locale) {
        InputMessages words = InputMessages.of(locale);
        int start = byteOrderMarkLength(bytes);
        if (start == 0 && bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            throw new InputException(source, 1, 1, "", words.text("input.utf16"));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            int column = 1;
            for (int i = 0; i < out.position(); i++) {
                if (out.get(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            int bad = bytes[in.position()] & 0xFF;
            throw new InputException(source, line, column, "",
                    words.text("input.notUtf8", String.format("%02X", bad), in.position()));
        }
        out.flip();
        return out;
    }
}
