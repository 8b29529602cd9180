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
import java.util.Locale;
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
    private final Locale locale;
    private Explanations.Explain explain;

    /** A runner whose differences are in English. */
    public ScenarioRunner(FulianRules engine) {
        this(engine, Locale.ENGLISH);
    }

    /** A runner whose differences, and the explanations under them, are in the language of {@code locale}. */
    public ScenarioRunner(FulianRules engine, Locale locale) {
        this.engine = engine;
        this.locale = locale;
    }

    private String say(String key, Object... args) {
        return ScenarioFiles.WORDS.say(locale, key, args);
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
            return new ScenarioResult(scenario, List.of(say("cannotRun", e.getMessage())));
        }
        List<Assessment> assessments = evaluation.assessments();
        List<Finding> findings = evaluation.findings();
        for (Expectation e : scenario.expect()) {
            if (findings.stream().noneMatch(e::matches)) {
                diff.add(say("expectedFinding", e.asFinding(locale), describe(findings, e.requirementId()))
                        + why(scenario, e.requirementId(), e.fields().get("subjectId")));
            }
        }
        Set<String> exact = scenario.expect().stream().map(Expectation::requirementId).collect(Collectors.toSet());
        for (Finding f : findings) {
            if (exact.contains(f.requirementId()) && scenario.expect().stream().noneMatch(e -> e.matches(f))) {
                diff.add(say("unexpected", Phrases.finding(f, locale)) + why(scenario, f.requirementId(), f.subjectId()));
            }
        }
        for (Expectation a : scenario.absent()) {
            findings.stream().filter(a::matches).forEach(f -> diff.add(say("expectedNone", a.asFinding(locale),
                    Phrases.finding(f, locale))));
        }
        for (Expectation m : scenario.met()) {
            if (assessments.stream().noneMatch(m::matchesMet)) {
                List<String> seen = assessments.stream().filter(x -> x.requirementId().equals(m.requirementId()))
                        .map(x -> Phrases.check(x, locale)).sorted().toList();
                diff.add(say("expectedMet", m.asMet(locale), seen.isEmpty() ? say("checkedOnNone", m.requirementId())
                        : say("checksWere", String.join(say("separator"), seen)))
                        + why(scenario, m.requirementId(), m.fields().get("subjectId")));
            }
        }
        for (Expectation n : scenario.notJudged()) {
            assessments.stream().filter(n::matchesJudged).map(x -> Phrases.check(x, locale)).sorted()
                    .forEach(judged -> diff.add(say("judged", n.asNotJudged(locale), judged)));
        }
        return new ScenarioResult(scenario, diff);
    }

    /** The explanation of {@code requirementId} on {@code subjectId}, as lines that follow a difference; none for data findings. */
    private String why(Scenario scenario, String requirementId, String subjectId) {
        if (RequirementIds.DATA.equals(requirementId)) {
            return "";
        }
        if (explain == null) {
            explain = Explanations.onClassPath().map(e -> e.of(engine, locale)).orElse((given, parameters, r, s) -> List.of());
        }
        try {
            return explain.explain(scenario.given(), scenario.parameters(), requirementId, subjectId).stream()
                    .map(line -> "\n  " + line).collect(Collectors.joining());
        } catch (FulianRulesException e) {
            return "\n  " + say("noExplanation", e.getMessage());
        }
    }

    /** What was found of {@code requirementId}, as the end of a sentence. */
    private String describe(List<Finding> findings, String requirementId) {
        List<String> of = findings.stream().filter(f -> f.requirementId().equals(requirementId))
                .map(f -> Phrases.finding(f, locale)).toList();
        return of.isEmpty() ? say("foundNothing", requirementId) : say("findingsWere", requirementId, String.join(say("separator"), of));
    }
}
