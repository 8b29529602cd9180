package io.github.fulianrules.input;

import io.github.fulianrules.model.DistrictData;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A district format for the tests of {@link DistrictFormats} (registered in the test class path's
 * {@code META-INF/services}): JSON after the eight bytes {@code %FLTEST%}, so that a file of this
 * format is told from JSON by its head and read by the format, not by the JSON reader.
 */
public final class PrefixedJsonFormat implements DistrictFormat {
    static final byte[] MAGIC = "%FLTEST%".getBytes(StandardCharsets.US_ASCII);

    @Override
    public boolean recognises(byte[] content) {
        return content.length >= MAGIC.length && Arrays.equals(content, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    @Override
    public DistrictData read(byte[] content, String sourceName) {
        return DistrictReader.read(Arrays.copyOfRange(content, MAGIC.length, content.length), sourceName + " (prefixed)");
    }
}
