package io.github.fulianrules.input;

import io.github.fulianrules.model.DistrictData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

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
    /** Whether a file is in this format, judged by its first bytes: {@code content} holds at least 8 of them, or the whole file. */
    boolean recognises(byte[] content);

    /** Reads {@code content}, a whole file; every problem an {@link InputException} naming {@code sourceName}. */
    DistrictData read(byte[] content, String sourceName);

    /**
     * Reads {@code file}; every problem an {@link InputException} naming it as given. By default
     * the whole file is read into memory first; a format may read it where it lies instead.
     */
    default DistrictData read(Path file) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file.toString(), 0, 0, "", "cannot read the file: " + e.getMessage(), e);
        }
        return read(content, file.toString());
    }

    /**
     * Reads {@code content} as {@link #read(byte[], String)}, the problems said in the language of
     * {@code locale} (Chinese for {@code zh}, else English) where the format can; by default as
     * {@link #read(byte[], String)}.
     */
    default DistrictData read(byte[] content, String sourceName, Locale locale) {
        return read(content, sourceName);
    }

    /** Reads {@code file} as {@link #read(Path)}, the problems in the language of {@code locale} where the format can; by default as {@link #read(Path)}. */
    default DistrictData read(Path file, Locale locale) {
        return read(file);
    }
}
