package io.github.fulianrules.examples.cli;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.report.ReportCsv;
import io.github.fulianrules.xlsx.ReportWorkbook;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code check FILE}: reads a district, evaluates it with the bundled rules or those of {@code --rules}, prints the report. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks the district in FILE (JSON, format fulian-rules/district@1, or an Excel workbook .xlsx "
                + "as the template command writes; - for standard input), or one district per line of FILE.jsonl.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no open violation (waived violations don't count)",
            "1:open violations (what counts is set by --fail-on)",
            "2:bad input or usage, or --out not writable",
            "3:internal error"})
final class CheckCommand implements Callable<Integer> {
    enum Format { TEXT, JSON, HTML, CSV, XLSX }

    enum Lang { ZH, EN }

    enum GroupBy { REQUIREMENT, SUBJECT }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the district's facts, or - for standard input")
    private Path file;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|html|csv|xlsx",
            description = "text for people (default), json for programs, html (one self-contained page), "
                    + "csv (UTF-8 with BOM, one row per finding), xlsx (a workbook: findings, scorecard, "
                    + "by federation, notes; needs --out)")
    private Format format;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en",
            description = "language of the text report and of messages (default zh)")
    private Lang lang;

    @Option(names = "--group-by", defaultValue = "requirement", paramLabel = "requirement|subject",
            description = "how the text report groups findings (default requirement)")
    private GroupBy groupBy;

    @Option(names = "--out", paramLabel = "FILE",
            description = "write the report to FILE (UTF-8, replaced atomically) instead of standard output; "
                    + "with --format csv the scorecard goes to FILE's name + .scorecard.csv")
    private Path out;

    @Option(names = "--fail-on", defaultValue = "violation", paramLabel = "violation|warning|never",
            description = "what makes the exit code 1: an open violation (default), an open violation or a warning, never")
    private ReportOutput.FailOn failOn;

    @Mixin
    private RuleSetOption rules;

    @Option(names = "--jsonl", description = "FILE holds one district per line (JSON lines); implied by a name ending in .jsonl")
    private boolean jsonLines;

    @Option(names = "--threads", paramLabel = "N", description = "districts checked at once in JSON lines (default: the processors)")
    private Integer threads;

    @Override
    public Integer call() throws java.io.IOException {
        if (jsonLines || file.toString().endsWith(".jsonl")) {
            return BatchCommand.check(spec, file, rules.engine(), threads, format, lang == Lang.EN ? "en" : "zh", out,
                    failOn, (engine, data) -> new TextReport(engine.catalogue(), data, lang == Lang.EN ? "en" : "zh",
                            groupBy == GroupBy.SUBJECT));
        }
        if (format == Format.XLSX && out == null) {
            throw new ParameterException(spec.commandLine(), "--format xlsx writes a workbook: give --out FILE.xlsx");
        }
        Supplier<FulianRules> loading = rules.engineInBackground();
        DistrictData data = "-".equals(file.toString())
                ? DistrictReader.read(System.in, "<stdin>")
                : DistrictReader.read(file);
        FulianRules engine = loading.get();
        Report report = engine.evaluate(data);
        String language = lang == Lang.EN ? "en" : "zh";
        if (format == Format.XLSX) {
            ReportOutput.write(this.out, "the report", o -> ReportWorkbook.write(report, engine.catalogue(), language, o));
            return failOn.exitCode(report);
        }
        String text = ReportOutput.render(format, report, engine.catalogue(), data, language, groupBy == GroupBy.SUBJECT);
        if (this.out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(text);
            stdout.flush();
        } else {
            ReportOutput.write(this.out, text);
            if (format == Format.CSV) {
                ReportOutput.write(ReportOutput.scorecardFile(this.out), ReportCsv.scorecard(report, language));
            }
        }
        return failOn.exitCode(report);
    }
}
