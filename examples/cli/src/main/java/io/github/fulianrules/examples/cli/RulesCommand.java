package io.github.fulianrules.examples.cli;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.catalogue.Parameter;
import io.github.fulianrules.catalogue.Requirement;
import io.github.fulianrules.catalogue.RuleInfo;
import io.github.fulianrules.report.ModelLabels;
import io.github.fulianrules.report.ReportWords;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists every requirement with its clause, strength, source words, rules and parameters. */
@Command(name = "rules", mixinStandardHelpOptions = true)
final class RulesCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleSetOption rules;

    @Option(names = "--on", paramLabel = "DATE")
    private LocalDate on;

    @Override
    public Integer call() {
        FulianRules engine = rules.engine();
        Language language = Main.language(spec);
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Long> values = engine.parametersOn(on == null ? LocalDate.now() : on);
        ReportWords words = ReportWords.of(language.code());
        for (Requirement r : engine.catalogue().requirements()) {
            out.printf("%s  %s  %s  %s%n", r.id(), r.clause(), words.strength(r.strength()), r.subject());
            out.println("    " + language.say("rules.source", r.sourceWords()));
            out.println("    " + language.say("rules.check", r.check()));
            List<RuleInfo> rules = engine.rules().stream().filter(x -> r.id().equals(x.requirementId())).toList();
            for (RuleInfo rule : rules) {
                out.println("    " + language.say("rules.rule", rule.name(), rule.file(), rule.line()));
                for (String p : rule.parameters()) {
                    out.println("            " + language.say("rules.reads", p, values.get(p)));
                }
            }
            if (rules.isEmpty()) {
                out.println("    " + language.say("rules.none"));
            }
        }
        out.println();
        out.println(language.say("rules.parameters"));
        for (Parameter p : engine.catalogue().parameters()) {
            Long value = values.get(p.name());
            String quantity = value == null ? "—" : ModelLabels.quantity(value, p.unit(), language.code());
            out.println("  " + TextReport.row(new String[] {p.name(), quantity, p.clause() + "  " + p.description()},
                    new int[] {33, 16, 0}, 3));
        }
        out.flush();
        return Main.OK;
    }
}
