package io.github.fulianrules.examples.cli;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.examples.batch.BatchChecker;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.report.ReportJson;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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

    static int check(CommandSpec spec, Path file, FulianRules engine, Integer threads, boolean json,
                     BiFunction<FulianRules, DistrictData, TextReport> text) throws IOException {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1: " + n);
        }
        String source = file.toString();
        BatchChecker checker = new BatchChecker(engine, n, (line, data, report) -> {
            if (json) {
                return ReportJson.toJsonLine(report);
            }
            StringWriter s = new StringWriter();
            PrintWriter w = new PrintWriter(s);
            w.println("== " + source + ":" + line + " " + report.districtId() + " ==");
            text.apply(engine, data).print(report, w);
            w.println();
            w.flush();
            return s.toString();
        });
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean progress = System.console() != null;
        BatchChecker.Result result;
        if ("-".equals(source)) {
            result = checker.run(System.in, "<stdin>", out, err, progress);
        } else {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                result = checker.run(in, source, out, err, progress);
            } catch (NoSuchFileException e) {
                throw new io.github.fulianrules.input.InputException(source, 0, 0, "", "no such file", e);
            }
        }
        return result.exitCode();
    }
}
