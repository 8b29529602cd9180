package io.github.fulianrules.examples.cli;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.FulianRulesException;
import io.github.fulianrules.compare.DistrictImpact;
import io.github.fulianrules.compare.Impact;
import io.github.fulianrules.compare.WhatIf;
import io.github.fulianrules.examples.batch.BatchChecker;
import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.model.DistrictData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code impact FILE --set NAME=VALUE}: every district evaluated under the current parameters and
 * under the changed ones, and per requirement and per district the subjects that would fail or
 * pass that do not now. JSON lines are read as {@code check} reads them, in bounded memory.
 */
@Command(name = "impact", mixinStandardHelpOptions = true)
final class ImpactCommand implements Callable<Integer> {
    enum Format { TEXT, JSON, CSV, HTML }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
    private Path file;

    @Option(names = "--set", required = true, paramLabel = "NAME=VALUE")
    private List<String> settings;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|csv|html")
    private Format format;

    @Option(names = "--out", paramLabel = "FILE")
    private Path out;

    @Mixin
    private RuleSetOption rules;

    @Option(names = "--jsonl")
    private boolean jsonLines;

    @Option(names = "--threads", paramLabel = "N")
    private Integer threads;

    @Override
    public Integer call() throws IOException {
        Language language = Main.language(spec);
        Map<String, Long> values = values(language);
        FulianRules engine = rules.engine();
        WhatIf whatIf = WhatIf.of(engine, values);
        List<DistrictImpact> impacts;
        int exit = Main.OK;
        if (jsonLines || file.toString().endsWith(".jsonl")) {
            int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            if (n < 1) {
                throw new ParameterException(spec.commandLine(), language.say("usage.threads", n));
            }
            List<DistrictImpact> collected = Collections.synchronizedList(new ArrayList<>());
            BatchChecker checker = new BatchChecker(engine, n, (line, data, report) -> {
                collected.add(whatIf.assess(data, report));
                return null;
            });
            BatchChecker.Result result = BatchCommand.run(checker, file, file.toString(),
                    new PrintWriter(Writer.nullWriter()), spec.commandLine().getErr(), language);
            impacts = collected;
            if (result.badLines() > 0) {
                exit = Main.BAD_INPUT;
            }
        } else {
            DistrictData data = "-".equals(file.toString()) ? DistrictReader.read(System.in, "<stdin>", language.locale())
                    : DistrictReader.read(file, language.locale());
            impacts = List.of(whatIf.assess(data));
        }
        ImpactOutput output = new ImpactOutput(Impact.of(impacts), engine.catalogue(), language.code());
        String text = switch (format) {
            case TEXT -> output.text();
            case JSON -> output.json();
            case CSV -> output.csv();
            case HTML -> output.html();
        };
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(text);
            stdout.flush();
        } else {
            ReportOutput.write(out, text);
            if (format == Format.CSV) {
                ReportOutput.write(ReportOutput.besideCsv(out, "subjects"), output.subjectsCsv());
            }
        }
        return exit;
    }

    /** The {@code --set} options as names and whole numbers; anything else is one line, exit 2. */
    private Map<String, Long> values(Language language) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (String s : settings) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new FulianRulesException(language.say("impact.setShape", s));
            }
            String name = s.substring(0, eq).strip();
            String value = s.substring(eq + 1).strip();
            try {
                values.put(name, Long.parseLong(value));
            } catch (NumberFormatException e) {
                throw new FulianRulesException(language.say("impact.setWhole", s, name, value));
            }
        }
        return values;
    }
}
