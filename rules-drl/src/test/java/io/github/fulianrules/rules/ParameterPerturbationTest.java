package io.github.fulianrules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.catalogue.Parameter;
import io.github.fulianrules.catalogue.RuleInfo;
import io.github.fulianrules.scenario.Scenario;
import io.github.fulianrules.scenario.ScenarioFiles;
import io.github.fulianrules.scenario.ScenarioRunner;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Rule mutation by parameter: every parameter of the bundled rules set one above and one below its
 * value must make the scenario suite fail, and fail on a verdict (a finding's kind, gap or presence),
 * not only on the {@code required} text that echoes the parameter. A perturbation that survives means
 * a requirement has no scenario on its boundary. The scenarios of the requirements that read the
 * parameter are tried first, and the first one that catches the perturbation is reported.
 */
class ParameterPerturbationTest {
    private static final List<Scenario> SUITE = ScenarioFiles.load(ScenarioSuiteTest.SCENARIOS);
    private static final Map<Scenario, List<String>> BASELINE = new ConcurrentHashMap<>();

    @TestFactory
    Stream<DynamicTest> everyParameterOffByOneFailsTheScenarioSuite() {
        FulianRules bundled = Engines.bundled();
        Map<String, Long> values = bundled.parametersOn(LocalDate.now());
        return bundled.catalogue().parameters().stream().flatMap(p -> Stream.of(-1, 1).map(delta -> {
            Set<String> requirements = requirements(bundled, p);
            return DynamicTest.dynamicTest(p.name() + (delta > 0 ? " + 1" : " - 1") + " " + requirements, () -> {
                FulianRules perturbed = bundled.withParameters(Map.of(p.name(), values.get(p.name()) + delta));
                List<Scenario> order = SUITE.stream().sorted(Comparator.comparing(
                        (Scenario s) -> s.requirementIds().stream().noneMatch(requirements::contains))).toList();
                Optional<Scenario> caught = order.stream()
                        .filter(s -> !new ScenarioRunner(perturbed).run(s).passed())
                        .filter(s -> !verdicts(perturbed, s).equals(BASELINE.computeIfAbsent(s, x -> verdicts(bundled, x))))
                        .findFirst();
                System.out.println("| `" + p.name() + "` " + (delta > 0 ? "+ 1" : "− 1") + " | " + String.join(", ", requirements)
                        + " | " + caught.map(s -> s.source().replaceFirst(".*scenarios/", "") + " “" + s.name() + "”").orElse("SURVIVES") + " |");
                assertThat(caught).as("a scenario that fails on a changed verdict").isPresent();
            });
        }));
    }

    /** What a scenario's district is found to lack, without the texts that quote the parameters. */
    private static List<String> verdicts(FulianRules engine, Scenario s) {
        FulianRules withParams = s.parameters().isEmpty() ? engine : engine.withParameters(s.parameters());
        return withParams.evaluate(s.given()).findings().stream()
                .map(f -> String.join(" ", f.requirementId(), String.valueOf(f.code()), f.subjectId(),
                        f.kind().name(), Long.toString(f.gap()), Boolean.toString(f.waived())))
                .sorted().toList();
    }

    private static Set<String> requirements(FulianRules engine, Parameter p) {
        Set<String> ids = new TreeSet<>();
        for (RuleInfo r : engine.rules()) {
            if (r.parameters().contains(p.name())) {
                ids.add(r.requirementId() == null ? "DATA" : r.requirementId());
            }
        }
        return ids;
    }
}
