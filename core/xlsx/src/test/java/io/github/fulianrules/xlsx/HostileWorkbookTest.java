package io.github.fulianrules.xlsx;

import static io.github.fulianrules.xlsx.Workbooks.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile workbooks, made here: each is refused in one line before it costs more than bounded
 * memory. The parts are written as a spreadsheet program would, on top of a valid workbook.
 */
class HostileWorkbookTest {
    /** Writes a part's content. */
    interface Part {
        void write(OutputStream out) throws IOException;
    }

    /** A valid workbook (period and one building sheet, sheet2.xml) with {@code parts} added or replaced. */
    static byte[] tampered(Map<String, Part> parts) throws IOException {
        byte[] valid = Workbooks.withPeriod(Map.of("楼宇", rows(List.of("编号", "名称"), List.of("b1", "大厦"))));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(valid)).get();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipArchiveEntry e : java.util.Collections.list(in.getEntries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                Part replacement = parts.get(e.getName());
                if (replacement == null) {
                    try (InputStream part = in.getInputStream(e)) {
                        part.transferTo(out);
                    }
                } else {
                    replacement.write(out);
                }
                out.closeEntry();
            }
            for (Map.Entry<String, Part> p : parts.entrySet()) {
                if (!new String(valid, StandardCharsets.ISO_8859_1).contains(p.getKey())) {
                    out.putNextEntry(new ZipEntry(p.getKey()));
                    p.getValue().write(out);
                    out.closeEntry();
                }
            }
        }
        return bytes.toByteArray();
    }

    private static String error(byte[] workbook) {
        return catchThrowableOfType(WorkbookException.class,
                () -> DistrictWorkbook.readContents(workbook, "hostile.xlsx")).getMessage();
    }

    private static Part text(String s) {
        return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    /** The building sheet with {@code rows} rows after its header, each with an id of its own. */
    private static Part manyRows(int rows) {
        return out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>编号</t></is></c>"
                    + "<c r=\"B1\" t=\"inlineStr\"><is><t>所在组织</t></is></c></row>");
            for (int r = 2; r <= rows + 1; r++) {
                w.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>b" + r + "</t></is></c>"
                        + "<c r=\"B" + r + "\" t=\"inlineStr\"><is><t>sd1</t></is></c></row>");
            }
            w.write("</sheetData></worksheet>");
            w.flush();
        };
    }

    /** {@code megabytes} of spaces: a part that packs a thousandfold. */
    private static Part spaces(int megabytes) {
        return out -> {
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                out.write(block);
            }
        };
    }

    @Test
    @Tag("separate-jvm")
    void aMillionRowsAndAZipBombAreRefusedInASmallHeap(@TempDir Path dir) throws Exception {
        Path rows = Files.write(dir.resolve("rows.xlsx"), tampered(Map.of("xl/worksheets/sheet2.xml", manyRows(1_000_000))));
        Path bomb = Files.write(dir.resolve("bomb.xlsx"), tampered(Map.of("xl/worksheets/sheet2.xml", spaces(64))));

        assertThat(inSmallHeap(rows)).isEqualTo(rows + "!楼宇: more than 100000 rows (a district has a few thousand "
                + "records of a kind at most)");
        assertThat(inSmallHeap(bomb)).startsWith(bomb + ": the part xl/worksheets/sheet2.xml unpacks to more than 100 times");
    }

    /** What {@link ReadInSmallHeap} prints reading {@code file} with a heap of 32 MB; it fails the test on any other ending. */
    private static String inSmallHeap(Path file) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx32m",
                "-cp", System.getProperty("java.class.path"), ReadInSmallHeap.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }

    @Test
    void rowsUpToTheCapAreRead() throws Exception {
        byte[] wb = tampered(Map.of("xl/worksheets/sheet2.xml", manyRows(WorkbookReading.MAX_ROWS - 1)));

        assertThat(DistrictWorkbook.readContents(wb, "big.xlsx").data().buildings()).hasSize(WorkbookReading.MAX_ROWS - 1);
    }

    @Test
    void aRowPastTheCapIsRefused() throws Exception {
        byte[] wb = tampered(Map.of("xl/worksheets/sheet2.xml", manyRows(WorkbookReading.MAX_ROWS)));

        assertThat(error(wb)).isEqualTo("hostile.xlsx!楼宇: more than 100000 rows (a district has a few thousand records "
                + "of a kind at most)");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsParsed() throws Exception {
        assertThat(error(tampered(Map.of("xl/worksheets/sheet2.xml", spaces(16)))))
                .isEqualTo("hostile.xlsx: the part xl/worksheets/sheet2.xml unpacks to more than 100 times its packed size "
                        + "(a zip bomb?)");
    }

    @Test
    void macrosAreRefused() throws Exception {
        assertThat(error(tampered(Map.of("xl/vbaProject.bin", text("VBA")))))
                .isEqualTo("hostile.xlsx: the workbook contains macros: save it as an Excel workbook (.xlsx) without macros");
    }

    @Test
    void aMacroEnabledContentTypeIsRefusedToo() throws Exception {
        String types = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.ms-excel.sheet.macroEnabled.main+xml\"/>"
                + "</Types>";

        assertThat(error(tampered(Map.of("[Content_Types].xml", text(types))))).contains("the workbook contains macros");
    }

    @Test
    void externalLinksAreRefused() throws Exception {
        assertThat(error(tampered(Map.of("xl/externalLinks/externalLink1.xml", text("<externalLink/>")))))
                .isEqualTo("hostile.xlsx: the workbook links to other workbooks (external links): "
                        + "break the links (Data > Edit Links) and save again");
    }

    @Test
    void tooManyPartsAreRefused() throws Exception {
        Map<String, Part> parts = new java.util.LinkedHashMap<>();
        for (int i = 0; i < WorkbookGuard.MAX_PARTS; i++) {
            parts.put("docProps/extra" + i + ".xml", text("<x/>"));
        }

        assertThat(error(tampered(parts))).startsWith("hostile.xlsx: the workbook has 10").endsWith(" parts, more than the 1000 accepted");
    }

    @Test
    void entityExpansionInASheetIsRefused() throws Exception {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&a9;</t></is></c></row></sheetData></worksheet>");

        assertThat(error(tampered(Map.of("xl/worksheets/sheet2.xml", text(dtd.toString())))))
                .startsWith("hostile.xlsx!楼宇: cannot be read: ");
    }

    @Test
    void anOldOrEncryptedWorkbookIsRefused() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};

        assertThat(error(ole2)).isEqualTo("hostile.xlsx: an Excel 97-2003 workbook (.xls) or a password-protected one: "
                + "save it as an Excel workbook (.xlsx) without a password");
    }

    @Test
    void aTruncatedWorkbookIsOneLine() throws Exception {
        byte[] valid = tampered(Map.of());

        assertThat(error(Arrays.copyOf(valid, valid.length / 2)))
                .startsWith("hostile.xlsx: not a readable Excel workbook (.xlsx): ").doesNotContain("\n");
    }

    @Test
    void aZipThatIsNoWorkbookIsOneLine() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(error(bytes.toByteArray())).startsWith("hostile.xlsx: not a readable Excel workbook (.xlsx): ");
    }

    /** Found by fuzzing (2026-11-29): a NullPointerException behind "not a readable Excel workbook". */
    @Test
    void aSheetWithoutANameIsRefusedInOneLine() throws Exception {
        byte[] valid = Workbooks.withPeriod(Map.of("楼宇", rows(List.of("编号", "名称"), List.of("b1", "大厦"))));
        String book = Workbooks.part(valid, "xl/workbook.xml").replaceFirst("(<sheet [^>]*/><sheet )name=\"[^\"]*\" ", "$1");
        assertThat(book).contains("<sheet r:id=");

        assertThat(error(tampered(Map.of("xl/workbook.xml", text(book))))).isEqualTo("hostile.xlsx: sheet 2 has no name "
                + "(xl/workbook.xml): the file is damaged; save it again from the spreadsheet program");
    }

    /**
     * Found by fuzzing (2026-11-29, seed 1129, input 944 of the workbook's bytes): a shared-strings
     * part cut short leaves cells pointing at no text, a NullPointerException behind "cannot be read".
     */
    @Test
    void aTextCellWhoseTextIsNotInTheFileIsRefusedAtItsPlace() throws Exception {
        byte[] damaged = Files.readAllBytes(Path.of("src/test/resources/fuzz-findings/workbook-bytes-944.bin"));

        assertThat(catchThrowableOfType(WorkbookException.class, () -> DistrictWorkbook.readContents(damaged, "damaged.xlsx"))
                .getMessage()).startsWith("damaged.xlsx!period!A1: a text cell whose text is not in the file "
                + "(xl/sharedStrings.xml): the file is damaged; save it again from the spreadsheet program");
    }
}
