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
@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {
    enum Format { TEXT, JSON, HTML, CSV, XLSX }

    enum GroupBy { REQUIREMENT, SUBJECT }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
    private Path file;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|html|csv|xlsx")
    private Format format;

    @Option(names = "--group-by", defaultValue = "requirement", paramLabel = "requirement|subject")
    private GroupBy groupBy;

    @Option(names = "--out", paramLabel = "FILE")
    private Path out;

    @Option(names = "--fail-on", defaultValue = "violation", paramLabel = "violation|warning|never")
    private ReportOutput.FailOn failOn;

    @Mixin
    private RuleSetOption rules;

    @Option(names = "--jsonl")
    private boolean jsonLines;

    @Option(names = "--threads", paramLabel = "N")
    private Integer threads;

    @Override
    public Integer call() throws java.io.IOException {
        String language = Main.language(spec).code();
        if (jsonLines || file.toString().endsWith(".jsonl")) {
            return BatchCommand.check(spec, file, rules.engine(), threads, format, out,
                    failOn, (engine, data) -> new TextReport(engine.catalogue(), data, language,
                            groupBy == GroupBy.SUBJECT));
        }
        if (format == Format.XLSX && out == null) {
            throw new ParameterException(spec.commandLine(), Main.language(spec).say("check.xlsxNeedsOut"));
        }
        Supplier<FulianRules> loading = rules.engineInBackground();
        DistrictData data = "-".equals(file.toString())
                ? DistrictReader.read(System.in, "<stdin>", Main.language(spec).locale())
                : DistrictReader.read(file, Main.language(spec).locale());
        FulianRules engine = loading.get();
        Report report = engine.evaluate(data);
        if (format == Format.XLSX) {
            ReportOutput.write(this.out, "output.report", o -> ReportWorkbook.write(report, engine.catalogue(), language, o));
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
