package io.github.fulianrules.examples.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a stream into lines of raw bytes, without decoding them: decoding is left to
 * {@link io.github.fulianrules.input.DistrictReader}, which refuses what is not UTF-8 and names
 * the place. A line longer than the limit is skipped to its end and reported as such, so that
 * one oversized line cannot exhaust the memory.
 */
final class JsonLines {
    private final InputStream in;
    private final long maxBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int end;
    private boolean tooLong;

    JsonLines(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line without its line break ({@code \n} or {@code \r\n}), or {@code null} at the end. */
    byte[] next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
        long length = 0;
        tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == end) {
                end = in.read(buffer);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    return any ? finish(line) : null;
                }
            }
            any = true;
            int start = pos;
            while (pos < end && buffer[pos] != '\n') {
                pos++;
            }
            int n = pos - start;
            length += n;
            if (length > maxBytes) {
                tooLong = true;
            } else {
                line.write(buffer, start, n);
            }
            if (pos < end) {
                pos++;   // the '\n'
                return finish(line);
            }
        }
    }

    /** Whether the line last returned was cut because it is longer than the limit. */
    boolean tooLong() {
        return tooLong;
    }

    private static byte[] finish(ByteArrayOutputStream line) {
        byte[] bytes = line.toByteArray();
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            byte[] cut = new byte[bytes.length - 1];
            System.arraycopy(bytes, 0, cut, 0, cut.length);
            return cut;
        }
        return bytes;
    }
}
