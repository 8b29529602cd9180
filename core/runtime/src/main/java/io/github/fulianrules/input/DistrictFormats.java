package io.github.fulianrules.input;

import io.github.fulianrules.model.DistrictData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The {@link DistrictFormat}s on the class path, and the workbook that comes without one: an input
 * that a provider recognises goes to it; a workbook that none reads is refused with the artifact
 * to add, instead of being read as broken JSON.
 */
final class DistrictFormats {
    /** The artifact that reads Excel workbooks. */
    static final String XLSX_ARTIFACT = "io.github.fulianrules:fulian-rules-xlsx";
    /** How many first bytes a format is recognised by. */
    static final int HEAD = 8;

    private static volatile List<DistrictFormat> formats;

    private DistrictFormats() {
    }

    /** {@code content} read by the format that recognises it; empty when it is for the JSON reader. */
    static Optional<DistrictData> read(byte[] content, String source, Locale locale) {
        return formatOf(content, source, locale).map(format -> format.read(content, source, locale));
    }

    /**
     * {@code file} read by the format that recognises its first bytes, where it lies; empty when it
     * is for the JSON reader, or cannot be opened (which the JSON reader then reports).
     */
    static Optional<DistrictData> read(Path file, Locale locale) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return formatOf(head, file.toString(), locale).map(format -> format.read(file, locale));
    }

    private static Optional<DistrictFormat> formatOf(byte[] head, String source, Locale locale) {
        for (DistrictFormat format : formats()) {
            if (format.recognises(head)) {
                return Optional.of(format);
            }
        }
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04) || startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new InputException(source, 0, 0, "", InputMessages.of(locale).text("input.workbook", XLSX_ARTIFACT));
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** The providers, loaded on the first input read and kept once loaded. */
    private static List<DistrictFormat> formats() {
        List<DistrictFormat> loaded = formats;
        if (loaded == null) {
            try {
                loaded = ServiceLoader.load(DistrictFormat.class, DistrictFormat.class.getClassLoader()).stream()
                        .map(ServiceLoader.Provider::get).toList();
            } catch (ServiceConfigurationError e) {
                throw new InputException("<class path>", 0, 0, "", "a district format cannot be loaded: "
                        + e.getMessage(), e);
            }
            formats = loaded;
        }
        return loaded;
    }
}
