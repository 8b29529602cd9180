package io.github.fulianrules.xlsx;

import io.github.fulianrules.catalogue.Catalogue;
import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.model.DistrictData;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A district's facts as an Excel workbook (.xlsx): the way a district federation keeps its
 * rosters. One sheet per kind of record (组织, 人员, 职务, 妇女之家, 单位, 楼宇, 阵地, 妇女小组, 活动,
 * 豁免), the assessment period in 考核期, a 说明 sheet explaining each column with its clause;
 * Chinese or English headers, sheet names and value labels.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("台账模板.xlsx"))) {
 *     DistrictWorkbook.template(engine.catalogue(), "zh", out);
 * }
 * DistrictData data = DistrictWorkbook.read(Path.of("青溪区.xlsx"));   // or DistrictReader.read: the same
 * }</pre>
 *
 * <p>Reading is as strict as the JSON reader's: an unknown sheet or column, text where a number
 * belongs, a value outside a list, a formula in an input cell, a day that does not exist, a space at
 * the edge of an id are each a problem at its cell, such as
 * {@code 青溪区.xlsx!人员!D17: 性别: unknown value "F" (expected 女, 男)}; every problem of the
 * workbook (up to {@link WorkbookException#MAX_PROBLEMS}) is reported in one
 * {@link WorkbookException}, in Chinese or English by the {@link Locale} given, and nothing is made
 * of a workbook with a problem. Labels in Chinese or
 * English and the model's names are all accepted ({@code 主席}, {@code chair}, {@code CHAIR}).
 * Every record's location is kept as {@code FILE!SHEET!ROW} for data findings. A hostile file (a
 * zip bomb, a million rows, macros, links to other files) is refused in one line, in bounded memory.
 *
 * <p>Writing and reading back gives the same facts: {@code read(write(d))} equals {@code d} but
 * for the locations. With this artifact on the class path, {@link DistrictReader} reads workbooks too.
 */
public final class DistrictWorkbook {
    /** The largest workbook read, in bytes. */
    public static final long MAX_FILE_BYTES = WorkbookGuard.MAX_FILE_BYTES;
    /** The most rows a sheet may have. */
    public static final int MAX_ROWS = WorkbookReading.MAX_ROWS;

    /**
     * A workbook's contents.
     *
     * @param name the district file's name from the 考核期 sheet, or {@code null}
     * @param data the facts
     */
    public record Contents(String name, DistrictData data) {
    }

    private DistrictWorkbook() {
    }

    /** Reads the workbook {@code file}; errors name it as given, in English. */
    public static DistrictData read(Path file) {
        return read(file, Locale.ENGLISH);
    }

    /** Reads the workbook {@code file}; errors name it as given, in the language of {@code locale} (Chinese for {@code zh}, else English). */
    public static DistrictData read(Path file, Locale locale) {
        return readContents(file, locale).data();
    }

    /** Reads the workbook {@code file} with its name; errors name it as given, in English. Memory does not grow with the file's size. */
    public static Contents readContents(Path file) {
        return readContents(file, Locale.ENGLISH);
    }

    /**
     * Reads the workbook {@code file} with its name; every problem in it, up to
     * {@link WorkbookException#MAX_PROBLEMS}, in one {@link WorkbookException} naming the file as given,
     * in the language of {@code locale} (Chinese for {@code zh}, else English). Memory does not grow
     * with the file's size.
     */
    public static Contents readContents(Path file, Locale locale) {
        String source = file.toString();
        if (!Files.exists(file)) {
            throw new WorkbookException(List.of(new WorkbookException.Problem(source, "", "", "", Message.of("file.missing"))),
                    false, locale, null);
        }
        return new WorkbookReading(source, locale).read(WorkbookSource.of(file));
    }

    /** Reads a whole workbook held in {@code content}; errors name {@code sourceName}, in English. */
    public static Contents readContents(byte[] content, String sourceName) {
        return readContents(content, sourceName, Locale.ENGLISH);
    }

    /** Reads a whole workbook held in {@code content}; errors name {@code sourceName}, in the language of {@code locale}. */
    public static Contents readContents(byte[] content, String sourceName, Locale locale) {
        String source = sourceName == null || sourceName.isBlank() ? "<input>" : sourceName;
        return new WorkbookReading(source, locale).read(WorkbookSource.of(content));
    }

    /**
     * Writes {@code district} as a workbook to {@code out} (not closed), headers and labels in
     * {@code lang} ({@code en} for English, Chinese otherwise); {@code name} goes to the 考核期 sheet.
     */
    public static void write(DistrictData district, String name, String lang, OutputStream out) throws IOException {
        WorkbookWriting.write(district, name, "en".equalsIgnoreCase(lang), null, out);
    }

    /**
     * Writes the empty workbook for a federation to fill in, in {@code lang}, to {@code out} (not
     * closed). Its 说明 sheet says that only in-principle requirements accept waivers, without listing
     * them; {@link #template(Catalogue, String, OutputStream)} lists them.
     */
    public static void template(String lang, OutputStream out) throws IOException {
        template(null, lang, out);
    }

    /**
     * Writes the empty workbook for a federation to fill in, in {@code lang} ({@code en} for English,
     * Chinese otherwise), to {@code out} (not closed). Its 说明 sheet is written from the rules: what
     * each column takes and what an empty cell means, the kind of subject each activity type names
     * and which types take days, and the requirements of {@code catalogue} (the engine's,
     * {@code engine.catalogue()}) that accept waivers: its in-principle ones. A {@code null}
     * catalogue lists none.
     */
    public static void template(Catalogue catalogue, String lang, OutputStream out) throws IOException {
        WorkbookWriting.write(null, null, "en".equalsIgnoreCase(lang), catalogue, out);
    }
}
