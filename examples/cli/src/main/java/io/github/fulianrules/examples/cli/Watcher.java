package io.github.fulianrules.examples.cli;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.FulianRulesException;
import io.github.fulianrules.RuleSetException;
import io.github.fulianrules.compare.ChangeKind;
import io.github.fulianrules.compare.FindingChange;
import io.github.fulianrules.compare.ReportDiff;
import io.github.fulianrules.compare.ReportDifference;
import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.report.ReportWords;
import io.github.fulianrules.scenario.ScenarioFiles;
import io.github.fulianrules.scenario.ScenarioResult;
import io.github.fulianrules.scenario.ScenarioRunner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * One analyst's edit loop in one JVM: each {@link #round()} loads the rule set as every command does
 * (lint first), checks the district and runs the scenarios, and prints what changed since the last
 * round. The DRL is compiled again only when it changed: parameters and messages are data.
 */
final class Watcher {
    private final Path rules;
    private final Path data;
    private final Path scenarios;
    private final Language language;
    private final ReportWords words;
    private final PrintWriter out;
    private Report last;

    /**
     * @param rules     the rule-set directory
     * @param data      the district file
     * @param scenarios the scenario file or folder, or {@code null}
     * @param lang      {@code zh} or {@code en}, for the findings and what this prints
     * @param out       where to print
     */
    Watcher(Path rules, Path data, Path scenarios, String lang, PrintWriter out) {
        this.rules = rules;
        this.data = data;
        this.scenarios = scenarios;
        this.language = Language.valueOf(lang.toUpperCase(Locale.ROOT));
        this.words = ReportWords.of(lang);
        this.out = out;
    }

    /** Loads, checks and tests once, and prints the outcome; never throws for what a person wrote. */
    void round() {
        long start = System.nanoTime();
        try {
            FulianRules engine = FulianRules.builder().rulesFrom(rules)
                    .timeout(Duration.ofSeconds(RuleSetOption.DEFAULT_TIMEOUT_SECONDS)).build();
            DistrictData district = DistrictReader.read(data, language.locale());
            Report report = engine.evaluate(district);
            findings(report);
            if (scenarios != null) {
                scenarios(engine);
            }
        } catch (RuleSetException e) {
            out.println(language.say("watch.notLoaded"));
            e.problems().forEach(p -> out.println("  " + p));
        } catch (FulianRulesException e) {
            out.println(e.getMessage());
        }
        out.println(language.say("watch.took", String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9)));
        out.flush();
    }

    private void findings(Report report) {
        if (last == null) {
            out.println(language.say("watch.findings", report.findings().size(),
                    report.findings().stream().filter(Finding::isOpenViolation).count()));
        } else {
            ReportDifference difference = ReportDiff.between(last, report);
            int changed = 0;
            for (ChangeKind kind : List.of(ChangeKind.NEW, ChangeKind.CLOSED, ChangeKind.NARROWED, ChangeKind.WIDENED)) {
                for (FindingChange c : difference.changes(kind)) {
                    out.println(sign(kind) + " " + line(c.latest()));
                    changed++;
                }
            }
            if (changed == 0) {
                out.println(language.say("watch.unchanged"));
            }
        }
        last = report;
    }

    private static String sign(ChangeKind kind) {
        return switch (kind) {
            case NEW -> "+";
            case CLOSED -> "-";
            default -> "~";
        };
    }

    private String line(Finding f) {
        String message = f.message() == null ? "" : language == Language.ZH ? f.message().zh() : f.message().en();
        return f.requirementId() + " " + f.subjectId() + " " + words.kind(f.kind()) + ": " + message;
    }

    private void scenarios(FulianRules engine) {
        List<ScenarioResult> results = new ScenarioRunner(engine, language.locale()).run(ScenarioFiles.load(scenarios, language.locale()));
        long failed = 0;
        for (ScenarioResult r : results) {
            if (!r.passed()) {
                failed++;
                out.println(language.say("test.fail", r.scenario().source(), r.scenario().name()));
                r.differences().forEach(d -> out.println("       " + d.replace("\n", "\n       ")));
            }
        }
        out.println(language.say("watch.scenarios", results.size() - failed, failed));
    }
}
