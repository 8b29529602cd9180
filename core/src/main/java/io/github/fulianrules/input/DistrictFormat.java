package io.github.fulianrules.input;

import io.github.fulianrules.model.DistrictData;

/**
 * A reader of district files in a format other than JSON, which {@link DistrictReader} finds on
 * the class path with {@link java.util.ServiceLoader} and hands every input that it recognises.
 * The Excel workbook format of {@code io.github.fulianrules:fulian-rules-xlsx} is one; a host adds
 * that artifact to read {@code .xlsx} files, and the runtime itself depends on no spreadsheet library.
 *
 * <p>An implementation is listed in {@code META-INF/services/io.github.fulianrules.input.DistrictFormat}
 * and has a public no-argument constructor. It reads as strictly as the JSON reader: every problem
 * is an {@link InputException} naming {@code sourceName} and the place in it, nothing else escapes.
 */
public interface DistrictFormat {
    /** Whether {@code content}, a whole file, is in this format, judged by its first bytes. */
    boolean recognises(byte[] content);

    /** Reads {@code content}; every problem an {@link InputException} naming {@code sourceName}. */
    DistrictData read(byte[] content, String sourceName);
}
