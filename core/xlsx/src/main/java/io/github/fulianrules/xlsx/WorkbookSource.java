package io.github.fulianrules.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * Where a workbook's bytes are: a file, read where it lies (memory does not grow with its size), or
 * bytes already in memory (from a stream, or handed over by {@link io.github.fulianrules.input.DistrictReader}).
 */
interface WorkbookSource {
    /** The first {@code n} bytes, or fewer in a shorter file. */
    byte[] head(int n) throws IOException;

    /** The size in bytes. */
    long size() throws IOException;

    /** The zip's directory, to look at its parts before they are parsed. */
    ZipFile zip() throws IOException;

    /** The workbook, for the reader. */
    ReadableWorkbook open() throws IOException;

    static WorkbookSource of(Path file) {
        return new WorkbookSource() {
            @Override
            public byte[] head(int n) throws IOException {
                try (InputStream in = Files.newInputStream(file)) {
                    return in.readNBytes(n);
                }
            }

            @Override
            public long size() throws IOException {
                return Files.size(file);
            }

            @Override
            public ZipFile zip() throws IOException {
                return ZipFile.builder().setPath(file).get();
            }

            @Override
            public ReadableWorkbook open() throws IOException {
                return new ReadableWorkbook(file.toFile());
            }
        };
    }

    static WorkbookSource of(byte[] content) {
        return new WorkbookSource() {
            @Override
            public byte[] head(int n) {
                return java.util.Arrays.copyOf(content, Math.min(n, content.length));
            }

            @Override
            public long size() {
                return content.length;
            }

            @Override
            public ZipFile zip() throws IOException {
                return ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get();
            }

            @Override
            public ReadableWorkbook open() throws IOException {
                return new ReadableWorkbook(new ByteArrayInputStream(content));
            }
        };
    }
}
