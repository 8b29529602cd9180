package io.github.fulianrules.scenario;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.FulianRulesException;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.report.RequirementIds;
import io.github.fulianrules.rulesupport.Assessment;
import io.github.fulianrules.testkit.Evaluation;
import io.github.fulianrules.testkit.Phrases;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs scenarios against an engine and says, for each, what differed.
 *
 * <pre>{@code
 * ScenarioRunner runner = new ScenarioRunner(FulianRules.bundled());
 * for (ScenarioResult r : runner.run(ScenarioFiles.load(Path.of("scenarios")))) {
 *     System.out.println((r.passed() ? "PASS " : "FAIL ") + r.scenario().name());
 * }
 * }</pre>
 */
public final class ScenarioRunner {
    private final FulianRules engine;
    private Explanations.Explain explain;

    public ScenarioRunner(FulianRules engine) {
        this.engine = engine;
    }

    public List<ScenarioResult> run(List<Scenario> scenarios) {
        return scenarios.stream().map(this::run).toList();
    }

    /**
     * Runs one scenario; a scenario that cannot run fails with the reason. Under a finding expected
     * and not reported, a check expected and not met, or a finding not expected, the difference
     * says why when {@link Explanations} are on the class path ({@code fulian-rules-authoring}): the rule
     * and facts behind the finding, or which condition of which rule found no fact.
     */
    public ScenarioResult run(Scenario scenario) {
        List<String> diff = new ArrayList<>();
        Evaluation evaluation;
        try {
            evaluation = Evaluation.of(engine, scenario.given(), scenario.parameters());
        } catch (FulianRulesException e) {
            return new ScenarioResult(scenario, List.of("cannot run: " + e.getMessage()));
        }
        List<Assessment> assessments = evaluation.assessments();
        List<Finding> findings = evaluation.findings();
        for (Expectation e : scenario.expect()) {
            if (findings.stream().noneMatch(e::matches)) {
                diff.add("Expected a " + e.asFinding() + ", but " + describe(findings, e.requirementId()) + "."
                        + why(scenario, e.requirementId(), e.fields().get("subjectId")));
            }
        }
        Set<String> exact = scenario.expect().stream().map(Expectation::requirementId).collect(Collectors.toSet());
        for (Finding f : findings) {
            if (exact.contains(f.requirementId()) && scenario.expect().stream().noneMatch(e -> e.matches(f))) {
                diff.add("Did not expect " + Phrases.finding(f) + "." + why(scenario, f.requirementId(), f.subjectId()));
            }
        }
        for (Expectation a : scenario.absent()) {
            findings.stream().filter(a::matches).forEach(f -> diff.add("Expected no " + a.asFinding()
                    + ", but found " + Phrases.finding(f) + "."));
        }
        for (Expectation m : scenario.met()) {
            if (assessments.stream().noneMatch(m::matchesMet)) {
                List<String> seen = assessments.stream().filter(x -> x.requirementId().equals(m.requirementId()))
                        .map(Phrases::check).sorted().toList();
                diff.add("Expected " + m.asMet() + ", but " + (seen.isEmpty()
                        ? m.requirementId() + " was checked on no subject"
                        : "its checks were: " + String.join("; ", seen)) + "."
                        + why(scenario, m.requirementId(), m.fields().get("subjectId")));
            }
        }
        for (Expectation n : scenario.notJudged()) {
            assessments.stream().filter(n::matchesJudged).map(Phrases::check).sorted()
                    .forEach(judged -> diff.add("Expected " + n.asNotJudged() + ", but it was judged: " + judged + "."));
        }
        return new ScenarioResult(scenario, diff);
    }

    /** The explanation of {@code requirementId} on {@code subjectId}, as lines that follow a difference; none for data findings. */
    private String why(Scenario scenario, String requirementId, String subjectId) {
        if (RequirementIds.DATA.equals(requirementId)) {
            return "";
        }
        if (explain == null) {
            explain = Explanations.onClassPath().map(e -> e.of(engine)).orElse((given, parameters, r, s) -> List.of());
        }
        try {
            return explain.explain(scenario.given(), scenario.parameters(), requirementId, subjectId).stream()
                    .map(line -> "\n  " + line).collect(Collectors.joining());
        } catch (FulianRulesException e) {
            return "\n  (no explanation: " + e.getMessage() + ")";
        }
    }

    /** What was found of {@code requirementId}, as the end of a sentence. */
    private static String describe(List<Finding> findings, String requirementId) {
        List<String> of = findings.stream().filter(f -> f.requirementId().equals(requirementId))
                .map(Phrases::finding).toList();
        return of.isEmpty() ? requirementId + " found nothing" : "the findings of " + requirementId + " were: "
                + String.join("; ", of);
    }
}
