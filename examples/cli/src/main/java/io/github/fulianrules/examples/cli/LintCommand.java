package io.github.fulianrules.examples.cli;

import io.github.fulianrules.lint.Linter;
import io.github.fulianrules.lint.Problem;
import io.github.fulianrules.lint.Sarif;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Checks a rule-set directory: compile errors, metadata, parameters, the safety policy. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Checks a rule-set directory and prints every problem as FILE:LINE:COL message; exit 2 on any.")
final class LintCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "the rule-set directory (DRL, catalogue.yaml, parameters.yaml, messages)")
    private Path dir;

    @Option(names = "--format", paramLabel = "text|sarif", defaultValue = "text",
            description = "text (default), or sarif: SARIF 2.1.0 for code review")
    private String format;

    @Option(names = "--lang", paramLabel = "zh|en",
            description = "language of what lint can say in either: zh or en (default: zh where LC_ALL or LANG starts with zh, else en)")
    private String lang;

    /** The language asked for, else the locale's ({@code LC_ALL}, then {@code LANG}: Chinese where it starts with zh), else English. */
    static String language(String asked, Map<String, String> env) {
        if (asked != null) {
            return asked;
        }
        String locale = env.getOrDefault("LC_ALL", "");
        if (locale.isEmpty()) {
            locale = env.getOrDefault("LANG", "");
        }
        return locale.startsWith("zh") ? "zh" : "en";
    }

    @Override
    public Integer call() {
        if (!List.of("text", "sarif").contains(format)) {
            throw new ParameterException(spec.commandLine(), "--format must be text or sarif, not " + format);
        }
        if (lang != null && !List.of("zh", "en").contains(lang)) {
            throw new ParameterException(spec.commandLine(), "--lang must be zh or en, not " + lang);
        }
        boolean zh = language(lang, System.getenv()).equals("zh");
        List<Problem> problems = Linter.lint(dir, zh ? Locale.CHINESE : Locale.ENGLISH);
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("sarif")) {
            out.print(Sarif.of(dir, problems));
            out.flush();
            return problems.isEmpty() ? Main.OK : Main.BAD_INPUT;
        }
        problems.forEach(p -> out.println(p.in(dir)));
        if (zh) {
            out.println(problems.isEmpty() ? "ok：" + dir + " 没有问题" : "共 " + problems.size() + " 个问题");
        } else {
            out.println(problems.isEmpty() ? "ok: " + dir + " has no problems" : problems.size() + " problem(s)");
        }
        out.flush();
        return problems.isEmpty() ? Main.OK : Main.BAD_INPUT;
    }
}
