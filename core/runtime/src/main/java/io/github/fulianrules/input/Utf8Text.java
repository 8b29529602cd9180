package io.github.fulianrules.input;

import java.nio.ByteBuffer;
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
    private Utf8Text() {
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
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
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
