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
    private final boolean zh;
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
        this.zh = "zh".equals(lang);
        this.words = ReportWords.of(lang);
        this.out = out;
    }

    private String say(String chinese, String english) {
        return zh ? chinese : english;
    }

    /** Loads, checks and tests once, and prints the outcome; never throws for what a person wrote. */
    void round() {
        long start = System.nanoTime();
        try {
            FulianRules engine = FulianRules.builder().rulesFrom(rules)
                    .timeout(Duration.ofSeconds(RuleSetOption.DEFAULT_TIMEOUT_SECONDS)).build();
            DistrictData district = DistrictReader.read(data);
            Report report = engine.evaluate(district);
            findings(report);
            if (scenarios != null) {
                scenarios(engine);
            }
        } catch (RuleSetException e) {
            out.println(say("规则集有问题，未加载（上一轮的结果不变）：", "the rule set is not loaded (the last result stands):"));
            e.problems().forEach(p -> out.println("  " + p));
        } catch (FulianRulesException e) {
            out.println(e.getMessage());
        }
        out.println(String.format(Locale.ROOT, say("—— 用时 %.1f 秒", "-- took %.1f s"), (System.nanoTime() - start) / 1e9));
        out.flush();
    }

    private void findings(Report report) {
        if (last == null) {
            out.println(String.format(say("%d 条发现，其中未整改的违规 %d 条", "%d findings, %d open violations"),
                    report.findings().size(), report.findings().stream().filter(Finding::isOpenViolation).count()));
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
                out.println(say("发现没有变化", "no finding changed"));
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
        String message = f.message() == null ? "" : zh ? f.message().zh() : f.message().en();
        return f.requirementId() + " " + f.subjectId() + " " + words.kind(f.kind()) + ": " + message;
    }

    private void scenarios(FulianRules engine) {
        List<ScenarioResult> results = new ScenarioRunner(engine).run(ScenarioFiles.load(scenarios));
        long failed = 0;
        for (ScenarioResult r : results) {
            if (!r.passed()) {
                failed++;
                out.println("FAIL " + r.scenario().source() + ": " + r.scenario().name());
                r.differences().forEach(d -> out.println("       " + d.replace("\n", "\n       ")));
            }
        }
        out.println(String.format(say("情景：通过 %d，失败 %d", "scenarios: %d passed, %d failed"), results.size() - failed, failed));
    }
}
