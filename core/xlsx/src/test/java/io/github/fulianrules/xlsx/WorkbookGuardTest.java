package io.github.fulianrules.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The checks before a workbook is parsed, at their limits: what is just within a limit is read,
 * what is just beyond it is refused in one line naming the file.
 */
class WorkbookGuardTest {
    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private static String error(byte[] workbook) {
        return catchThrowableOfType(WorkbookException.class,
                () -> DistrictWorkbook.readContents(workbook, "hostile.xlsx")).getMessage();
    }

    private static HostileWorkbookTest.Part text(String s) {
        return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code bytes} spaces: a part that packs a thousandfold. */
    private static HostileWorkbookTest.Part spaces(int bytes) {
        return out -> {
            byte[] block = new byte[bytes];
            Arrays.fill(block, (byte) ' ');
            out.write(block);
        };
    }

    /** A valid workbook of one building with {@code parts} added. */
    private static byte[] withParts(Map<String, HostileWorkbookTest.Part> parts) throws IOException {
        byte[] valid = Workbooks.withPeriod(Map.of("楼宇", Workbooks.rows(List.of("编号", "所在组织"), List.of("b1", "sd1"))));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(valid)).get();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipArchiveEntry e : Collections.list(in.getEntries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream part = in.getInputStream(e)) {
                    part.transferTo(out);
                }
                out.closeEntry();
            }
            for (Map.Entry<String, HostileWorkbookTest.Part> p : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(p.getKey()));
                p.getValue().write(out);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** What the parts of the valid workbook {@link #withParts} starts from unpack to, together. */
    private static long unpackedSizeOfTheValidWorkbook() throws IOException {
        byte[] valid = withParts(Map.of());
        long total = 0;
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(valid)).get()) {
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    total += in.readAllBytes().length;
                }
            }
        }
        return total;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "xl/macrosheets/sheet1.xml|the workbook contains Excel 4.0 macro sheets: save it without them as .xlsx",
        "xl/connections.xml|the workbook has data connections: remove them and save again",
        "xl/queryTables/queryTable1.xml|the workbook has data connections (query tables): remove them and save again",
        "xl/activeX/activeX1.xml|the workbook contains ActiveX controls: remove them and save again",
        "xl/embeddings/oleObject1.bin|the workbook contains embedded objects: remove them and save again"})
    void partsADistrictWorkbookNeverHasAreRefusedWithTheReason(String part, String problem) throws Exception {
        assertThat(error(HostileWorkbookTest.tampered(Map.of(part, text("<x/>"))))).isEqualTo("hostile.xlsx: " + problem);
    }

    @Test
    void bytesThatAreNoZipAreNoWorkbook() {
        assertThat(error("name,level\nqx,district\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("hostile.xlsx: not an Excel workbook (.xlsx)");
        assertThat(error(new byte[0])).isEqualTo("hostile.xlsx: not an Excel workbook (.xlsx)");
        assertThat(error(Arrays.copyOf(ZIP_MAGIC, 3))).isEqualTo("hostile.xlsx: not an Excel workbook (.xlsx)");
    }

    @Test
    void theFirstBytesTellAWorkbookFromOtherInput() {
        XlsxFormat format = new XlsxFormat();

        assertThat(format.recognises(ZIP_MAGIC)).isTrue();
        assertThat(format.recognises(OLE2_MAGIC)).isTrue();
        assertThat(format.recognises(Arrays.copyOf(ZIP_MAGIC, 3))).isFalse();
        assertThat(format.recognises(Arrays.copyOf(OLE2_MAGIC, 7))).isFalse();
        assertThat(format.recognises(new byte[] {0x50, 0x4B, 0x05, 0x06})).as("an empty zip").isFalse();
        assertThat(format.recognises("{\"period\":{}}".getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void aFileOfTheLargestSizeIsOpenedAndALargerOneRefusedUnread(@TempDir Path dir) throws Exception {
        Path largest = sparseZipHead(dir.resolve("largest.xlsx"), WorkbookGuard.MAX_FILE_BYTES);
        Path larger = sparseZipHead(dir.resolve("larger.xlsx"), WorkbookGuard.MAX_FILE_BYTES + 1);

        assertThat(catchThrowableOfType(WorkbookException.class, () -> DistrictWorkbook.read(largest)).getMessage())
                .startsWith(largest + ": not a readable Excel workbook (.xlsx): ");
        assertThat(catchThrowableOfType(WorkbookException.class, () -> DistrictWorkbook.read(larger)).getMessage())
                .isEqualTo(larger + ": the workbook is 52428801 bytes, more than the 52428800 accepted");
    }

    @Test
    void bytesOfMoreThanTheLargestSizeAreRefusedUnread() {
        byte[] larger = Arrays.copyOf(ZIP_MAGIC, (int) WorkbookGuard.MAX_FILE_BYTES + 1);

        assertThat(error(larger)).isEqualTo("hostile.xlsx: the workbook is 52428801 bytes, more than the 52428800 accepted");
    }

    /** A file of {@code size} bytes, the zip signature and then nothing written (a sparse file: no disk used). */
    private static Path sparseZipHead(Path file, long size) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.write(ZIP_MAGIC);
            f.setLength(size);
        }
        return file;
    }

    @Test
    void aWorkbookOfTheMostPartsIsRead() throws Exception {
        int before;
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(
                new SeekableInMemoryByteChannel(withParts(Map.of()))).get()) {
            before = Collections.list(zip.getEntries()).size();
        }
        Map<String, HostileWorkbookTest.Part> parts = new LinkedHashMap<>();
        for (int i = before; i < WorkbookGuard.MAX_PARTS; i++) {
            parts.put("docProps/extra" + i + ".xml", text("<x/>"));
        }

        assertThat(DistrictWorkbook.readContents(withParts(parts), "many.xlsx").data().buildings())
                .hasSize(1);
    }

    @Test
    void partsUpToTheirLimitsAreReadAndOneByteMoreIsRefused() throws Exception {
        int megabyte = (int) WorkbookGuard.RATIO_FLOOR;
        int parts = (int) (WorkbookGuard.MAX_UNPACKED_BYTES / megabyte);
        Map<String, HostileWorkbookTest.Part> exactly = new LinkedHashMap<>();
        for (int i = 1; i < parts; i++) {
            exactly.put("docProps/padding" + i + ".xml", spaces(megabyte));
        }
        exactly.put("docProps/padding0.xml", spaces(megabyte - (int) unpackedSizeOfTheValidWorkbook()));
        Map<String, HostileWorkbookTest.Part> oneMore = new LinkedHashMap<>(exactly);
        oneMore.put("docProps/padding0.xml", spaces(megabyte - (int) unpackedSizeOfTheValidWorkbook() + 1));

        assertThat(DistrictWorkbook.readContents(withParts(exactly), "full.xlsx").data().buildings())
                .as("each part a thousand times its packed size, but no larger than a megabyte: %d MiB", parts)
                .hasSize(1);
        assertThat(error(withParts(oneMore)))
                .isEqualTo("hostile.xlsx: the workbook unpacks to more than 209715200 bytes (a zip bomb?)");
    }
}
