package io.github.fulianrules.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.fulianrules.compare.DiffSummary;
import io.github.fulianrules.compare.ReportDiff;
import io.github.fulianrules.compare.ReportDifference;
import io.github.fulianrules.input.InputException;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.report.ReportJsonReader;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code diff BEFORE AFTER}: two reports of the same districts compared finding by finding. Two
 * {@code check --format json} reports of one district, or two JSON-lines files of reports
 * ({@code check FILE.jsonl --format json}) matched by district: the earlier file is indexed (a
 * district and a byte offset per line), the later one read line by line, so only two districts'
 * reports are in memory at a time (the HTML page keeps every district's changes).
 */
@Command(name = "diff", mixinStandardHelpOptions = true)
final class DiffCommand implements Callable<Integer> {
    enum Format { TEXT, JSON, CSV, HTML }

    enum FailOn { NEW, NEVER }

    private static final JsonFactory JSON = JsonFactory.builder().build();

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BEFORE", descriptionKey = "before")
    private Path before;

    @Parameters(index = "1", paramLabel = "AFTER", descriptionKey = "after")
    private Path after;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|csv|html")
    private Format format;

    @Option(names = "--out", paramLabel = "FILE")
    private Path out;

    @Option(names = "--fail-on", defaultValue = "never", paramLabel = "new|never")
    private FailOn failOn;

    @Option(names = "--jsonl")
    private boolean jsonLines;

    @Override
    public Integer call() throws IOException {
        DiffOutput output = new DiffOutput(Main.language(spec).code());
        StringWriter text = new StringWriter();
        PrintWriter to = new PrintWriter(text);
        DiffSummary summary;
        if (jsonLines || before.toString().endsWith(".jsonl") || after.toString().endsWith(".jsonl")) {
            summary = lines(output, to);
        } else {
            ReportDifference d = ReportDiff.between(ReportJsonReader.read(before), ReportJsonReader.read(after));
            summary = DiffSummary.builder().add(d).build();
            to.print(switch (format) {
                case TEXT -> output.text(d);
                case JSON -> output.json(d, true);
                case CSV -> output.csvHeader() + output.csvRows(d);
                case HTML -> output.html(List.of(d), summary);
            });
        }
        to.flush();
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(text);
            stdout.flush();
        } else {
            ReportOutput.write(out, text.toString());
        }
        return failOn == FailOn.NEW && summary.total().opened() > 0 ? Main.VIOLATIONS : Main.OK;
    }

    /** Where a district's report starts in the earlier file, and on which line. */
    private record Place(long offset, int line) {
    }

    private DiffSummary lines(DiffOutput output, PrintWriter to) throws IOException {
        Map<String, Place> index = index(before);
        DiffSummary.Builder summary = DiffSummary.builder();
        List<ReportDifference> kept = new ArrayList<>();
        if (format == Format.CSV) {
            to.print(output.csvHeader());
        }
        String source = after.toString();
        try (RandomAccessFile earlier = new RandomAccessFile(before.toFile(), "r");
             InputStream later = new BufferedInputStream(open(after), 1 << 16)) {
            int number = 0;
            byte[] line;
            while ((line = nextLine(later)) != null) {
                number++;
                if (isBlank(line)) {
                    continue;
                }
                Report now = read(line, source, number);
                String key = now.districtId() == null ? "" : now.districtId();
                Place place = index.remove(key);
                if (place == null) {
                    summary.onlyAfter(key);
                    continue;
                }
                earlier.seek(place.offset());
                Report was = read(readLine(earlier), before.toString(), place.line());
                ReportDifference d = ReportDiff.between(was, now);
                summary.add(d);
                switch (format) {
                    case TEXT -> to.print(output.textPart(source + ":" + number, d));
                    case JSON -> to.print(output.json(d, false));
                    case CSV -> to.print(output.csvRows(d));
                    case HTML -> kept.add(d);
                }
            }
        }
        index.keySet().forEach(summary::onlyBefore);
        DiffSummary result = summary.build();
        switch (format) {
            case TEXT -> to.print(output.textSummary(result));
            case JSON -> to.print(output.jsonSummary(result));
            case HTML -> to.print(output.html(kept, result));
            case CSV -> { }
        }
        return result;
    }

    private static Report read(byte[] line, String source, int number) {
        try {
            return ReportJsonReader.read(line, source);
        } catch (InputException e) {
            // Each line is a whole report: the reader's line 1 is the file's line, its column stays.
            throw new InputException(source, number, e.line() <= 1 ? e.column() : 0, e.path(), e.problem());
        }
    }

    private InputStream open(Path file) throws IOException {
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), 0, 0, "", Main.language(spec).say("input.noSuchFile"), e);
        }
    }

    /** Each district of the earlier file and where its line starts; the first of two with one id wins. */
    private Map<String, Place> index(Path file) throws IOException {
        Map<String, Place> index = new LinkedHashMap<>();
        try (InputStream in = new BufferedInputStream(open(file), 1 << 16)) {
            long offset = 0;
            int number = 0;
            byte[] line;
            while ((line = nextLine(in)) != null) {
                number++;
                long start = offset;
                offset += line.length + 1;
                if (isBlank(line)) {
                    continue;
                }
                String district = districtOf(line, file.toString(), number);
                index.putIfAbsent(district, new Place(start, number));
            }
        }
        return index;
    }

    /** The {@code district} field of a report on one line, read without reading the rest; {@code ""} for none. */
    private String districtOf(byte[] line, String source, int number) {
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new InputException(source, number, 1, "", Main.language(spec).say("diff.notAReportObject"));
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if ("district".equals(name)) {
                    return p.currentToken() == JsonToken.VALUE_NULL ? "" : p.getText();
                }
                p.skipChildren();
            }
            return "";
        } catch (IOException e) {
            throw new InputException(source, number, 0, "",
                    Main.language(spec).say("diff.notAReport", e.getMessage().lines().findFirst().orElse("")));
        }
    }

    /** The next line of {@code in} without its line break, or {@code null} at the end. */
    private static byte[] nextLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
        int b = in.read();
        if (b < 0) {
            return null;
        }
        while (b >= 0 && b != '\n') {
            line.write(b);
            b = in.read();
        }
        return line.toByteArray();
    }

    private static byte[] readLine(RandomAccessFile file) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64 * 1024);
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = file.read(buffer)) > 0) {
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    line.write(buffer, 0, i);
                    return line.toByteArray();
                }
            }
            line.write(buffer, 0, n);
        }
        return line.toByteArray();
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
