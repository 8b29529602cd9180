package io.github.fulianrules.examples.batch;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Splits a stream into lines of raw bytes, without decoding them: decoding is left to
 * {@link io.github.fulianrules.input.DistrictReader}, which refuses what is not UTF-8 and names
 * the place. A line longer than the limit is skipped to its end and reported as such, so that
 * one oversized line cannot exhaust the memory.
 */
final class JsonLines {
    /** The buffer read eight bytes at a time, the first byte the lowest. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long NEWLINES = ONES * '\n';

    private final InputStream in;
    private final long maxBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int end;
    /** The line being gathered, kept from one line to the next so that it grows only to the longest. */
    private byte[] line = new byte[1 << 16];
    private boolean tooLong;

    JsonLines(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line without its line break ({@code \n} or {@code \r\n}), or {@code null} at the end. */
    byte[] next() throws IOException {
        int kept = 0;
        long length = 0;
        tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == end) {
                end = in.read(buffer);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    return any ? finish(kept) : null;
                }
            }
            any = true;
            int start = pos;
            pos = newline(buffer, pos, end);
            int n = pos - start;
            length += n;
            if (length > maxBytes) {
                tooLong = true;
            } else {
                if (kept + n > line.length) {
                    line = Arrays.copyOf(line, Math.max(kept + n, 2 * line.length));
                }
                System.arraycopy(buffer, start, line, kept, n);
                kept += n;
            }
            if (pos < end) {
                pos++;   // the '\n'
                return finish(kept);
            }
        }
    }

    /** Whether the line last returned was cut because it is longer than the limit. */
    boolean tooLong() {
        return tooLong;
    }

    /** The first {@code kept} bytes of the line, less a carriage return at their end. */
    private byte[] finish(int kept) {
        return Arrays.copyOf(line, kept > 0 && line[kept - 1] == '\r' ? kept - 1 : kept);
    }

    /**
     * Where the first {@code \n} of {@code bytes[from, to)} is, or {@code to} when there is none.
     * Eight bytes at a time: in {@code w} (the bytes XOR newlines), {@code (w - ONES) & ~w & HIGHS}
     * has the high bit set of the first byte that is zero, a newline (bits above it may be set too;
     * the lowest is exact).
     */
    static int newline(byte[] bytes, int from, int to) {
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long w = (long) LONGS.get(bytes, i) ^ NEWLINES;
            long found = (w - ONES) & ~w & HIGHS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        while (i < to && bytes[i] != '\n') {
            i++;
        }
        return i;
    }
}
