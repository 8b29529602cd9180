package io.github.fulianrules.examples.spark;

import java.io.Serializable;

/**
 * One line of JSON-lines input, not yet read: the file it came from, its 1-based number there and its bytes
 * without the line break. Decoding is left to {@link io.github.fulianrules.input.DistrictReader}, which refuses
 * what is not UTF-8 and names the place.
 *
 * @param source the input file (as Hadoop names it, e.g. {@code hdfs://nn/nation/2025.jsonl}) or the name a host
 *               gave its dataset
 * @param line   1-based line number in {@code source}
 * @param json   the line's bytes
 */
record DistrictLine(String source, long line, byte[] json) implements Serializable {
}
