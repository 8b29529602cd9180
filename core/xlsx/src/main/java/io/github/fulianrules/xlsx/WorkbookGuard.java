package io.github.fulianrules.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The checks a workbook passes before any part of it is parsed, so that a hostile file costs one
 * line and bounded memory: not too large, a zip (not an old binary or encrypted workbook), not too
 * many parts, no part that unpacks far beyond its packed size or past a total (a zip bomb), no
 * macros, no links to other files, no data connections, no embedded objects. Each part is unpacked
 * once here, counting, before the reader unpacks it again.
 */
final class WorkbookGuard {
    /** The largest workbook read, in bytes (50 MiB): a full-size district is under half a megabyte. */
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    /** The most parts (zip entries) a workbook may have; one of 12 sheets has about 30. */
    static final int MAX_PARTS = 1_000;
    /** The most a workbook may unpack to, all parts together (200 MiB). */
    static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;
    /** A part larger than {@link #RATIO_FLOOR} bytes may unpack to at most this many times its packed size. */
    static final int MAX_RATIO = 100;
    static final long RATIO_FLOOR = 1024 * 1024;

    /** How an OpenDocument spreadsheet starts after its zip entry's header: the entry {@code mimetype} and its content. */
    private static final String ODS_MEDIA_TYPE = "mimetypeapplication/vnd.oasis.opendocument.spreadsheet";

    private record Refusal(String prefix, String key) {
    }

    /** Parts a district workbook never has, by name prefix (lower case), and why each is refused. */
    private static final List<Refusal> REFUSED = List.of(
            new Refusal("xl/vbaproject", "guard.macros"),
            new Refusal("xl/macrosheets/", "guard.macroSheets"),
            new Refusal("xl/externallinks/", "guard.externalLinks"),
            new Refusal("xl/connections", "guard.connections"),
            new Refusal("xl/querytables/", "guard.queryTables"),
            new Refusal("xl/activex/", "guard.activeX"),
            new Refusal("xl/embeddings/", "guard.embeddings"));

    private WorkbookGuard() {
    }

    /** Whether {@code content} (its first bytes at least) starts as a zip file, as every .xlsx does. */
    static boolean isZip(byte[] content) {
        return startsWith(content, 0x50, 0x4B, 0x03, 0x04);
    }

    /** Whether {@code content} is an OLE2 compound file: an Excel 97–2003 .xls, or an encrypted workbook. */
    static boolean isOle2(byte[] content) {
        return startsWith(content, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
    }

    /**
     * Whether {@code head}, a file's first bytes, is an OpenDocument spreadsheet (.ods): a zip whose
     * first entry, stored unpacked, is {@code mimetype} holding the spreadsheet's media type.
     */
    static boolean isOpenDocument(byte[] head) {
        return isZip(head) && new String(head, StandardCharsets.ISO_8859_1).contains(ODS_MEDIA_TYPE);
    }


    /**
     * Throws a {@link WorkbookException} naming {@code source}, in the words of {@code locale}, unless
     * the workbook passes every check.
     */
    static void check(WorkbookSource workbook, String source, Locale locale) {
        try {
            byte[] head = workbook.head(30 + ODS_MEDIA_TYPE.length());
            if (isOle2(head)) {
                throw refuse(source, locale, Message.of("guard.xls"));
            }
            if (isOpenDocument(head)) {
                throw refuse(source, locale, Message.of("guard.ods"));
            }
            long size = workbook.size();
            if (size > MAX_FILE_BYTES) {
                throw refuse(source, locale, Message.of("guard.tooLarge", size, MAX_FILE_BYTES));
            }
            if (!isZip(head)) {
                throw refuse(source, locale, Message.of("guard.notXlsx"));
            }
            parts(workbook, source, locale);
        } catch (IOException | RuntimeException e) {
            if (e instanceof WorkbookException w) {
                throw w;
            }
            throw new WorkbookException(List.of(new WorkbookException.Problem(source, "", "", "",
                    Message.of("guard.unreadable", WorkbookReading.describe(e)))), false, locale, e);
        }
    }

    private static void parts(WorkbookSource workbook, String source, Locale locale) throws IOException {
        try (ZipFile zip = workbook.zip()) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            if (entries.size() > MAX_PARTS) {
                throw refuse(source, locale, Message.of("guard.tooManyParts", entries.size(), MAX_PARTS));
            }
            for (ZipArchiveEntry entry : entries) {
                String name = entry.getName().toLowerCase(Locale.ROOT);
                for (Refusal r : REFUSED) {
                    if (name.startsWith(r.prefix())) {
                        throw refuse(source, locale, Message.of(r.key()));
                    }
                }
            }
            long total = 0;
            for (ZipArchiveEntry entry : entries) {
                total += unpacked(zip, entry, total, source, locale);
            }
        }
    }

    /** The unpacked size of {@code entry}, counted; refused past the ratio or the total. */
    private static long unpacked(ZipFile zip, ZipArchiveEntry entry, long before, String source, Locale locale)
            throws IOException {
        if (entry.isDirectory()) {
            return 0;
        }
        long packed = Math.max(1, entry.getCompressedSize());
        long count = 0;
        byte[] buffer = new byte[64 * 1024];
        boolean contentTypes = "[Content_Types].xml".equals(entry.getName());
        StringBuilder types = contentTypes ? new StringBuilder() : null;
        try (InputStream in = zip.getInputStream(entry)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                count += n;
                if (before + count > MAX_UNPACKED_BYTES) {
                    throw refuse(source, locale, Message.of("guard.unpacked", MAX_UNPACKED_BYTES));
                }
                if (count > RATIO_FLOOR && count > MAX_RATIO * packed) {
                    throw refuse(source, locale, Message.of("guard.ratio", entry.getName(), MAX_RATIO));
                }
                if (types != null && types.length() < 1_000_000) {
                    types.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            }
        }
        if (types != null && types.toString().toLowerCase(Locale.ROOT).contains("macroenabled")) {
            throw refuse(source, locale, Message.of(REFUSED.get(0).key()));
        }
        return count;
    }

    private static WorkbookException refuse(String source, Locale locale, Message problem) {
        return new WorkbookException(List.of(new WorkbookException.Problem(source, "", "", "", problem)), false, locale, null);
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
}
