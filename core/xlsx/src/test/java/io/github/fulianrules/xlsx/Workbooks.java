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

    /** {@code d} without its locations, to compare the facts of two readings. */
    static DistrictData facts(DistrictData d) {
        return new DistrictData(d.period(), d.federations(), d.people(), d.positions(), d.womensHomes(), d.units(),
                d.buildings(), d.activityCentres(), d.womensGroups(), d.activities(), d.waivers(), Map.of());
    }
}
