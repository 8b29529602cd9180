package io.github.fulianrules.examples.cli;

import io.github.fulianrules.FulianRulesException;
import io.github.fulianrules.catalogue.Catalogue;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.report.Kind;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.report.ReportCsv;
import io.github.fulianrules.report.ReportHtml;
import io.github.fulianrules.report.ReportJson;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A report in the format asked for, to standard output or a file, and the exit code it gives. */
final class ReportOutput {
    /** What makes {@code check} exit 1. */
    enum FailOn {
        /** An open violation (not waived): the default. */
        VIOLATION,
        /** An open violation or a warning. */
        WARNING,
        /** Nothing: exit 0 whatever was found (input errors still exit 2). */
        NEVER;

        int exitCode(Report report) {
            boolean fail = switch (this) {
                case VIOLATION -> report.hasOpenViolations();
                case WARNING -> report.hasOpenViolations()
                        || report.findings().stream().map(Finding::kind).anyMatch(k -> k == Kind.WARNING);
                case NEVER -> false;
            };
            return fail ? Main.VIOLATIONS : Main.OK;
        }
    }

    private ReportOutput() {
    }

    static String render(CheckCommand.Format format, Report report, Catalogue catalogue, DistrictData data,
                         String lang, boolean bySubject) {
        return switch (format) {
            case JSON -> ReportJson.toJson(report);
            case HTML -> ReportHtml.toHtml(report, catalogue, lang);
            case CSV -> ReportCsv.findings(report, lang);
            case XLSX -> throw new IllegalStateException("a workbook is written to a file, not rendered as text");
            case TEXT -> {
                StringWriter text = new StringWriter();
                PrintWriter out = new PrintWriter(text);
                new TextReport(catalogue, data, lang, bySubject).print(report, out);
                out.flush();
                yield text.toString();
            }
        };
    }

    /** Where the scorecard of a CSV report goes: {@code report.csv} → {@code report.scorecard.csv}. */
    static Path scorecardFile(Path csv) {
        return besideCsv(csv, "scorecard");
    }

    /** The second table of a CSV report: {@code report.csv} and {@code subjects} → {@code report.subjects.csv}. */
    static Path besideCsv(Path csv, String table) {
        String name = csv.getFileName().toString();
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return csv.resolveSibling(base + "." + table + ".csv");
    }

    /**
     * Writes {@code text} to {@code file} in UTF-8 through a temporary file in the same directory,
     * moved into place, so that a reader never sees half a report.
     */
    static void write(Path file, String text) {
        write(file, "output.report", out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** What writes a file's content: a workbook, a text. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * As {@link #write(Path, String)}, for content written to a stream (a workbook); errors say what
     * was written: {@code what} is its key in the bundle {@code Messages}, e.g. {@code output.report}.
     */
    static void write(Path file, String what, Content content) {
        Path tmp = temporaryFor(file);
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                content.writeTo(out);
            }
            moveInto(tmp, file);
        } catch (IOException e) {
            throw new CannotWrite(what, file, e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the report itself was written or the error above says why not
            }
        }
    }

    /** The temporary file a report to {@code file} is written to before {@link #moveInto}: in the same directory. */
    static Path temporaryFor(Path file) {
        Path target = file.toAbsolutePath();
        // Not Files.createTempFile: its owner-only permissions would stay on the report.
        return target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    }

    /** Moves a finished temporary file onto {@code file}, atomically where the file system can. */
    static void moveInto(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file.toAbsolutePath(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file.toAbsolutePath(), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A file the tool could not write: Main tells it in the run's language ({@code output.cannotWrite}). */
    static final class CannotWrite extends FulianRulesException {
        private final String what;
        private final Path file;

        /** @param what the key of what was being written in the bundle {@code Messages}, e.g. {@code output.report} */
        CannotWrite(String what, Path file, IOException cause) {
            super(Language.EN.say("output.cannotWrite", Language.EN.say(what), file, cause), cause);
            this.what = what;
            this.file = file;
        }

        /** The sentence in {@code language}. */
        String in(Language language) {
            return language.say("output.cannotWrite", language.say(what), file, getCause());
        }
    }
}
