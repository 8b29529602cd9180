package io.github.fulianrules.examples.cli;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.catalogue.Requirement;
import io.github.fulianrules.catalogue.RuleInfo;
import io.github.fulianrules.scenario.Scenario;
import io.github.fulianrules.scenario.ScenarioFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Requirement → rules → scenarios, naming the requirements without a rule or a scenario. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = "Lists requirement → rules → scenarios; exit 1 when a requirement has no rule or no scenario.")
final class CoverageCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIOS", description = "scenario file or directory")
    private Path scenarios;

    @Mixin
    private RuleSetOption rules;

    @Override
    public Integer call() {
        FulianRules engine = rules.engine();
        List<Scenario> all = ScenarioFiles.load(scenarios);
        PrintWriter out = spec.commandLine().getOut();
        int gaps = 0;
        for (Requirement r : engine.catalogue().requirements()) {
            List<RuleInfo> rules = engine.rules().stream().filter(x -> r.id().equals(x.requirementId())).toList();
            long count = all.stream().filter(s -> s.requirementIds().contains(r.id())).count();
            String flag = rules.isEmpty() ? "  NO RULE" : count == 0 ? "  NO SCENARIO" : "";
            gaps += flag.isEmpty() ? 0 : 1;
            out.printf("%-8s %d rule(s), %3d scenario(s)%s%n", r.id(), rules.size(), count, flag);
        }
        out.println(gaps == 0 ? "every requirement has a rule and a scenario" : gaps + " requirement(s) not covered");
        out.flush();
        return gaps == 0 ? Main.OK : Main.VIOLATIONS;
    }
}
