package io.github.fulianrules.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.fuzz.Fuzzer;
import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.model.DistrictData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the workbook reader three ways, from valid workbooks (the sample district, and a small
 * district written by {@link DistrictWorkbook#write} in Chinese and in English): the bytes of the
 * .xlsx file; its XML parts, mutated and zipped again; and its cells, as text (a line per row,
 * a tab between cells, each cell's type before its value, {@code === NAME} before each sheet)
 * mutated and written again as a workbook, so that values, rows, columns and sheets change while
 * the file stays a workbook. A refusal must be the reader's own {@link WorkbookException} in one
 * line, naming the file, that does not hide a runtime exception thrown by this project's code; an
 * accepted workbook, written again and read back, must give the same district. Longer:
 * {@code -Dfuzz.seconds=N}; {@code -Pfuzz} runs only the fuzz tests.
 */
class WorkbookFuzzTest {
    private static final String SOURCE = "district.xlsx";
    /** The line before a sheet (of cells) or a part (of XML): {@code === NAME}. */
    private static final String HEADING = "=== ";
    private static final String TAB = "\t";

    @Test
    void mutatedWorkbookFilesAreReadOrRefusedInOneLine() throws IOException {
        List<byte[]> corpus = new ArrayList<>(small());
        corpus.add(Files.readAllBytes(sample()));
        assertNoFailures(Fuzzer.ofBytes("workbook-bytes", corpus).run(Fuzzer.budget(3), WorkbookFuzzTest::readAndWriteBack,
                WorkbookFuzzTest::isOwnRefusal), false);
    }

    @Test
    void mutatedXmlPartsAreReadOrRefusedInOneLine() throws IOException {
        List<byte[]> corpus = new ArrayList<>();
        for (byte[] xlsx : small()) {
            corpus.add(parts(xlsx));
        }
        assertNoFailures(Fuzzer.ofBytes("workbook-parts", corpus).run(Fuzzer.budget(3),
                input -> readAndWriteBack(zip(input)), WorkbookFuzzTest::isOwnRefusal), true);
    }

    @Test
    void mutatedCellsAndSheetsAreReadOrRefusedInOneLine() throws IOException {
        List<byte[]> corpus = new ArrayList<>();
        for (byte[] xlsx : small()) {
            corpus.add(cells(xlsx));
        }
        assertNoFailures(Fuzzer.ofBytes("workbook-cells", corpus).run(Fuzzer.budget(3),
                input -> readAndWriteBack(workbook(input)), WorkbookFuzzTest::isOwnRefusal), true);
    }

    /**
     * The inputs the fuzzer failed on in its long runs, kept in {@code src/test/resources/fuzz-findings}
     * under the name it saved them by ({@code TARGET-NUMBER.bin}, seed 1129), each fed to its target again.
     */
    @ParameterizedTest
    @MethodSource("findings")
    void theFindingsOfPastRunsAreReadOrRefusedInOneLine(Path finding) throws Exception {
        byte[] input = Files.readAllBytes(finding);
        String target = finding.getFileName().toString().replaceFirst("-\\d+\\.bin$", "");
        try {
            switch (target) {
                case "workbook-bytes" -> readAndWriteBack(input);
                case "workbook-parts" -> readAndWriteBack(zip(input));
                case "workbook-cells" -> readAndWriteBack(workbook(input));
                default -> throw new AssertionError("no target " + target);
            }
        } catch (RuntimeException e) {
            assertThat(isOwnRefusal(e)).as("%s", e).isTrue();
        }
    }

    private static Stream<Path> findings() throws IOException {
        return Files.list(Path.of("src/test/resources/fuzz-findings")).sorted();
    }

    private static void assertNoFailures(Fuzzer.Outcome outcome, boolean someAccepted) {
        assertThat(outcome.failures()).as(outcome.toString()).isEmpty();
        if (someAccepted) {
            assertThat(outcome.accepted()).as("mutations accepted, written back and read again").isPositive();
        }
    }

    /** Reads {@code xlsx}; when accepted, writes the district again and reads it back: the same facts, period and name. */
    private static void readAndWriteBack(byte[] xlsx) throws IOException {
        DistrictWorkbook.Contents read = DistrictWorkbook.readContents(xlsx, SOURCE);
        for (String lang : List.of("zh", "en")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DistrictWorkbook.write(read.data(), read.name(), lang, out);
            DistrictWorkbook.Contents again = DistrictWorkbook.readContents(out.toByteArray(), "written.xlsx");
            if (!Workbooks.facts(again.data()).equals(Workbooks.facts(read.data()))
                    || !Objects.equals(again.name(), read.name())) {
                throw new AssertionError("the district written in " + lang + " and read back differs from the one read");
            }
        }
    }

    /**
     * The reader's own refusal: a {@link WorkbookException}, a line per problem, each naming the file, with no
     * error and no runtime exception thrown by this project's code among its causes (but the
     * {@link IllegalArgumentException} by which records check their fields); one thrown by the zip or
     * XML libraries on a broken file is the reason the file cannot be read.
     */
    private static boolean isOwnRefusal(Throwable thrown) {
        if (!(thrown instanceof WorkbookException) || thrown.getMessage() == null || !thrown.getMessage().lines()
                .allMatch(line -> line.startsWith(SOURCE + ":") || line.startsWith(SOURCE + "!"))) {
            return false;
        }
        for (Throwable cause = thrown.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof Error || cause instanceof RuntimeException && !(cause instanceof IllegalArgumentException)
                    && cause.getStackTrace().length > 0
                    && cause.getStackTrace()[0].getClassName().startsWith("io.github.fulianrules.")) {
                return false;
            }
        }
        return true;
    }

    private static Path sample() {
        return Path.of(System.getProperty("sample.xlsx", "../../examples/sample/district.xlsx"));
    }

    /** The small district of the reader fuzzer, written as a workbook in Chinese and in English. */
    private static List<byte[]> small() throws IOException {
        DistrictData district;
        try (InputStream in = Fuzzer.class.getResourceAsStream("/fuzz/small-district.json")) {
            district = DistrictReader.read(in.readAllBytes(), "small-district.json");
        }
        List<byte[]> out = new ArrayList<>();
        for (String lang : List.of("zh", "en")) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DistrictWorkbook.write(district, "small", lang, bytes);
            out.add(bytes.toByteArray());
        }
        return out;
    }

    /** The parts of a workbook as text: {@code === NAME} on a line, then the part's content on the next lines. */
    private static byte[] parts(byte[] xlsx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx)).get()) {
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                out.write((HEADING + e.getName() + "\n").getBytes(StandardCharsets.UTF_8));
                try (InputStream part = zip.getInputStream(e)) {
                    part.transferTo(out);
                }
                out.write('\n');
            }
        }
        return out.toByteArray();
    }

    /**
     * The workbook whose parts {@link #parts} gives; text before the first part is left out, a part
     * named twice is one part, a name is cut to 1,000 characters (a zip entry's name has at most 65,535 bytes).
     */
    private static byte[] zip(byte[] parts) throws IOException {
        Map<String, ByteArrayOutputStream> named = new LinkedHashMap<>();
        ByteArrayOutputStream current = null;
        int start = 0;
        while (start < parts.length) {
            int end = start;
            while (end < parts.length && parts[end] != '\n') {
                end++;
            }
            String line = new String(parts, start, end - start, StandardCharsets.UTF_8);
            if (line.startsWith(HEADING)) {
                String name = line.substring(HEADING.length());
                current = named.computeIfAbsent(name.substring(0, Math.min(name.length(), 1000)),
                        n -> new ByteArrayOutputStream());
            } else if (current != null) {
                current.write(parts, start, Math.min(end + 1, parts.length) - start);
            }
            start = end + 1;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, ByteArrayOutputStream> part : named.entrySet()) {
                out.putNextEntry(new ZipEntry(part.getKey()));
                part.getValue().writeTo(out);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /**
     * The cells of a workbook as text: {@code === NAME} before each sheet, then a line per row, cells
     * between tabs, each an {@code S} (text), {@code N} (number), {@code B} (true or false) or
     * {@code F} (a formula) before its value, an empty cell empty.
     */
    private static byte[] cells(byte[] xlsx) throws IOException {
        StringBuilder text = new StringBuilder();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb.getSheets().toList()) {
                text.append(HEADING).append(sheet.getName()).append('\n');
                for (Row row : sheet.read()) {
                    List<String> line = new ArrayList<>();
                    for (int c = 0; c < row.getCellCount(); c++) {
                        Cell cell = row.getCell(c);
                        line.add(cell == null ? "" : switch (cell.getType()) {
                            case STRING -> "S" + cell.asString().replace('\t', ' ').replace('\n', ' ');
                            case NUMBER -> "N" + cell.asNumber().toPlainString();
                            case BOOLEAN -> "B" + cell.asBoolean();
                            case FORMULA -> "F" + cell.getFormula();
                            default -> "";
                        });
                    }
                    text.append(String.join(TAB, line)).append('\n');
                }
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The workbook whose cells {@link #cells} gives. What a spreadsheet could not hold is made so
     * that it can: a sheet name cut to 31 characters without {@code []:*?/\}, a second sheet of the
     * same name numbered, an empty sheet when there is none; a number that does not parse is text.
     */
    private static byte[] workbook(byte[] cells) {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        List<List<Object>> rows = null;
        for (String line : new String(cells, StandardCharsets.UTF_8).split("\n", -1)) {
            if (line.startsWith(HEADING)) {
                String name = sheetName(line.substring(HEADING.length()));
                String unique = name;
                for (int n = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); n++) {
                    unique = name.substring(0, Math.min(name.length(), 27)) + " " + n;
                }
                rows = new ArrayList<>();
                sheets.put(unique, rows);
            } else if (rows != null) {
                List<Object> row = new ArrayList<>();
                for (String cell : line.split(TAB, -1)) {
                    row.add(cell(cell));
                }
                rows.add(row);
            }
        }
        if (sheets.isEmpty()) {
            sheets.put("Sheet", List.of()); // a workbook has a sheet at least
        }
        try {
            return Workbooks.workbook(sheets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sheetName(String name) {
        String cleaned = name.replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", "").strip();
        cleaned = cleaned.length() > 31 ? cleaned.substring(0, 31).strip() : cleaned;
        return cleaned.isEmpty() || cleaned.startsWith("'") || cleaned.endsWith("'") ? "Sheet" : cleaned;
    }

    private static Object cell(String text) {
        if (text.isEmpty()) {
            return null;
        }
        String value = text.substring(1);
        return switch (text.charAt(0)) {
            case 'N' -> {
                try {
                    yield new BigDecimal(value);
                } catch (NumberFormatException e) {
                    yield value;
                }
            }
            case 'B' -> Boolean.parseBoolean(value);
            case 'F' -> new Workbooks.Formula(value);
            default -> value;
        };
    }
}
