package io.github.fulianrules.examples.cli;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.examples.batch.BatchChecker;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.report.ReportCsv;
import io.github.fulianrules.report.ReportJson;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code check FILE.jsonl}: many districts, one per line, checked in parallel by {@link BatchChecker}.
 * JSON output is one report per line; text output is each district's report after a line naming
 * {@code FILE:LINE}. Progress goes to standard error only when a person is watching (a console).
 */
final class BatchCommand {
    private BatchCommand() {
    }

    static int check(CommandSpec spec, Path file, FulianRules engine, Integer threads, CheckCommand.Format format,
                     Path outFile, ReportOutput.FailOn failOn,
                     BiFunction<FulianRules, DistrictData, TextReport> text) throws IOException {
        Language language = Main.language(spec);
        String lang = language.code();
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new ParameterException(spec.commandLine(), language.say("usage.threads", n));
        }
        if (format == CheckCommand.Format.HTML || format == CheckCommand.Format.XLSX) {
            throw new ParameterException(spec.commandLine(),
                    language.say(format == CheckCommand.Format.HTML ? "batch.htmlIsOnePage" : "batch.xlsxIsOneWorkbook"));
        }
        String source = file.toString();
        AtomicLong failing = new AtomicLong();
        BatchChecker checker = new BatchChecker(engine, n, (line, data, report) -> {
            if (failOn.exitCode(report) != Main.OK) {
                failing.incrementAndGet();
            }
            switch (format) {
                case JSON:
                    return ReportJson.toJsonLine(report);
                case CSV:
                    return ReportCsv.findingRows(report, lang);
                default:
                    StringWriter s = new StringWriter();
                    PrintWriter w = new PrintWriter(s);
                    w.println("== " + source + ":" + line + " " + report.districtId() + " ==");
                    text.apply(engine, data).print(report, w);
                    w.println();
                    w.flush();
                    return s.toString();
            }
        });
        Path tmp = outFile == null ? null : ReportOutput.temporaryFor(outFile);
        try (PrintWriter toFile = tmp == null ? null : openForWriting(tmp, outFile)) {
            PrintWriter out = toFile != null ? toFile : spec.commandLine().getOut();
            if (format == CheckCommand.Format.CSV) {
                out.print(ReportCsv.findingsHeader(lang));
            }
            BatchChecker.Result result = run(checker, file, source, out, spec.commandLine().getErr(), language);
            out.flush();
            if (tmp != null) {
                toFile.close();
                try {
                    ReportOutput.moveInto(tmp, outFile);
                } catch (IOException e) {
                    throw new ReportOutput.CannotWrite("output.report", outFile, e);
                }
            }
            return result.badLines() > 0 ? Main.BAD_INPUT : failing.get() > 0 ? Main.VIOLATIONS : Main.OK;
        } finally {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    private static PrintWriter openForWriting(Path tmp, Path outFile) {
        try {
            return new PrintWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ReportOutput.CannotWrite("output.report", outFile, e);
        }
    }

    /** Runs {@code checker} over {@code file} (standard input for {@code -}), showing progress on a console in {@code language}. */
    static BatchChecker.Result run(BatchChecker checker, Path file, String source, PrintWriter out,
                                   PrintWriter err, Language language) throws IOException {
        BatchChecker.ProgressLine progress = System.console() == null ? null : (districts, perSecond, seconds) ->
                language.say("batch.progress", districts, String.format(Locale.ROOT, "%.1f", perSecond),
                        String.format(Locale.ROOT, "%.0f", seconds));
        if ("-".equals(source)) {
            return checker.run(System.in, "<stdin>", out, err, progress);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return checker.run(in, source, out, err, progress);
        } catch (NoSuchFileException e) {
            throw new io.github.fulianrules.input.InputException(source, 0, 0, "", language.say("input.noSuchFile"), e);
        }
    }
}
