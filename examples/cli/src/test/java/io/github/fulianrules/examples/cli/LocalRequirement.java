package io.github.fulianrules.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The README's local requirement FL-2.3c ("two executive-member training classes a year", a local
 * decision under 二(二)3), written into an exported rule set as an analyst writes it: a catalogue
 * entry, a dated parameter, a rule, messages in both languages and a scenario file.
 */
final class LocalRequirement {
    static final String CATALOGUE_ENTRY = """
              - id: FL-2.3c
                clause: "二(二)3"
                strength: SHOULD
                subject: "district WF"
                sourceWords: "每年举办两期执委培训班 (a local decision under 二(二)3 举办执委培训班)"
                check: "executive-member training classes in the period ≥ `executiveTrainingsPerYear`"
            """;

    static final String PARAMETER = """
              - name: executiveTrainingsPerYear
                unit: classes
                clause: "二(二)3"
                description: "local decision of 2025: two executive-member training classes a year"
                values:
                  - {from: 2025-01-01, value: 2}
            """;

    /** The rule as it should be; {@link #MISSPELT_KEY} is the deliberate mistake of the walk-through. */
    static final String RULE = """
            package io.github.fulianrules.rules;

            import io.github.fulianrules.model.*;
            import io.github.fulianrules.rulesupport.*;

            // 二(二)3 as decided locally: two executive-member training classes a year.
            rule "FL-2.3c The district federation holds the executive-member training classes of the year"
                @requirement("FL-2.3c") @clause("二(二)3") @strength("SHOULD")
            when
                Federation(level == Level.DISTRICT, $id : id)
                Param(name == "executiveTrainingsPerYear", $min : value)
                Tally(subjectId == $id, key == "activities.EXECUTIVE_TRAINING", $n : value)
            then
                insertLogical(Assessment.atLeast("FL-2.3c", $id, SubjectType.DISTRICT_FEDERATION, $n, $min));
            end
            """;

    static final String RIGHT_KEY = "\"activities.EXECUTIVE_TRAINING\"";
    static final String MISSPELT_KEY = "\"activities.EXECUTIVE_TRAINIG\"";

    static final String MESSAGES_ZH = """
            FL-2.3c.message=区妇联本年度举办执委培训班 {measured} 期，少于 {required} 期
            FL-2.3c.remedy=还需举办 {gap} 期执委培训班
            """;

    static final String MESSAGES_EN = """
            FL-2.3c.message=The district federation held {measured} executive-member training {measured|class|classes} in the period, fewer than the {required} required
            FL-2.3c.remedy={gap} more executive-member training {gap|class|classes} needed
            """;

    static final String SCENARIOS = """
            requirement: FL-2.3c
            scenarios:
              - name: One training class in the year falls one short of two
                given:
                  federations: [{id: d, level: DISTRICT}]
                  activities:
                    - {id: t1, type: EXECUTIVE_TRAINING, subjectId: d, date: 2025-03-01}
                expect:
                  - {requirementId: FL-2.3c, subjectId: d, kind: WARNING, measured: "1", required: "2", gap: 1}
              - name: Two training classes in the year meet the requirement
                given:
                  federations: [{id: d, level: DISTRICT}]
                  activities:
                    - {id: t1, type: EXECUTIVE_TRAINING, subjectId: d, date: 2025-03-01}
                    - {id: t2, type: EXECUTIVE_TRAINING, subjectId: d, date: 2025-09-01}
                absent:
                  - {requirementId: FL-2.3c}
                met:
                  - {requirementId: FL-2.3c, subjectId: d}
            """;

    private LocalRequirement() {
    }

    /** Adds FL-2.3c to the exported rule set {@code rules} with {@code rule} as its rule, and its scenarios to {@code scenarios}. */
    static void add(Path rules, String rule, Path scenarios) throws IOException {
        append(rules.resolve("catalogue.yaml"), CATALOGUE_ENTRY);
        append(rules.resolve("parameters.yaml"), PARAMETER);
        Files.writeString(rules.resolve("local-additions.drl"), rule, StandardCharsets.UTF_8);
        append(rules.resolve("messages_zh.properties"), MESSAGES_ZH);
        append(rules.resolve("messages_en.properties"), MESSAGES_EN);
        Files.createDirectories(scenarios);
        Files.writeString(scenarios.resolve("FL-2.3c.yaml"), SCENARIOS, StandardCharsets.UTF_8);
    }

    /** Adds {@code text} at the end of {@code file}, on a line of its own. */
    static void append(Path file, String text) throws IOException {
        String before = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, before + (before.endsWith("\n") ? "" : "\n") + text, StandardCharsets.UTF_8);
    }

    /** Replaces the one {@code from} in {@code file} by {@code to}; fails when {@code from} is not there once. */
    static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            throw new IllegalStateException(file + " holds " + from + (at < 0 ? " nowhere" : " more than once"));
        }
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    /** The line (from 1) of {@code file} on which {@code text} first stands. */
    static int lineOf(Path file, String text) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        int at = content.indexOf(text);
        if (at < 0) {
            throw new IllegalStateException(file + " holds no " + text);
        }
        return (int) content.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
