package io.github.fulianrules.xlsx;

import io.github.fulianrules.input.DistrictFormat;
import io.github.fulianrules.model.DistrictData;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The Excel workbook as a {@link DistrictFormat}: {@link io.github.fulianrules.input.DistrictReader}
 * hands it every input that starts as a zip (an .xlsx) or as an OLE2 file (an old .xls or an
 * encrypted workbook, which it refuses with the reason). Listed in
 * {@code META-INF/services/io.github.fulianrules.input.DistrictFormat}.
 */
public final class XlsxFormat implements DistrictFormat {
    @Override
    public boolean recognises(byte[] content) {
        return WorkbookGuard.isZip(content) || WorkbookGuard.isOle2(content);
    }

    @Override
    public DistrictData read(byte[] content, String sourceName) {
        return DistrictWorkbook.readContents(content, sourceName).data();
    }

    /** Reads the workbook where it lies: memory does not grow with the file's size. */
    @Override
    public DistrictData read(Path file) {
        return DistrictWorkbook.read(file);
    }

    /** Every problem of the workbook at its cell, in the language of {@code locale}. */
    @Override
    public DistrictData read(byte[] content, String sourceName, Locale locale) {
        return DistrictWorkbook.readContents(content, sourceName, locale).data();
    }

    /** As {@link #read(Path)}, every problem at its cell in the language of {@code locale}. */
    @Override
    public DistrictData read(Path file, Locale locale) {
        return DistrictWorkbook.read(file, locale);
    }
}
