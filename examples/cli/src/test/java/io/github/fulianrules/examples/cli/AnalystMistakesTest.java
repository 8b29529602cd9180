package io.github.fulianrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mistakes an analyst plausibly makes while adding the local requirement FL-2.3c of docs/analysts.md
 * to an exported rule set, one a test: the mistake, the command that finds it, and the one line it
 * prints, naming the file, line, column and entry, and what was expected.
 *
 * <p>Each test works on its own copy of one rule set exported with FL-2.3c added. A mistake in a
 * data file or a scenario leaves the DRL as it was, which is then not compiled again; the tests
 * that change the DRL run last, so that the others share one compile.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnalystMistakesTest {
    /** The order of the tests that change the DRL: after the others. */
    private static final int CHANGES_THE_RULES = Order.DEFAULT + 1;

    private static final String RULE = "rule \"FL-2.3c The district federation holds the executive-member training classes of the year\"";

    @TempDir
    static Path prepared;

    @TempDir
    Path work;

    private Path rules;
    private Path scenarios;

    @BeforeAll
    static void exportTheRulesAndAddTheLocalRequirement() throws IOException {
        assertThat(CliRun.of("export", prepared.resolve("rules").toString()).exitCode()).isZero();
        LocalRequirement.add(prepared.resolve("rules"), LocalRequirement.RULE, prepared.resolve("scenarios"));
    }

    /** A copy of the prepared rule set and scenarios, for one mistake. */
    private void copy() throws IOException {
        rules = work.resolve("rules");
        scenarios = work.resolve("scenarios");
        try (Stream<Path> files = Files.walk(prepared)) {
            for (Path from : files.toList()) {
                Path to = work.resolve(prepared.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
    }

    private List<String> lint() {
        CliRun run = CliRun.of("lint", rules.toString());
        assertThat(run.exitCode()).as(run.out()).isEqualTo(Main.BAD_INPUT);
        return run.out().lines().toList();
    }

    private String test() {
        CliRun run = CliRun.of("test", scenarios.toString(), "--rules", rules.toString());
        assertThat(run.exitCode()).as(run.out()).isEqualTo(Main.BAD_INPUT);
        return run.err().strip();
    }

    private Path file(String name) {
        return name.endsWith(".yaml") && name.startsWith("FL-") ? scenarios.resolve(name) : rules.resolve(name);
    }

    /** How many entries {@code marker} starts before {@code text} in {@code file}: the index of the entry holding {@code text}. */
    private static int entriesBefore(Path file, String marker, String text) {
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            String before = content.substring(0, content.indexOf(text));
            return before.split(java.util.regex.Pattern.quote(marker), -1).length - 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // The four mistakes of the issue that asked for this.

    @Test
    void aParameterWrittenAsAMapEntryInsteadOfAListItem() throws IOException {
        copy();
        LocalRequirement.replace(file("parameters.yaml"), "  - name: executiveTrainingsPerYear\n    unit: classes\n",
                "  executiveTrainingsPerYear:\n    unit: classes\n");
        int line = LocalRequirement.lineOf(file("parameters.yaml"), "  executiveTrainingsPerYear:");
        int index = entriesBefore(file("parameters.yaml"), "\n  - name: ", "  executiveTrainingsPerYear:");

        assertThat(lint()).contains(file("parameters.yaml") + ":" + line + ":3 parameters[" + index + "]: expected \"- \" to"
                + " start the next item of the list whose items begin at column 3, found \"executiveTrainingsPerYear:\""
                + " (an entry of a map, not an item of the list)");
    }

    @Test
    void aFullWidthColonIsNamedInTheLanguageAskedFor() throws IOException {
        copy();
        LocalRequirement.replace(file("parameters.yaml"), "  - name: executiveTrainingsPerYear\n    unit: classes\n",
                "  - name: executiveTrainingsPerYear\n    unit： classes\n");

        CliRun zh = CliRun.of("lint", rules.toString(), "--lang", "zh");
        CliRun en = CliRun.of("lint", rules.toString(), "--lang", "en");

        assertThat(zh.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(zh.out().lines()).anySatisfy(l -> assertThat(l).startsWith(file("parameters.yaml").toString())
                .contains("全角字符 ：（U+FF1A）：YAML 只认半角 :"));
        assertThat(zh.out().lines().reduce((a, b) -> b)).hasValueSatisfying(l -> assertThat(l).matches("共 \\d+ 个问题"));
        assertThat(en.out().lines()).anySatisfy(l -> assertThat(l).contains("U+FF1A").doesNotContain("全角"));
        assertThat(en.out().lines().reduce((a, b) -> b)).hasValueSatisfying(l -> assertThat(l).matches("\\d+ problem\\(s\\)"));
    }

    @Test
    @Order(CHANGES_THE_RULES)
    void aMisspeltTallyKey() throws IOException {
        copy();
        LocalRequirement.replace(file("local-additions.drl"), LocalRequirement.RIGHT_KEY, LocalRequirement.MISSPELT_KEY);

        assertThat(lint()).containsExactly(file("local-additions.drl") + ":12:36 " + RULE + " reads Tally key"
                + " \"activities.EXECUTIVE_TRAINIG\", which no rule produces (did you mean \"activities.EXECUTIVE_TRAINING\"?)",
                "1 problem(s)");
    }

    @Test
    @Order(CHANGES_THE_RULES)
    void whatLintRefusesNoCommandLoadsAndEachSaysWhyAsLintDoes() throws IOException {
        copy();
        LocalRequirement.replace(file("local-additions.drl"), LocalRequirement.RIGHT_KEY, LocalRequirement.MISSPELT_KEY);
        LocalRequirement.replace(file("messages_zh.properties"), "举办执委培训班 {measured} 期", "举办执委培训班 {mesured} 期");
        Path district = work.resolve("district.json");
        Files.writeString(district, """
                {"period": {"start": "2025-01-01", "end": "2025-12-31"},
                 "federations": [{"id": "d", "level": "DISTRICT"}]}
                """, StandardCharsets.UTF_8);
        List<String> problems = lint().stream().filter(l -> !l.endsWith(" problem(s)")).toList();
        assertThat(problems).hasSize(2);

        for (String[] args : List.of(new String[] {"build", rules.toString(), "--out", work.resolve("rules.jar").toString()},
                new String[] {"check", district.toString(), "--rules", rules.toString()},
                new String[] {"test", scenarios.toString(), "--rules", rules.toString()})) {
            CliRun run = CliRun.of(args);

            assertThat(run.exitCode()).as(args[0]).isEqualTo(Main.BAD_INPUT);
            assertThat(run.err().lines().map(String::strip)).as(args[0]).containsAll(problems);
            assertThat(run.out()).as(args[0]).doesNotContain("{mesured}");
        }
        assertThat(work.resolve("rules.jar")).doesNotExist();

        List<String> zh = CliRun.of("lint", rules.toString(), "--lang", "zh").out().lines()
                .filter(l -> l.startsWith(rules.toString())).toList();
        assertThat(zh).hasSize(2).allSatisfy(l -> assertThat(l).containsPattern("\\p{IsHan}"));
        for (String[] args : List.of(new String[] {"build", rules.toString(), "--out", work.resolve("rules.jar").toString()},
                new String[] {"check", district.toString(), "--rules", rules.toString()})) {
            CliRun run = CliRun.of(Stream.concat(Stream.of(args), Stream.of("--lang", "zh")).toArray(String[]::new));

            assertThat(run.exitCode()).as(args[0]).isEqualTo(Main.BAD_INPUT);
            assertThat(run.err().lines().map(String::strip)).as(args[0]).containsAll(zh);
        }
    }

    @Test
    void noMessagesForTheNewId() throws IOException {
        copy();
        LocalRequirement.replace(file("messages_zh.properties"), LocalRequirement.MESSAGES_ZH, "");
        LocalRequirement.replace(file("messages_en.properties"), LocalRequirement.MESSAGES_EN, "");
        int line = LocalRequirement.lineOf(file("catalogue.yaml"), "  - id: FL-2.3c");
        int index = entriesBefore(file("catalogue.yaml"), "\n  - id: ", "  - id: FL-2.3c");

        assertThat(lint()).containsExactly(
                file("catalogue.yaml") + ":" + line + ":9 requirements[" + index + "].id: FL-2.3c has no FL-2.3c.message and"
                        + " FL-2.3c.remedy in messages_zh.properties",
                file("catalogue.yaml") + ":" + line + ":9 requirements[" + index + "].id: FL-2.3c has no FL-2.3c.message and"
                        + " FL-2.3c.remedy in messages_en.properties",
                "2 problem(s)");
    }

    @Test
    @Order(CHANGES_THE_RULES)
    void aRequirementThatMadeNoCheckIsExplainedConditionByCondition() throws IOException {
        copy();
        LocalRequirement.replace(file("local-additions.drl"), "Level.DISTRICT", "Level.SUB_DISTRICT");
        Path district = work.resolve("district.json");
        Files.writeString(district, """
                {"period": {"start": "2025-01-01", "end": "2025-12-31"},
                 "federations": [{"id": "d", "level": "DISTRICT"}]}
                """, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("explain", district.toString(), "FL-2.3c", "d", "--rules", rules.toString(), "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactly(
                "FL-2.3c was not checked on d: no rule of FL-2.3c concluded anything about it.",
                "  Rule \"FL-2.3c The district federation holds the executive-member training classes of the year\""
                        + " (local-additions.drl:7)",
                "    local-additions.drl:10:5 finds no fact for d: Federation(level == Level.SUB_DISTRICT, $id : id)",
                "      Federation facts about d:",
                "        - d is a district federation; resident women: not recorded");
    }

    // A dozen more.

    @Test
    void aKeyIndentedMoreThanTheOneAbove() throws IOException {
        copy();
        LocalRequirement.replace(file("catalogue.yaml"), "    subject: \"district WF\"\n    sourceWords: \"每年",
                "      subject: \"district WF\"\n    sourceWords: \"每年");
        int line = LocalRequirement.lineOf(file("catalogue.yaml"), "      subject: \"district WF\"");
        int index = entriesBefore(file("catalogue.yaml"), "\n  - id: ", "      subject: \"district WF\"");

        assertThat(lint()).contains(file("catalogue.yaml") + ":" + line + ":7 requirements[" + (index - 1) + "]:"
                + " \"key: value\" is not allowed here: this line is indented more than the key above it,"
                + " or a value that holds \": \" must be in quotes");
    }

    @Test
    void aTabForIndentation() throws IOException {
        copy();
        LocalRequirement.replace(file("parameters.yaml"), "    unit: classes\n", "\tunit: classes\n");
        int line = LocalRequirement.lineOf(file("parameters.yaml"), "\tunit: classes");
        int index = entriesBefore(file("parameters.yaml"), "\n  - name: ", "\tunit: classes");

        assertThat(lint()).contains(file("parameters.yaml") + ":" + line + ":1 parameters[" + (index - 1) + "]:"
                + " a tab character: YAML indents with spaces only");
    }

    @Test
    void aParameterValueThatIsNotAWholeNumber() throws IOException {
        copy();
        LocalRequirement.replace(file("parameters.yaml"), "{from: 2025-01-01, value: 2}", "{from: 2025-01-01, value: 2.5}");
        int line = LocalRequirement.lineOf(file("parameters.yaml"), "value: 2.5}");
        int index = entriesBefore(file("parameters.yaml"), "\n  - name: ", "value: 2.5}") - 1;

        assertThat(lint()).contains(file("parameters.yaml") + ":" + line + ":35 parameters[" + index + "].values[0].value:"
                + " expected a whole number, found 2.5");
    }

    @Test
    void aDateThatDoesNotExist() throws IOException {
        copy();
        LocalRequirement.replace(file("parameters.yaml"), "{from: 2025-01-01, value: 2}", "{from: 2025-02-29, value: 2}");
        int line = LocalRequirement.lineOf(file("parameters.yaml"), "2025-02-29");
        int index = entriesBefore(file("parameters.yaml"), "\n  - name: ", "2025-02-29") - 1;

        assertThat(lint()).contains(file("parameters.yaml") + ":" + line + ":16 parameters[" + index + "].values[0].from:"
                + " not a valid date \"2025-02-29\": Invalid date 'February 29' as '2025' is not a leap year"
                + " (expected a real day as YYYY-MM-DD)");
    }

    @Test
    void aDuplicateIdInTheCatalogue() throws IOException {
        copy();
        LocalRequirement.replace(file("catalogue.yaml"), "  - id: FL-2.3c", "  - id: FL-2.3a");
        String ours = "  - id: FL-2.3a\n    clause: \"二(二)3\"\n    strength: SHOULD\n    subject: \"district WF\"\n    sourceWords: \"每年";
        int line = LocalRequirement.lineOf(file("catalogue.yaml"), ours);
        int index = entriesBefore(file("catalogue.yaml"), "\n  - id: ", ours);
        int first = LocalRequirement.lineOf(file("catalogue.yaml"), "  - id: FL-2.3a");
        int firstIndex = entriesBefore(file("catalogue.yaml"), "\n  - id: ", "  - id: FL-2.3a");

        assertThat(lint()).contains(file("catalogue.yaml") + ":" + line + ":9 requirements[" + index + "].id: FL-2.3a is"
                + " already the ID of requirements[" + firstIndex + "] (line " + first + "): an ID names one requirement");
    }

    @Test
    void aStrengthOutsideTheFour() throws IOException {
        copy();
        LocalRequirement.replace(file("catalogue.yaml"), "    strength: SHOULD\n    subject: \"district WF\"\n    sourceWords: \"每年",
                "    strength: RECOMMENDED\n    subject: \"district WF\"\n    sourceWords: \"每年");
        int line = LocalRequirement.lineOf(file("catalogue.yaml"), "strength: RECOMMENDED");
        int index = entriesBefore(file("catalogue.yaml"), "\n  - id: ", "strength: RECOMMENDED") - 1;

        assertThat(lint()).contains(file("catalogue.yaml") + ":" + line + ":15 requirements[" + index + "].strength:"
                + " unknown value \"RECOMMENDED\" (expected one of MUST, IN_PRINCIPLE, SHOULD, ENCOURAGED)");
    }

    @Test
    @Order(CHANGES_THE_RULES)
    void aRuleWhoseRequirementIsNotInTheCatalogue() throws IOException {
        copy();
        LocalRequirement.replace(file("local-additions.drl"), "@requirement(\"FL-2.3c\")", "@requirement(\"FL-2.3d\")");

        assertThat(lint()).contains(file("local-additions.drl") + ":8:5 " + RULE + " declares @requirement(\"FL-2.3d\"),"
                + " which is not in catalogue.yaml (add its entry there, or correct the ID)");
    }

    @Test
    void aRuleFileNotEndingInDrl() throws IOException {
        copy();
        Files.writeString(rules.resolve("FL-2.3c-draft.DRL"), LocalRequirement.RULE.replace("FL-2.3c The", "FL-2.3c Draft: the"),
                StandardCharsets.UTF_8);

        assertThat(lint()).containsExactly(rules.resolve("FL-2.3c-draft.DRL") + ":7:1 holds a rule but is not read:"
                + " only files whose names end in .drl are (rename it FL-2.3c-draft.drl)", "1 problem(s)");
    }

    @Test
    void aMessageWithAnUnknownPlaceholder() throws IOException {
        copy();
        LocalRequirement.replace(file("messages_zh.properties"), "举办执委培训班 {measured} 期", "举办执委培训班 {mesured} 期");
        int line = LocalRequirement.lineOf(file("messages_zh.properties"), "{mesured}");

        assertThat(lint()).containsExactly(file("messages_zh.properties") + ":" + line + ":31 FL-2.3c.message: unknown"
                + " placeholder {mesured} (did you mean {measured}?)", "1 problem(s)");
    }

    @Test
    void aMessageGivenTwice() throws IOException {
        copy();
        LocalRequirement.append(file("messages_en.properties"), "FL-2.3c.remedy=Hold {gap} more training classes\n");
        int first = LocalRequirement.lineOf(file("messages_en.properties"), "FL-2.3c.remedy=");
        int line = LocalRequirement.lineOf(file("messages_en.properties"), "FL-2.3c.remedy=Hold");

        assertThat(lint()).containsExactly(file("messages_en.properties") + ":" + line + ":1 FL-2.3c.remedy: given twice"
                + " (first on line " + first + "): keep one", "1 problem(s)");
    }

    @Test
    void aMessagesFileSavedAsGbk() throws IOException {
        copy();
        Path zh = file("messages_zh.properties");
        String text = Files.readString(zh, StandardCharsets.UTF_8);
        Files.write(zh, text.getBytes(Charset.forName("GBK")));
        int line = 1 + (int) text.lines().takeWhile(l -> l.chars().allMatch(c -> c < 0x80)).count();
        int offset = text.lines().limit(line - 1).mapToInt(l -> l.length() + 1).sum();
        String firstWide = text.lines().skip(line - 1).findFirst().orElseThrow();
        int column = (int) firstWide.chars().takeWhile(c -> c < 0x80).count() + 1;

        assertThat(lint()).contains(zh + ":" + line + ":" + column + " the file is not UTF-8 (byte 0x"
                + String.format("%02X", Charset.forName("GBK").encode(String.valueOf(firstWide.charAt(column - 1))).get(0) & 0xFF)
                + " at offset " + (offset + column - 1) + " is not valid UTF-8; a file saved as GBK must be converted to UTF-8)");
    }

    @Test
    void aParameterThatNoRuleReads() throws IOException {
        copy();
        LocalRequirement.append(file("parameters.yaml"), LocalRequirement.PARAMETER.replace("executiveTrainingsPerYear",
                "executiveTrainingDaysMin"));
        int line = LocalRequirement.lineOf(file("parameters.yaml"), "  - name: executiveTrainingDaysMin");
        int index = entriesBefore(file("parameters.yaml"), "\n  - name: ", "  - name: executiveTrainingDaysMin");

        assertThat(lint()).containsExactly(file("parameters.yaml") + ":" + line + ":11 parameters[" + index + "].name:"
                + " executiveTrainingDaysMin is read by no rule (a rule reads it as"
                + " Param(name == \"executiveTrainingDaysMin\", $x : value))", "1 problem(s)");
    }

    @Test
    void aMessageThatNothingUses() throws IOException {
        copy();
        LocalRequirement.append(file("messages_en.properties"), "FL-2.3d.message=Two classes\n");
        int line = LocalRequirement.lineOf(file("messages_en.properties"), "FL-2.3d.message");

        assertThat(lint()).containsExactly(file("messages_en.properties") + ":" + line + ":1 FL-2.3d.message: nothing uses"
                + " it: FL-2.3d is not in catalogue.yaml", "1 problem(s)");
    }

    @Test
    void aScenarioNamingAnUnknownField() throws IOException {
        copy();
        LocalRequirement.replace(file("FL-2.3c.yaml"), "{id: t1, type: EXECUTIVE_TRAINING, subjectId: d, date: 2025-03-01}\n    expect",
                "{id: t1, type: EXECUTIVE_TRAINING, subjectId: d, date: 2025-03-01, federationId: d}\n    expect");

        assertThat(test()).isEqualTo(file("FL-2.3c.yaml") + ":7:78: scenarios[0].given.activities[0].federationId: unknown field"
                + " (expected one of id, type, subjectId, date, days)");
    }

    @Test
    void aScenarioNamingAnUnknownEnumValue() throws IOException {
        copy();
        LocalRequirement.replace(file("FL-2.3c.yaml"), "{id: t1, type: EXECUTIVE_TRAINING, subjectId: d, date: 2025-03-01}\n    expect",
                "{id: t1, type: TRAINING, subjectId: d, date: 2025-03-01}\n    expect");

        assertThat(test()).startsWith(file("FL-2.3c.yaml") + ":7:20: scenarios[0].given.activities[0].type: unknown value"
                + " \"TRAINING\" (expected one of ");
    }

    @Test
    void aScenarioExpectingAKindOfFindingThatDoesNotExist() throws IOException {
        copy();
        LocalRequirement.replace(file("FL-2.3c.yaml"), "kind: WARNING", "kind: WARN");

        assertThat(test()).isEqualTo(file("FL-2.3c.yaml") + ":9:54: scenarios[0].expect[0].kind: unknown value \"WARN\""
                + " (expected one of VIOLATION, WARNING, RECOMMENDATION, DATA)");
    }

    @Test
    void aScenarioIndentedWrongly() throws IOException {
        copy();
        LocalRequirement.replace(file("FL-2.3c.yaml"), "    expect:\n      - {requirementId: FL-2.3c, subjectId: d, kind: WARNING",
                "     expect:\n      - {requirementId: FL-2.3c, subjectId: d, kind: WARNING");

        assertThat(test()).isEqualTo(file("FL-2.3c.yaml") + ":8:6: scenarios[0]: indented to column 6, which matches no"
                + " level above: the keys of this map begin at column 5 (line 3)");
    }
}
