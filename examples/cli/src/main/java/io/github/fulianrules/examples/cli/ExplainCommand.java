package io.github.fulianrules.examples.cli;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.FulianRulesException;
import io.github.fulianrules.explain.Explainer;
import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.model.DistrictData;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code explain FILE REQUIREMENT [SUBJECT]}: how a requirement came out on a subject of a district
 * — the rule, the facts it matched as sentences, met or not, the data findings a check was left to — or,
 * when nothing was checked, which rule could have and which of its conditions found no fact; in Chinese
 * or English ({@code --lang}, else the locale's).
 */
@Command(name = "explain", mixinStandardHelpOptions = true)
final class ExplainCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
    private Path file;

    @Parameters(index = "1", paramLabel = "REQUIREMENT", descriptionKey = "requirement")
    private String requirement;

    @Parameters(index = "2", paramLabel = "SUBJECT", descriptionKey = "subject", arity = "0..1")
    private String subject;

    @Mixin
    private RuleSetOption rules;

    @Override
    public Integer call() {
        Locale locale = Main.language(spec).locale();
        Supplier<FulianRules> loading = rules.engineInBackground();
        DistrictData data = "-".equals(file.toString())
                ? DistrictReader.read(System.in, "<stdin>", locale) : DistrictReader.read(file, locale);
        FulianRules engine = loading.get();
        if (engine.catalogue().requirement(requirement).isEmpty()) {
            throw new FulianRulesException(Main.language(spec).say("explain.unknownRequirement", requirement,
                    engine.ruleSetName(), engine.catalogue().requirements().size()));
        }
        PrintWriter out = spec.commandLine().getOut();
        new Explainer(engine, locale).explain(data, requirement, subject).forEach(out::println);
        out.flush();
        return Main.OK;
    }
}
