package io.github.fulianrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.testing.DocBlocks;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysts' guide's walk-throughs (docs/analysts.md), step by step: export the bundled rules, change a threshold
 * and a message, add a rule for a new clause with its scenarios, lint, test, and check the sample;
 * and add the local requirement FL-2.3c end to end, with the guide's deliberate mistake and what
 * the tool says about it, as the guide shows it.
 */
class AnalystWorkflowTest {
    @TempDir
    Path work;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    /**
     * Runs the one command of the guide's transcript {@code id} in {@link #work} (the sample district read where
     * the guide has it) and checks that it prints what the transcript shows; returns the exit code.
     */
    private int runAsShown(String id) {
        Transcript.Step step = Transcript.parse(DocBlocks.text(id)).steps().get(0);
        String[] args = step.toolArguments().stream()
                .map(a -> a.startsWith("examples/") ? "../" + a.substring("examples/".length())
                        : Files.exists(work.resolve(a)) ? work.resolve(a).toString() : a)
                .toArray(String[]::new);
        int code = run(args);
        String prefix = work + File.separator;
        Transcript.assertShows(step.output(), out.toString().lines().map(l -> l.replace(prefix, "")).toList(), step.command());
        return code;
    }

    @Test
    void anAnalystExportsChangesLintsTestsAndChecksTheSample() throws IOException {
        Path rules = work.resolve("rules");
        // 1. Export the bundled rules.
        assertThat(run("export", rules.toString())).isZero();
        assertThat(rules.resolve("task4-grassroots-organizations.drl")).exists();

        // 2. Change a threshold (community executives 15 → 17) and a message.
        Path params = rules.resolve("parameters.yaml");
        String p = Files.readString(params, StandardCharsets.UTF_8);
        p = p.replace("  - name: communityExecutiveFloor\n    unit: persons\n    clause: \"二(四)2\"\n"
                        + "    description: \"\\\"配备执委一般不少于 15 人\\\"\"\n    values:\n      - {from: 2018-01-01, value: 15}",
                "  - name: communityExecutiveFloor\n    unit: persons\n    clause: \"二(四)2\"\n"
                        + "    description: \"\\\"配备执委一般不少于 15 人\\\"; 17 from 2025 by district decision\"\n    values:\n"
                        + "      - {from: 2018-01-01, value: 15}\n      - {from: 2025-01-01, value: 17}");
        Files.writeString(params, p, StandardCharsets.UTF_8);
        assertThat(p).contains("value: 17");
        Path zh = rules.resolve("messages_zh.properties");
        Files.writeString(zh, Files.readString(zh, StandardCharsets.UTF_8)
                .replace("FL-4.2d.remedy=还需增配 {gap} 名执委", "FL-4.2d.remedy=请于下次换届前增配 {gap} 名执委"), StandardCharsets.UTF_8);

        // 3. Add a rule for a new clause (二(四)2 社区妇联选配兼职副主席: a woman among them) with its catalogue entry.
        Path catalogue = rules.resolve("catalogue.yaml");
        Files.writeString(catalogue, Files.readString(catalogue, StandardCharsets.UTF_8) + """
                  - id: FL-4.2e
                    clause: "二(四)2"
                    strength: SHOULD
                    subject: "community WF"
                    sourceWords: "社区妇联选配兼职副主席"
                    check: "the community WF has at least one part-time vice-chair who is a woman"
                """, StandardCharsets.UTF_8);
        Files.writeString(rules.resolve("local-additions.drl"), """
                package io.github.fulianrules.rules;

                import io.github.fulianrules.model.*;
                import io.github.fulianrules.rulesupport.*;

                rule "FL-4.2e A community federation has a woman among its part-time vice-chairs"
                    @requirement("FL-4.2e") @clause("二(四)2") @strength("SHOULD")
                when
                    Federation(level == Level.COMMUNITY, $id : id)
                    accumulate(Position(federationId == $id, role == Role.PART_TIME_VICE_CHAIR, $pid : personId)
                               and Person(id == $pid, gender == Gender.FEMALE); $n : count())
                then
                    insertLogical(Assessment.atLeast("FL-4.2e", $id, SubjectType.COMMUNITY_FEDERATION, $n, 1));
                end
                """, StandardCharsets.UTF_8);
        for (String lang : new String[] {"zh", "en"}) {
            Path m = rules.resolve("messages_" + lang + ".properties");
            Files.writeString(m, Files.readString(m, StandardCharsets.UTF_8)
                    + "\nFL-4.2e.message=" + ("zh".equals(lang) ? "社区妇联 {subject} 兼职副主席中没有女性" : "Community federation {subject} has no woman among its part-time vice-chairs")
                    + "\nFL-4.2e.remedy=" + ("zh".equals(lang) ? "选配女性兼职副主席" : "Appoint a woman part-time vice-chair") + "\n",
                    StandardCharsets.UTF_8);
        }
        Path scenarios = work.resolve("scenarios");
        Files.createDirectories(scenarios);
        Files.writeString(scenarios.resolve("FL-4.2e.yaml"), """
                requirement: FL-4.2e
                scenarios:
                  - name: A community whose part-time vice-chairs are all men gets a warning
                    given:
                      federations: [{id: d, level: DISTRICT}, {id: s, level: SUB_DISTRICT, parentId: d, residentWomen: 1000},
                                    {id: c, level: COMMUNITY, parentId: s}]
                      people:
                        - {id: m1, gender: MALE, positions: [{federationId: c, role: PART_TIME_VICE_CHAIR}]}
                    expect:
                      - {requirementId: FL-4.2e, subjectId: c, kind: WARNING, measured: "0", required: "1"}
                  - name: One woman among the part-time vice-chairs is enough
                    given:
                      federations: [{id: d, level: DISTRICT}, {id: s, level: SUB_DISTRICT, parentId: d, residentWomen: 1000},
                                    {id: c, level: COMMUNITY, parentId: s}]
                      people:
                        - {id: m1, gender: MALE, positions: [{federationId: c, role: PART_TIME_VICE_CHAIR}]}
                        - {id: w1, gender: FEMALE, positions: [{federationId: c, role: PART_TIME_VICE_CHAIR}]}
                    absent:
                      - {requirementId: FL-4.2e}
                    met:
                      - {requirementId: FL-4.2e, subjectId: c}
                  - name: The raised community floor of 17 applies from 2025
                    given:
                      federations: [{id: d, level: DISTRICT}, {id: s, level: SUB_DISTRICT, parentId: d, residentWomen: 1000},
                                    {id: c, level: COMMUNITY, parentId: s}]
                    expect:
                      - {requirementId: FL-4.2d, subjectId: c, required: "17", gap: 17}
                """, StandardCharsets.UTF_8);

        // 4. Lint.
        assertThat(run("lint", rules.toString())).as(out.toString()).isZero();
        assertThat(out.toString()).contains("no problems");

        // 5. Test.
        assertThat(run("test", scenarios.toString(), "--rules", rules.toString())).as(out.toString()).isZero();
        assertThat(out.toString()).contains("3 passed, 0 failed");
        // The exported scenarios show what the raised floor changes: the bundled FL-4.2d cases of 15 now fail.
        assertThat(run("test", rules.resolve("scenarios").toString(), "--rules", rules.toString())).isEqualTo(Main.VIOLATIONS);
        assertThat(out.toString().lines().filter(l -> l.startsWith("FAIL "))).isNotEmpty()
                .allSatisfy(l -> assertThat(l).startsWith("FAIL " + rules.resolve("scenarios/task4/FL-4.2d.yaml")));

        // 6. Check the sample with the changed rules.
        int code = run("check", "../sample/district.json", "--rules", rules.toString(), "--format", "json");
        assertThat(code).as(err.toString()).isIn(Main.OK, Main.VIOLATIONS);
        assertThat(out.toString()).contains("\"requirementId\": \"FL-4.2e\"").contains("请于下次换届前增配");
        assertThat(out.toString()).contains("\"required\": \"17\"");
    }

    @Test
    void aBrokenRuleSetIsRefusedWithItsPlaceAndExitTwo() throws IOException {
        Path rules = work.resolve("rules");
        run("export", rules.toString());
        Path task = rules.resolve("task5-service-innovation.drl");
        Files.writeString(task, Files.readString(task, StandardCharsets.UTF_8)
                .replace("Tally(subjectId == $id, key == \"activities.THEMED_PUBLICITY\", $n : value)",
                        "Tally(subjectId == $id, key == \"activities.THEMED_PUBLICITY\", $n : valeu)"), StandardCharsets.UTF_8);

        assertThat(run("lint", rules.toString())).isEqualTo(Main.BAD_INPUT);
        assertThat(out.toString()).contains("task5-service-innovation.drl:").contains("valeu");
        assertThat(run("check", "../sample/district.json", "--rules", rules.toString())).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString()).doesNotContain("\tat ");
    }

    @Test
    void aLocalRequirementEndToEndWithADeliberateMistakeThatLintAndExplainPointAt() throws IOException {
        Path rules = work.resolve("my-rules");
        Path scenarios = work.resolve("my-scenarios");
        assertThat(run("export", rules.toString())).isZero();
        // The guide's deliberate mistake: the tally key misspelt.
        LocalRequirement.add(rules, LocalRequirement.RULE.replace(LocalRequirement.RIGHT_KEY, LocalRequirement.MISSPELT_KEY),
                scenarios);
        String rule = "rule \"FL-2.3c The district federation holds the executive-member training classes of the year\"";

        // lint points at the key, with the one meant, as the guide shows.
        assertThat(runAsShown("analysts-lint-transcript")).isEqualTo(Main.BAD_INPUT);

        // test and explain refuse the rule set lint refuses, with the same line: nothing loads it.
        String problem = rules.resolve("local-additions.drl") + ":12:36 " + rule + " reads Tally key"
                + " \"activities.EXECUTIVE_TRAINIG\", which no rule produces (did you mean \"activities.EXECUTIVE_TRAINING\"?)";
        assertThat(run("test", scenarios.toString(), "--rules", rules.toString())).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString().lines().map(String::strip)).contains(problem);
        assertThat(run("explain", "../sample/district.json", "FL-2.3c", "qx", "--rules", rules.toString()))
                .isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString().lines().map(String::strip)).contains(problem);

        // Fixed: lint is clean, both scenarios pass, and the sample's qx gets its warning.
        LocalRequirement.replace(rules.resolve("local-additions.drl"), LocalRequirement.MISSPELT_KEY, LocalRequirement.RIGHT_KEY);
        assertThat(run("lint", rules.toString())).as(out.toString()).isZero();
        assertThat(run("test", scenarios.toString(), "--rules", rules.toString())).as(out.toString()).isZero();
        assertThat(out.toString()).contains("2 passed, 0 failed");
        assertThat(run("explain", "../sample/district.json", "FL-2.3c", "qx", "--rules", rules.toString(), "--lang", "en")).isZero();
        assertThat(out.toString().lines().findFirst()).hasValue("FL-2.3c on 青溪区妇联 (qx): not met. Measured 0, required 2;"
                + " decided by rule \"FL-2.3c The district federation holds the executive-member training classes of the year\""
                + " (local-additions.drl:7).");
        assertThat(run("check", "../sample/district.json", "--rules", rules.toString(), "--lang", "en")).isIn(Main.OK, Main.VIOLATIONS);
        assertThat(out.toString()).contains("The district federation held 0 executive-member training classes in the period,"
                + " fewer than the 2 required");
    }
}
