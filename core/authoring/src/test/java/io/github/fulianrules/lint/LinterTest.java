package io.github.fulianrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.authoring.ModelCompiler.CompileError;
import io.github.fulianrules.internal.DrlSource;
import io.github.fulianrules.testing.TinyRuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lint of TinyRuleSet variants: what an analyst sees for each mistake, at its file, line and column. The
 * variants share one rule file, MISTAKES, which compiles, so that it is compiled once.
 */
class LinterTest {
    /** TinyRuleSet's rule with a wrong clause, strength and parameter, and rules with other metadata mistakes. */
    private static final String MISTAKES = """
            package io.github.fulianrules.rules;

            import io.github.fulianrules.model.*;
            import io.github.fulianrules.rulesupport.*;

            rule "FL-1.1a The district federation reports the reform's progress to the district party committee"
                @requirement("FL-1.1a") @clause("二(一)2") @strength("MUST")
            when
                $p : AssessmentPeriod()
                Federation(level == Level.DISTRICT, $id : id)
                Param(name == "reformReportsPerYr", $min : value)
                accumulate(Activity(subjectId == $id, type == ActivityType.REFORM_REPORT, $p.contains(date)); $n : count())
            then
                insertLogical(Assessment.atLeast("FL-1.1a", $id, SubjectType.DISTRICT_FEDERATION, $n, $min));
            end
            rule "FL-1.1ab reports again"
                @clause("二(一)1") @requirement("FL-1.1a")
            when
                Federation(level == Level.DISTRICT, $id : id)
                Param(name == "reformReportsPerYear", $min : value)
            then
                insertLogical(Assessment.atLeast("FL-1.1a", $id, SubjectType.DISTRICT_FEDERATION, 0, $min));
            end

            rule "FL-9.9z a requirement of another plan"
              @requirement("FL-9.9z")
            when
                Federation($id : id)
            then
                insertLogical(new Tally($id, "reports.other", 1));
            end

            rule "a rule of nobody"
            when
                Federation($id : id)
            then
                insertLogical(new Tally($id, "reports.nobody", 1));
            end

            rule "derived: reports of a federation"
            when
                Federation($id : id)
            then
                insertLogical(new Tally($id, "reports.derived", 1));
            end

            rule "data: a federation without reports"
                @data("reports")
            when
                Federation($id : id)
                not Activity(subjectId == $id, type == ActivityType.REFORM_REPORT)
            then
                insert(new DataIssue("NO_REPORTS", $id, null, "reports", "none"));
            end
            """;

    @TempDir
    Path dir;

    private List<Problem> lint(Map<String, String> files) {
        TinyRuleSet.writeTo(dir, files);
        return Linter.lint(dir);
    }

    private static Map<String, String> mistakes() {
        Map<String, String> files = TinyRuleSet.files();
        files.put(TinyRuleSet.DRL, MISTAKES);
        files.put("messages_en.properties", files.get("messages_en.properties") + "DATA.NO_REPORTS.message=x\nDATA.NO_REPORTS.remedy=y\n");
        files.put("messages_zh.properties", files.get("messages_zh.properties") + "DATA.NO_REPORTS.message=x\nDATA.NO_REPORTS.remedy=y\n");
        return files;
    }

    private static List<String> ruleProblems(List<Problem> problems) {
        return problems.stream().filter(p -> p.message().startsWith("rule \"")).map(Problem::toString).toList();
    }

    private static final List<String> METADATA = List.of(
            "reports.drl:7:29 rule \"FL-1.1a The district federation reports the reform's progress to the district party"
                    + " committee\" declares clause 二(一)2 but FL-1.1a is clause 二(一)1",
            "reports.drl:7:46 rule \"FL-1.1a The district federation reports the reform's progress to the district party"
                    + " committee\" declares strength MUST but FL-1.1a is SHOULD (one of [MUST, IN_PRINCIPLE, SHOULD, ENCOURAGED, DATA])",
            "reports.drl:11:19 rule \"FL-1.1a The district federation reports the reform's progress to the district party"
                    + " committee\" reads unknown parameter reformReportsPerYr; did you mean reformReportsPerYear?",
            "reports.drl:16:1 rule \"FL-1.1ab reports again\" declares strength null but FL-1.1a is SHOULD"
                    + " (one of [MUST, IN_PRINCIPLE, SHOULD, ENCOURAGED, DATA])",
            "reports.drl:16:1 rule \"FL-1.1ab reports again\" should start with its requirement ID FL-1.1a",
            "reports.drl:26:3 rule \"FL-9.9z a requirement of another plan\" declares @requirement(\"FL-9.9z\"), which is"
                    + " not in catalogue.yaml (add its entry there, or correct the ID)",
            "reports.drl:33:1 rule \"a rule of nobody\" declares no @requirement (a derived-fact rule's name starts with"
                    + " \"derived:\", a data rule declares @data)");

    @Test
    void aPathThatIsNotADirectoryIsOneProblem() {
        assertThat(Linter.lint(dir.resolve("missing"))).extracting(Problem::toString).containsExactly(":0:0 not a directory");
    }

    @Test
    void eachRuleIsCheckedAgainstTheCatalogueAtTheMetadataItGets() {
        assertThat(ruleProblems(lint(mistakes()))).containsExactlyElementsOf(METADATA);
    }

    @Test
    void problemsAreInFileLineAndColumnOrder() {
        Map<String, String> files = mistakes();
        files.put("messages_en.properties", files.get("messages_en.properties") + "greeting=hello\n");
        files.put("parameters.yaml", TinyRuleSet.PARAMETERS + """
                  - name: unusedOne
                    unit: reports
                    clause: "二(一)1"
                    description: "read by no rule"
                    values:
                      - {from: 2018-01-01, value: 1}
                """);

        List<Problem> problems = lint(files);

        assertThat(problems).extracting(Problem::file).contains("messages_en.properties", "parameters.yaml", "reports.drl");
        assertThat(problems).isSortedAccordingTo(Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
                .thenComparingInt(Problem::column));
        assertThat(problems).doesNotHaveDuplicates();
    }

    @Test
    void aParameterThatNoRuleReadsIsAProblemAtItsName() {
        Map<String, String> files = mistakes();
        files.put("parameters.yaml", TinyRuleSet.PARAMETERS + """
                  - name: unusedOne
                    unit: reports
                    clause: "二(一)1"
                    description: "read by no rule"
                    values:
                      - {from: 2018-01-01, value: 1}
                """);

        assertThat(lint(files)).filteredOn(p -> p.file().equals("parameters.yaml")).extracting(Problem::toString)
                .containsExactly("parameters.yaml:8:11 parameters[1].name: unusedOne is read by no rule (a rule reads it as"
                        + " Param(name == \"unusedOne\", $x : value))");
    }

    @Test
    void theMessagesAreCheckedAgainstTheRules() {
        Map<String, String> files = mistakes();
        files.put("messages_en.properties", TinyRuleSet.MESSAGES_EN);

        assertThat(lint(files)).extracting(Problem::toString).contains("reports.drl:53:26 DATA code NO_REPORTS has no"
                + " DATA.NO_REPORTS.message and DATA.NO_REPORTS.remedy in messages_en.properties");
    }

    @Test
    void aBrokenParametersFileIsReportedAndTheRulesAreNotCheckedAgainstIt() {
        Map<String, String> files = mistakes();
        files.put("parameters.yaml", TinyRuleSet.PARAMETERS.replace("value: 2}", "value: two}"));

        List<Problem> problems = lint(files);

        assertThat(problems).filteredOn(p -> p.file().equals("parameters.yaml")).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("parameters[0].values[0].value: "));
        assertThat(ruleProblems(problems)).isEmpty();
        assertThat(problems).noneSatisfy(p -> assertThat(p.message()).contains("DATA code"));
    }

    @Test
    void aMissingCatalogueIsReportedAndTheRulesAreNotCheckedAgainstIt() {
        Map<String, String> files = mistakes();
        files.remove("catalogue.yaml");

        List<Problem> problems = lint(files);

        assertThat(problems).filteredOn(p -> p.file().equals("catalogue.yaml")).extracting(Problem::toString)
                .containsExactly("catalogue.yaml:0:0 missing (a rule set has catalogue.yaml, parameters.yaml,"
                        + " messages_zh.properties and messages_en.properties; see export)");
        assertThat(ruleProblems(problems)).isEmpty();
    }

    @Test
    void aMissingMessagesFileLeavesTheRulesCheckedAgainstTheCatalogue() {
        Map<String, String> files = mistakes();
        files.remove("messages_en.properties");

        List<Problem> problems = lint(files);

        assertThat(problems).extracting(Problem::file).contains("messages_en.properties");
        assertThat(ruleProblems(problems)).containsExactlyElementsOf(METADATA);
    }

    @Test
    void aRuleSetWithoutDrlFilesIsAProblemAndItsParametersAreReadByNoRule() {
        Map<String, String> files = TinyRuleSet.files();
        files.remove(TinyRuleSet.DRL);

        assertThat(lint(files)).extracting(Problem::toString).contains(
                ":0:0 no .drl files: rules are read from the files whose names end in .drl",
                "parameters.yaml:2:11 parameters[0].name: reformReportsPerYear is read by no rule (a rule reads it as"
                        + " Param(name == \"reformReportsPerYear\", $x : value))");
    }

    @Test
    void aRuleFileThatIsNotUtf8IsAProblemAndTheRuleSetHasRuleFiles() throws IOException {
        TinyRuleSet.writeTo(dir);
        Files.write(dir.resolve(TinyRuleSet.DRL), new byte[] {'r', 'u', 'l', 'e', ' ', (byte) 0xff, (byte) 0xfe});

        List<Problem> problems = Linter.lint(dir);

        assertThat(problems).anySatisfy(p -> assertThat(p.toString()).startsWith("reports.drl:0:0 cannot read as UTF-8: "))
                .allSatisfy(p -> assertThat(p.message()).doesNotStartWith("no .drl files"));
    }

    @Test
    void aRuleFileNotEndingInDrlIsAProblem() {
        Map<String, String> files = mistakes();
        files.put("draft.DRL", TinyRuleSet.RULE);

        assertThat(lint(files)).extracting(Problem::toString).contains("draft.DRL:6:1 holds a rule but is not read:"
                + " only files whose names end in .drl are (rename it draft.drl)");
    }

    @Test
    void theSafetyAndDeclarationPoliciesAreChecked() {
        Map<String, String> files = mistakes();
        files.put("extra.drl", "package io.github.fulianrules.rules;\nglobal java.util.List out;\n");

        assertThat(lint(files)).extracting(Problem::toString).contains("extra.drl:2:1 declares a global, which rules may"
                + " not use: a rule reads facts, not the host's objects");
    }

    @Test
    void aCompileErrorIsReportedAtItsLineThoughDroolsGivesNone() {
        Map<String, String> files = TinyRuleSet.files();
        files.put(TinyRuleSet.DRL, TinyRuleSet.RULE.replace("level == Level.DISTRICT", "levl == Level.DISTRICT"));

        List<Problem> problems = lint(files);

        assertThat(problems).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("reports.drl");
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.column()).isEqualTo(16);
        });
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("levl"));
    }

    // Linter.locate: where a compile error is, when Drools does not say.

    private static final DrlSource A = new DrlSource("a.drl", """
            rule "x" // counter, womensWorkStaton
            when
                Building($id : id, $has : womensWorkStaton, "counter")
                accumulate(Activity(); $n : count())
            then
            end
            """);
    private static final DrlSource B = new DrlSource("sub/b.drl", """
            rule "y"
            when
              Building(womensWorkStaton)
            then
            end
            """);

    @Test
    void aCompileErrorWithALineStaysThere() {
        assertThat(Linter.locate(new CompileError("a.drl", 4, 7, "Unknown field womensWorkStaton"), List.of(A, B)))
                .hasToString("a.drl:4:7 Unknown field womensWorkStaton");
        assertThat(Linter.locate(new CompileError("a.drl", 4, -1, "bad"), List.of(A, B))).hasToString("a.drl:4:0 bad");
    }

    @Test
    void aCompileErrorWithoutALineTakesTheLineDroolsWritesInItsText() {
        assertThat(Linter.locate(new CompileError("a.drl", -1, -1, "[ERR 102] Line 5:3 mismatched input 'x'"), List.of(A)))
                .hasToString("a.drl:5:4 [ERR 102] Line 5:3 mismatched input 'x'");
    }

    @Test
    void aCompileErrorWithoutALineIsAtTheFirstCodeThatNamesItsIdentifier() {
        assertThat(Linter.locate(new CompileError("a.drl", -1, -1, "Unknown field womensWorkStaton on Building"), List.of(A, B)))
                .hasToString("a.drl:3:31 Unknown field womensWorkStaton on Building");
        assertThat(Linter.locate(new CompileError(null, -1, -1, "Unknown field womensWorkStaton"), List.of(B, A)))
                .hasToString("sub/b.drl:3:12 Unknown field womensWorkStaton");
        assertThat(Linter.locate(new CompileError("sub/b.drl", 0, 0, "Unknown field womensWorkStaton"), List.of(A, B)))
                .hasToString("sub/b.drl:3:12 Unknown field womensWorkStaton");
    }

    @Test
    void aQuotedExpressionIsLookedForBeforeItsWords() {
        assertThat(Linter.locate(new CompileError(null, -1, -1, "Unable to analyse expression: $n : count()"), List.of(A)))
                .hasToString("a.drl:4:28 Unable to analyse expression: $n : count()");
        assertThat(Linter.locate(new CompileError(null, -1, -1, "cannot resolve count"), List.of(A)))
                .hasToString("a.drl:4:33 cannot resolve count");
    }

    @Test
    void anIdentifierIsFoundOnlyAsAWholeWord() {
        DrlSource c = new DrlSource("c.drl", "rule \"z\"\nwhen\n    Tally(counters > 0, recounter > 0)\n    Tally(counter)\nthen\nend\n");

        assertThat(Linter.locate(new CompileError(null, -1, -1, "Unknown property counter"), List.of(c)))
                .hasToString("c.drl:4:11 Unknown property counter");
    }

    @Test
    void aCompileErrorNamingNothingInTheTextHasNoPlace() {
        assertThat(Linter.locate(new CompileError(null, -1, -1, "it went wrong"), List.of(A)))
                .hasToString("?:0:0 it went wrong");
        assertThat(Linter.locate(new CompileError("c.drl", -1, -1, "Unknown field womensWorkStaton"), List.of(A, B)))
                .hasToString("c.drl:0:0 Unknown field womensWorkStaton");
    }

    @Test
    void aLineOfZeroIsNoLine() {
        assertThat(Linter.locate(new CompileError("a.drl", 0, 0, "[ERR 102] Line 5:3 mismatched input 'x'"), List.of(A)))
                .hasToString("a.drl:5:4 [ERR 102] Line 5:3 mismatched input 'x'");
        assertThat(Linter.locate(new CompileError(null, 0, 0, "Unknown field nosuchthing in womensWorkStaton"), List.of(A)))
                .hasToString("a.drl:3:31 Unknown field nosuchthing in womensWorkStaton");
    }

    @Test
    void anEmptyQuotedExpressionIsNotLookedFor() {
        assertThat(Linter.locate(new CompileError(null, -1, -1, "bad expression:  "), List.of(A)))
                .hasToString("?:0:0 bad expression:  ");
    }

    @Test
    void aMissingStrengthIsNamedAtItsRulesLineNotTheBlankLineAbove() {
        Map<String, String> files = TinyRuleSet.files();
        files.put(TinyRuleSet.DRL, TinyRuleSet.RULE.replace(" @strength(\"SHOULD\")", ""));   // the rule on line 6, after a blank line

        assertThat(lint(files)).extracting(Problem::toString).anySatisfy(p -> assertThat(p)
                .startsWith(TinyRuleSet.DRL + ":6:1 ").contains("strength"));
    }
}
