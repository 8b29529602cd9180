package io.github.fulianrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.internal.DrlSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The declarations a rule file may not make, each refused at its line, read by the DRL parser. */
class DeclarationPolicyTest {
    private static final String HEADER = "package io.github.fulianrules.rules;\n"
            + "import io.github.fulianrules.model.*;\nimport io.github.fulianrules.rulesupport.*;\n";

    private static final String RULE = "rule \"FL-1.1a judge\"\nwhen\n    $f : Federation($id : id)\nthen\n"
            + "    insertLogical(new Tally($id, \"k\", 1));\nend\n";

    private static List<Problem> check(String text) {
        return DeclarationPolicy.check(new DrlSource("r.drl", text));
    }

    private static String when(String condition) {
        return HEADER + "rule \"FL-1.1a judge\"\nwhen\n    $f : Federation($id : id)\n    " + condition
                + "\nthen\n    insertLogical(new Tally($id, \"k\", 1));\nend\n";
    }

    @Test
    void rulesThatMatchFactsAndCountWithBuiltInFunctionsPass() {
        assertThat(check(HEADER + RULE)).isEmpty();
        assertThat(check(when("accumulate(Activity(subjectId == $id); $n : count())"))).isEmpty();
        assertThat(check(when("not (Number() from accumulate(Activity(subjectId == $id), count()))"))).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            global java.util.List out;                                      | declares a global, which rules may not use
            function int twice(int x) { return 2 * x; }                     | declares a function, which rules may not do
            declare Local\\n    x : int\\nend                                | declares a type, which rules may not do
            declare enum Colour RED, GREEN; end                             | declares an enum, which rules may not do
            declare window Last\\n    Federation() over window:length(3)\\nend | declares a window, which rules may not do
            declare entry-point Side\\nend                                   | declares an entry point, which rules may not do
            import function java.lang.Math.max;                             | imports a function, which rules may not do
            import accumulate com.example.Acc acc;                          | imports an accumulate function, which rules may not do
            query "federations"\\n    Federation()\\nend                      | declares a query, which rules may not do
            """)
    void aDeclarationIsRefusedAtItsLine(String declaration, String problem) {
        List<Problem> problems = check(HEADER + declaration.replace("\\n", "\n") + "\n" + RULE);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("r.drl");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).startsWith(problem);
        });
    }

    @Test
    void aRefusalNamesItsColumnFromOne() {
        assertThat(check(HEADER + "  global java.util.List out;\n" + RULE)).singleElement()
                .hasToString("r.drl:4:3 declares a global, which rules may not use: a rule reads facts, not the host's objects");
    }

    @Test
    void anAccumulateWithItsOwnCodeIsRefusedWhereverItIsNested() {
        String inline = "Number() from accumulate(Activity(subjectId == $id), init(int c = 0;), action(c++;), result(c))";

        assertThat(check(when("$n : " + inline))).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).isEqualTo("rule \"FL-1.1a judge\" writes an accumulate with its own init/action/result"
                    + " code, which rules may not do: use count, sum, min, max, average, collectList or collectSet");
        });
        assertThat(check(when("not (" + inline + ")"))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("its own init/action/result code"));
        assertThat(check(when("accumulate(" + inline + "; $k : count())"))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("its own init/action/result code"));
    }

    @Test
    void refusalsAreInLineOrder() {
        String text = HEADER + "query \"q\"\n    Federation()\nend\n" + "function int one() { return 1; }\n"
                + "global java.util.List out;\n" + RULE;

        assertThat(check(text)).extracting(Problem::line).containsExactly(4, 7, 8);
    }

    @Test
    void aFileTheParserCannotReadIsLeftToTheCompiler() {
        assertThat(check(HEADER + "rule \"broken\" when Federation( then end\nglobal java.util.List out;\n")).isEmpty();
        assertThat(check("")).isEmpty();
    }

    @Test
    void aRuleOfMoreAlternativesThanTheLimitIsRefusedAtItsLine() {
        // Each (A or B) doubles the rules the engine builds at load: 6 make 64, 7 make 128, 18 make 262,144.
        String pair = "(Federation(id == \"a\") or Federation(id == \"b\"))\n    ";

        assertThat(check(when(pair.repeat(6)))).isEmpty();
        assertThat(check(when(pair.repeat(7)))).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).isEqualTo("rule \"FL-1.1a judge\" has 128 alternatives (each or doubles them), more than"
                    + " 64: the engine builds every one when the rules load; split the rule");
        });
        assertThat(org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> check(when(pair.repeat(18))))).singleElement().asString().contains("has 262144 alternatives");
        assertThat(check(when("(Federation(id == \"a\") or Federation(id == \"b\") or Federation(id == \"c\"))")))
                .isEmpty();
    }

    @Test
    void patternsThatJoinFactsWithNothingInCommonAreRefusedAtTheSecond() {
        String threePeople = HEADER + "rule \"derived: every triple\"\nwhen\n    Person()\n    Person()\n    Person()\n"
                + "then\nend\n";
        assertThat(check(threePeople)).singleElement().hasToString("r.drl:7:5 rule \"derived: every triple\" joins Person and"
                + " Person and Person with nothing in common: the engine would build every combination of them, as many as"
                + " the district's facts to the power of the patterns; relate each pattern to another"
                + " (e.g. federationId == $id) or compare it with a value");
        assertThat(check(when("Person()"))).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(7));
        assertThat(check(when("(Person() or Position(federationId == $id))"))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("joins Federation and Person with nothing in common"));
    }

    @Test
    void patternsJoinedByAVariableOrBoundedByAValueOrASourcePass() {
        assertThat(check(when("Position(federationId == $id, $p : personId)\n    Person(id == $p)"))).isEmpty();
        assertThat(check(when("$home : WomensHome(federationId == $f.id)"))).isEmpty();
        assertThat(check(when("AssessmentPeriod()\n    Param(name == \"x\")"))).isEmpty();
        assertThat(check(when("Federation(level == Level.DISTRICT)"))).isEmpty();
        assertThat(check(when("Federation(id == \"d\", $other : id)"))).isEmpty();
        assertThat(check(when("$s : String() from java.util.List.of(\"a\", \"b\")"))).isEmpty();
        assertThat(check(when("not (Person())\n    exists (Unit())"))).isEmpty();
        assertThat(check(when("Person(name != \"$id\")"))).as("a variable's name in a string joins nothing").hasSize(1);
    }

    @Test
    void aRuleOfFiveThousandPatternsAndSixtyFourAlternativesIsToldInTime() {
        String many = HEADER + "rule \"derived: many\"\nwhen\n" + "    (Unit() or Building())\n".repeat(6)
                + "    Person()\n".repeat(5_000) + "then\nend\n";
        List<Problem> problems = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> check(many));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("with nothing in common"));
    }
}
