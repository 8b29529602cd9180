package io.github.fulianrules.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

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
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            throw new InputException(source, 1, 1, "", "the file is UTF-16, not UTF-8 (save it as UTF-8)");
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
                    String.format("the file is not UTF-8 (byte 0x%02X at offset %d is not valid UTF-8; "
                            + "a file saved as GBK must be converted to UTF-8)", bad, in.position()));
        }
        out.flip();
        return out;
    }
}
