package io.github.fulianrules.xlsx;

import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.input.DistrictReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Test helpers: workbooks made cell by cell, workbooks dumped cell by cell, districts compared without locations. */
final class Workbooks {
    /** A formula to put in a cell, e.g. {@code new Formula("A1&\"x\"")}. */
    record Formula(String expression) {
    }

    private Workbooks() {
    }

    /** The sample district, read from examples/sample/district.json. */
    static DistrictData sample() {
        return DistrictReader.read(samplePath());
    }

    static Path samplePath() {
        return Path.of(System.getProperty("sample.json", "../../examples/sample/district.json"));
    }

    /** A workbook of {@code sheets}: name to rows, each row a list of cells (String, Number, Boolean, LocalDate, Formula, null). */
    static byte[] workbook(Map<String, List<List<Object>>> sheets) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        for (Map.Entry<String, List<List<Object>>> sheet : sheets.entrySet()) {
            Worksheet ws = wb.newWorksheet(sheet.getKey());
            List<List<Object>> rows = sheet.getValue();
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v instanceof String s) {
                        ws.value(r, c, s);
                    } else if (v instanceof Number n) {
                        ws.value(r, c, n);
                    } else if (v instanceof Boolean b) {
                        ws.value(r, c, b);
                    } else if (v instanceof LocalDate d) {
                        ws.value(r, c, d);
                    } else if (v instanceof Formula f) {
                        ws.formula(r, c, f.expression());
                    }
                }
            }
        }
        wb.finish();
        return out.toByteArray();
    }

    /** A minimal valid workbook: the period 2025 and {@code more} sheets after it. */
    static byte[] withPeriod(Map<String, List<List<Object>>> more) throws IOException {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("考核期", List.of(List.of("名称", "开始日期", "结束日期"),
                List.of("测试区 2025", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))));
        sheets.putAll(more);
        return workbook(sheets);
    }

    /** Rows from literal cells. */
    static List<List<Object>> rows(List<?>... rows) {
        List<List<Object>> list = new ArrayList<>();
        for (List<?> r : rows) {
            list.add(new ArrayList<>(r));
        }
        return list;
    }

    /** Every cell of every sheet as {@code SHEET!A1 TYPE value}, in order: a workbook's content without its packaging. */
    static List<String> dump(InputStream xlsx) throws IOException {
        List<String> cells = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx)) {
            for (Sheet sheet : wb.getSheets().toList()) {
                cells.add("sheet " + sheet.getName() + " " + sheet.getVisibility());
                for (Row row : sheet.read()) {
                    for (Cell cell : row) {
                        if (cell != null) {
                            cells.add(sheet.getName() + "!" + cell.getAddress() + " " + cell.getType() + " "
                                    + cell.getRawValue() + (cell.getFormula() == null ? "" : " =" + cell.getFormula()));
                        }
                    }
                }
            }
        }
        return cells;
    }

    /** The text of the part {@code name} of a workbook. */
    static String part(byte[] xlsx, String name) throws IOException {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx)).get()) {
            ZipArchiveEntry entry = zip.getEntry(name);
            if (entry == null) {
                throw new AssertionError("no part " + name);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    /** {@code xlsx} with the part {@code name} holding {@code text} instead, the other parts as they are. */
    static byte[] withPart(byte[] xlsx, String name, String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx)).get();
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(bytes)) {
            for (ZipArchiveEntry e : java.util.Collections.list(in.getEntries())) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                if (e.getName().equals(name)) {
                    out.write(text.getBytes(StandardCharsets.UTF_8));
                } else {
                    try (InputStream part = in.getInputStream(e)) {
                        part.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /**
     * How cell {@code ref} of the sheet part {@code sheetPart} looks, as styles.xml says: {@code bold},
     * {@code size 14}, {@code fill DDEBF7}, {@code format yyyy-mm-dd}, {@code left}, {@code wrap},
     * {@code vertical center}, space-separated; empty for a cell without a style, {@code no cell} for none.
     */
    static String style(byte[] xlsx, String sheetPart, String ref) throws IOException {
        java.util.regex.Matcher cell = java.util.regex.Pattern.compile("<c r=\"" + ref + "\"( s=\"(\\d+)\")?")
                .matcher(part(xlsx, sheetPart));
        return styled(xlsx, cell, "no cell");
    }

    /** How the cells of column {@code column} (1 for A) of the sheet part look by default, as {@link #style}. */
    static String columnStyle(byte[] xlsx, String sheetPart, int column) throws IOException {
        java.util.regex.Matcher col = java.util.regex.Pattern.compile("<col min=\"" + column + "\" max=\"" + column
                + "\"[^>]*?(style=\"(\\d+)\")?/>").matcher(part(xlsx, sheetPart));
        return styled(xlsx, col, "no column");
    }

    /** The look of the style index in group 2 of {@code found}'s first match, as {@link #style}; {@code none} without a match. */
    private static String styled(byte[] xlsx, java.util.regex.Matcher found, String none) throws IOException {
        if (!found.find()) {
            return none;
        }
        return found.group(2) == null ? "" : xf(xlsx, Integer.parseInt(found.group(2)));
    }

    /** The width of column {@code column} (1 for A) of the sheet part, as written. */
    static String columnWidth(byte[] xlsx, String sheetPart, int column) throws IOException {
        java.util.regex.Matcher col = java.util.regex.Pattern.compile("<col min=\"" + column + "\" max=\"" + column
                + "\" width=\"([^\"]*)\"").matcher(part(xlsx, sheetPart));
        return col.find() ? col.group(1) : "no column";
    }

    private static String xf(byte[] xlsx, int index) throws IOException {
        String styles = part(xlsx, "xl/styles.xml");
        List<String> xfs = elements(between(styles, "<cellXfs", "</cellXfs>"), "xf");
        List<String> fonts = elements(between(styles, "<fonts", "</fonts>"), "font");
        List<String> fills = elements(between(styles, "<fills", "</fills>"), "fill");
        String xf = xfs.get(index);
        List<String> look = new ArrayList<>();
        String font = fonts.get(Integer.parseInt(attribute(xf, "fontId")));
        if (font.contains("<b/>")) {
            look.add("bold");
        }
        String size = attribute(font, "val");
        if (!size.startsWith("11")) {
            look.add("size " + size.replaceAll("\\.0+$", ""));
        }
        String fill = attribute(fills.get(Integer.parseInt(attribute(xf, "fillId"))), "rgb");
        if (!fill.isEmpty()) {
            look.add("fill " + fill);
        }
        String format = attribute(xf, "numFmtId");
        if (!format.equals("0")) {
            java.util.regex.Matcher code = java.util.regex.Pattern.compile("numFmtId=\"" + format + "\" formatCode=\"([^\"]*)\"")
                    .matcher(styles);
            look.add("format " + (code.find() ? code.group(1) : format));
        }
        for (String a : List.of("horizontal", "vertical")) {
            String v = attribute(xf, a);
            if (!v.isEmpty()) {
                look.add(a.equals("horizontal") ? v : a + " " + v);
            }
        }
        if (xf.contains("wrapText=\"true\"")) {
            look.add("wrap");
        }
        return String.join(" ", look);
    }

    private static String between(String s, String start, String end) {
        int from = s.indexOf(start);
        return s.substring(s.indexOf('>', from) + 1, s.indexOf(end, from));
    }

    /** The elements {@code <name .../>} or {@code <name ...>...</name>} at the top of {@code xml}, in order. */
    private static List<String> elements(String xml, String name) {
        List<String> list = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<" + name + "(?:\\s[^>]*?)?(?:/>|>.*?</" + name + ">)")
                .matcher(xml);
        while (m.find()) {
            list.add(m.group());
        }
        return list;
    }

    private static String attribute(String xml, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(xml);
        return m.find() ? m.group(1) : "";
    }

    /** {@code d} without its locations, to compare the facts of two readings. */
    static DistrictData facts(DistrictData d) {
        return new DistrictData(d.period(), d.federations(), d.people(), d.positions(), d.womensHomes(), d.units(),
                d.buildings(), d.activityCentres(), d.womensGroups(), d.activities(), d.waivers(), Map.of());
    }
}
