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
@Command(name = "coverage", mixinStandardHelpOptions = true)
final class CoverageCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIOS", descriptionKey = "scenarios")
    private Path scenarios;

    @Mixin
    private RuleSetOption rules;

    @Override
    public Integer call() {
        FulianRules engine = rules.engine();
        List<Scenario> all = ScenarioFiles.load(scenarios, Main.language(spec).locale());
        Language language = Main.language(spec);
        PrintWriter out = spec.commandLine().getOut();
        int gaps = 0;
        for (Requirement r : engine.catalogue().requirements()) {
            List<RuleInfo> rules = engine.rules().stream().filter(x -> r.id().equals(x.requirementId())).toList();
            long count = all.stream().filter(s -> s.requirementIds().contains(r.id())).count();
            String line = rules.isEmpty() ? "coverage.noRule" : count == 0 ? "coverage.noScenario" : "coverage.covered";
            gaps += line.equals("coverage.covered") ? 0 : 1;
            out.println(language.say(line, String.format("%-8s", r.id()), rules.size(), String.format("%3d", count)));
        }
        out.println(gaps == 0 ? language.say("coverage.all") : language.say("coverage.gaps", gaps));
        out.flush();
        return gaps == 0 ? Main.OK : Main.VIOLATIONS;
    }
}
