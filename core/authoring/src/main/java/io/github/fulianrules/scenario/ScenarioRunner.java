package io.github.fulianrules.scenario;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.FulianRulesException;
import io.github.fulianrules.RuleSession;
import io.github.fulianrules.explain.Explainer;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.report.RequirementIds;
import io.github.fulianrules.rulesupport.Assessment;
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
    private Explainer explainer;

    public ScenarioRunner(FulianRules engine) {
        this.engine = engine;
    }

    public List<ScenarioResult> run(List<Scenario> scenarios) {
        return scenarios.stream().map(this::run).toList();
    }

    /**
     * Runs one scenario; a scenario that cannot run fails with the reason. Under a finding expected
     * and not reported, a check expected and not met, or a finding not expected, the difference
     * says why, as {@link Explainer} does: the rule and facts behind the finding, or which condition
     * of which rule found no fact.
     */
    public ScenarioResult run(Scenario scenario) {
        List<String> diff = new ArrayList<>();
        Report report;
        List<Assessment> assessments;
        try {
            DistrictData data = scenario.given();
            FulianRules withParams = scenario.parameters().isEmpty() ? engine : engine.withParameters(scenario.parameters());
            try (RuleSession session = withParams.openSession(data.period())) {
                session.locations(data.locations());
                session.insertAll(data.facts().toList());
                report = session.report();
                assessments = session.objects(Assessment.class);
            }
        } catch (FulianRulesException e) {
            return new ScenarioResult(scenario, List.of("cannot run: " + e.getMessage()));
        }
        List<Finding> findings = report.findings();
        for (Expectation e : scenario.expect()) {
            if (findings.stream().noneMatch(e::matches)) {
                diff.add("Expected a " + e.asFinding() + ", but " + describe(findings, e.requirementId()) + "."
                        + why(scenario, e.requirementId(), e.fields().get("subjectId")));
            }
        }
        Set<String> exact = scenario.expect().stream().map(Expectation::requirementId).collect(Collectors.toSet());
        for (Finding f : findings) {
            if (exact.contains(f.requirementId()) && scenario.expect().stream().noneMatch(e -> e.matches(f))) {
                diff.add("Did not expect " + Expectation.describe(f) + "." + why(scenario, f.requirementId(), f.subjectId()));
            }
        }
        for (Expectation a : scenario.absent()) {
            findings.stream().filter(a::matches).forEach(f -> diff.add("Expected no " + a.asFinding()
                    + ", but found " + Expectation.describe(f) + "."));
        }
        for (Expectation m : scenario.met()) {
            if (assessments.stream().noneMatch(m::matchesMet)) {
                List<String> seen = assessments.stream().filter(x -> x.requirementId().equals(m.requirementId()))
                        .map(ScenarioRunner::check).sorted().toList();
                diff.add("Expected " + m.asMet() + ", but " + (seen.isEmpty()
                        ? m.requirementId() + " was checked on no subject"
                        : "its checks were: " + String.join("; ", seen)) + "."
                        + why(scenario, m.requirementId(), m.fields().get("subjectId")));
            }
        }
        for (Expectation n : scenario.notJudged()) {
            assessments.stream().filter(n::matchesJudged).map(ScenarioRunner::check).sorted()
                    .forEach(judged -> diff.add("Expected " + n.asNotJudged() + ", but it was judged: " + judged + "."));
        }
        return new ScenarioResult(scenario, diff);
    }

    /** The explanation of {@code requirementId} on {@code subjectId}, as lines that follow a difference; none for data findings. */
    private String why(Scenario scenario, String requirementId, String subjectId) {
        if (RequirementIds.DATA.equals(requirementId)) {
            return "";
        }
        if (explainer == null) {
            explainer = new Explainer(engine);
        }
        try {
            return explainer.explain(scenario.given(), scenario.parameters(), requirementId, subjectId).stream()
                    .map(line -> "\n  " + line).collect(Collectors.joining());
        } catch (FulianRulesException e) {
            return "\n  (no explanation: " + e.getMessage() + ")";
        }
    }

    /** A check as a difference names it, e.g. {@code d met (measured 4/5, required 80%)}. */
    private static String check(Assessment a) {
        return a.subjectId() + (a.met() ? " met" : " not met") + " (measured " + a.measured() + ", required " + a.required() + ")";
    }

    /** What was found of {@code requirementId}, as the end of a sentence. */
    private static String describe(List<Finding> findings, String requirementId) {
        List<String> of = findings.stream().filter(f -> f.requirementId().equals(requirementId))
                .map(Expectation::describe).toList();
        return of.isEmpty() ? requirementId + " found nothing" : "the findings of " + requirementId + " were: "
                + String.join("; ", of);
    }
}
