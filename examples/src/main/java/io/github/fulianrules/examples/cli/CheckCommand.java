package io.github.fulianrules.examples.cli;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.report.ReportJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code check FILE}: reads a district, evaluates it with the bundled rules or those of {@code --rules}, prints the report. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks the district in FILE (JSON, format fulian-rules/district@1; - for standard input), or one district per line of FILE.jsonl.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no open violation (waived violations don't count)",
            "1:open violations",
            "2:bad input or usage",
            "3:internal error"})
final class CheckCommand implements Callable<Integer> {
    enum Format { TEXT, JSON }

    enum Lang { ZH, EN }

    enum GroupBy { REQUIREMENT, SUBJECT }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the district's facts, or - for standard input")
    private Path file;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "text for people (default), json for programs")
    private Format format;

    @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en",
            description = "language of the text report and of messages (default zh)")
    private Lang lang;

    @Option(names = "--group-by", defaultValue = "requirement", paramLabel = "requirement|subject",
            description = "how the text report groups findings (default requirement)")
    private GroupBy groupBy;

    @Mixin
    private RuleSetOption rules;

    @Option(names = "--jsonl", description = "FILE holds one district per line (JSON lines); implied by a name ending in .jsonl")
    private boolean jsonLines;

    @Option(names = "--threads", paramLabel = "N", description = "districts checked at once in JSON lines (default: the processors)")
    private Integer threads;

    @Override
    public Integer call() throws java.io.IOException {
        if (jsonLines || file.toString().endsWith(".jsonl")) {
            return BatchCommand.check(spec, file, rules.engine(), threads, format == Format.JSON,
                    (engine, data) -> new TextReport(engine.catalogue(), data, lang == Lang.EN ? "en" : "zh",
                            groupBy == GroupBy.SUBJECT));
        }
        DistrictData data = "-".equals(file.toString())
                ? DistrictReader.read(System.in, "<stdin>")
                : DistrictReader.read(file);
        FulianRules engine = rules.engine();
        Report report = engine.evaluate(data);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.print(ReportJson.toJson(report));
        } else {
            new TextReport(engine.catalogue(), data, lang == Lang.EN ? "en" : "zh", groupBy == GroupBy.SUBJECT)
                    .print(report, out);
        }
        out.flush();
        return report.hasOpenViolations() ? Main.VIOLATIONS : Main.OK;
    }
}
