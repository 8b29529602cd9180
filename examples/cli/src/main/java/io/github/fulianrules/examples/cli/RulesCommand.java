package io.github.fulianrules.examples.cli;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.catalogue.Parameter;
import io.github.fulianrules.catalogue.Requirement;
import io.github.fulianrules.catalogue.RuleInfo;
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
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Lists every requirement with clause, strength, source words, the rules that implement it "
                + "and the parameters they read (values in force on --on).")
final class RulesCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private RuleSetOption rules;

    @Option(names = "--on", paramLabel = "DATE", description = "the day whose parameter values to show (default: today)")
    private LocalDate on;

    @Override
    public Integer call() {
        FulianRules engine = rules.engine();
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Long> values = engine.parametersOn(on == null ? LocalDate.now() : on);
        for (Requirement r : engine.catalogue().requirements()) {
            out.printf("%s  %s  %s  %s%n", r.id(), r.clause(), r.strength(), r.subject());
            out.printf("    source: %s%n", r.sourceWords());
            out.printf("    check:  %s%n", r.check());
            List<RuleInfo> rules = engine.rules().stream().filter(x -> r.id().equals(x.requirementId())).toList();
            for (RuleInfo rule : rules) {
                out.printf("    rule:   \"%s\" (%s:%d)%n", rule.name(), rule.file(), rule.line());
                for (String p : rule.parameters()) {
                    out.printf("            reads %s = %s%n", p, values.get(p));
                }
            }
            if (rules.isEmpty()) {
                out.println("    rule:   (none)");
            }
        }
        out.println();
        out.println("Parameters:");
        for (Parameter p : engine.catalogue().parameters()) {
            out.printf("  %-34s %6s %-8s %s  %s%n", p.name(), values.get(p.name()), p.unit(), p.clause(), p.description());
        }
        out.flush();
        return Main.OK;
    }
}
