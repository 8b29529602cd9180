package io.github.fulianrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.internal.DrlSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The safety policy on DRL text alone: what it refuses, where it says so, and what it lets through. */
class SafetyPolicyTest {
    private static final String HEADER = "package io.github.fulianrules.rules;\n"
            + "import io.github.fulianrules.model.*;\nimport io.github.fulianrules.rulesupport.*;\n";

    private static List<Problem> check(String text) {
        return SafetyPolicy.check(new DrlSource("r.drl", text));
    }

    private static String rule(String rhs) {
        return HEADER + "rule \"judge\"\nwhen\n    $f : Federation($id : id)\nthen\n    " + rhs + "\nend\n";
    }

    @Test
    void aRuleThatInsertsAnAssessmentPasses() {
        assertThat(check(rule("insertLogical(Assessment.atLeast(\"FL-2.4a\", $id, SubjectType.DISTRICT_FEDERATION, 1, 4));")))
                .isEmpty();
        assertThat(check(rule("insertLogical( new Tally($id, \"k\", 1) );\n    insert(new DataIssue(\"X\", $id, null, \"f\", \"d\"));")))
                .isEmpty();
    }

    @Test
    void aProblemNamesTheFileLineColumnAndRule() {
        List<Problem> problems = check(rule("System.exit(3);"));

        Problem p = problems.get(0);
        assertThat(p.file()).isEqualTo("r.drl");
        assertThat(p.line()).isEqualTo(8);
        assertThat(p.column()).isEqualTo(5);
        assertThat(p.message()).startsWith("rule \"judge\" uses System, which rules may not use");
        assertThat(p.toString()).startsWith("r.drl:8:5 rule \"judge\" uses System");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            System.exit(3);                                                  | uses System
            java.lang.Runtime.getRuntime();                                  | uses Runtime
            Object x = java.util.concurrent.Executors.class;                 | names a class of java.util.concurrent
            Object x = org.mvel2.MVEL.eval("1");                             | names a class of org.mvel2
            Object x = com.example.evil.Thing.make();                         | names a class of com.example.evil
            Object x = com.example.evil.thing();                              | names a class of com.example
            Object x = Role.class;                                           | uses a class literal
            Object x = Role.CHAIR.getDeclaringClass();                       | uses getDeclaringClass
            modify($f) { }                                                   | calls modify
            update($f);                                                      | calls update
            delete($f);                                                      | calls delete
            retract($f);                                                     | calls retract
            insert($f);                                                      | inserts something other than
            insert(new Federation("x", null, null, null, null));             | inserts something other than
            insert(new Tally("a", "b", 1) == null ? null : $f);              | inserts something other than
            insertLogical(Assessment.atLeast("a", $id, null, 1, 2), $f);     | inserts something other than
            Object i = (Object) this::insert;                                | inserts something other than
            while (true) { }                                                 | uses while
            for (;;) { }                                                     | uses for
            do { } while (true);                                             | uses do
            drools.halt();                                                   | uses drools
            char c = '"'; System.exit(3); String s = "";                     | uses System
            String s = \"""\\n\""";                                            | text block
            """)
    void aForbiddenConsequenceIsRefused(String rhs, String problem) {
        assertThat(check(rule(rhs.replace("\\n", "\n")))).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains(problem));
    }

    @Test
    void namesJavaReadsDifferentlyAreRefused() {
        assertThat(check(rule("\\u0053ystem.exit(3);"))).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("Unicode escape"));
        assertThat(check(rule("Sys\u200btem.exit(3);"))).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("U+200B"));
        assertThat(check(rule("// a comment\rSystem.exit(3);"))).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("uses System"));
        assertThat(check(rule("String s = \"not closed;"))).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("not closed on its line"));
        assertThat(check(HEADER + "# a comment\n")).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("uses #"));
        assertThat(check(rule("int x = 1;\u0001"))).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("U+0001"));
    }

    @Test
    void headersAreChecked() {
        assertThat(check("package io.github.fulianrules.internal;\n")).extracting(Problem::message)
                .containsExactly("package io.github.fulianrules.internal is not the rules' package; use io.github.fulianrules.rules");
        assertThat(check("package io.github.fulianrules.rules.mine;\n")).isEmpty();
        assertThat(check(HEADER + "import java.io.File;\n")).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.column()).isEqualTo(8);
            assertThat(p.message()).isEqualTo("import java.io.File is outside the fact model; allowed: "
                    + "io.github.fulianrules.model.*, io.github.fulianrules.rulesupport.*, java.time.*");
        });
        assertThat(check(HEADER + "import java.time.LocalDate;\nimport static io.github.fulianrules.model.Level.*;\n")).isEmpty();
        assertThat(check(HEADER + "import accumulate io.github.fulianrules.model.X x;\n")).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("may not bring their own accumulate functions"));
        assertThat(check("package io.github.fulianrules.rules; import org.mvel2.MVEL;\n")).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).startsWith("import org.mvel2.MVEL is outside"));
        assertThat(check(HEADER + "function int f() { return 1; }\n")).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("uses function"));
    }

    @Test
    void onlyTheJavaDialectIsAllowed() {
        String java = HEADER + "rule \"r\"\n    dialect \"java\"\nwhen\nthen\nend\n";
        assertThat(check(java)).isEmpty();
        assertThat(check(java.replace("\"java\"", "'java'"))).isEmpty();
        assertThat(check(java.replace("\"java\"", "\"mvel\""))).extracting(Problem::message)
                .containsExactly("rule \"r\" sets a dialect other than \"java\", which rules may not use");
    }

    @Test
    void qualifiedNamesOfTheModelAndOfJavaLangUtilTimeAreAllowed() {
        assertThat(check(rule("Object a = io.github.fulianrules.model.Level.DISTRICT;\n"
                + "    Object b = java.time.LocalDate.of(2025, 1, 1);\n    Object c = java.util.List.of();\n"
                + "    Object d = java.lang.Math.max(1, 2);\n    Object e = $f.id().length();"))).isEmpty();
    }

    @Test
    void problemsAreInLineOrder() {
        List<Problem> problems = check(rule("update($f);\n    System.exit(1);\n    delete($f);"));

        assertThat(problems).extracting(Problem::line).containsExactly(8, 9, 9, 10);
        assertThat(problems.get(1).column()).isLessThan(problems.get(2).column());
    }

    @Test
    void blankingKeepsLinesAndColumnsAndHidesOnlyWords() {
        String text = "a \"b\\\"c\" d // e\nf /* g\nh */ i 'j' k\rl";

        String blanked = SafetyPolicy.blankCommentsAndStrings(text);

        assertThat(blanked).hasSameSizeAs(text);
        assertThat(blanked).isEqualTo("a \"    \" d     \nf     \n     i ' ' k\rl");
    }

    @Test
    void theTextIsReadToItsLastCharacter() {
        assertThat(check("#")).extracting(Problem::toString)
                .containsExactly("r.drl:1:1 uses #, which rules may not use (write comments with //)");
        assertThat(check("x \\")).isEmpty();
        assertThat(check("x /")).isEmpty();
        assertThat(check("x \\u")).extracting(Problem::toString).containsExactly("r.drl:1:3 uses a Unicode escape (\\u…),"
                + " which rules may not use: Java reads it before comments and strings; write the character itself");
        assertThat(check("x 'a")).extracting(Problem::toString).containsExactly("r.drl:1:3 a string is not closed on its line");
        assertThat(check("x \"a\\")).extracting(Problem::toString).containsExactly("r.drl:1:3 a string is not closed on its line");
        assertThat(SafetyPolicy.blankCommentsAndStrings("a /* b\n c")).isEqualTo("a     \n  ");
        assertThat(SafetyPolicy.blankCommentsAndStrings("a /* b */c")).isEqualTo("a" + " ".repeat(8) + "c");
    }

    @Test
    void onlyPrintableAsciiTabsAndLineBreaksAreAllowedOutsideStrings() {
        assertThat(check("~ \t\r\n")).isEmpty();
        assertThat(check("x\u007f")).extracting(Problem::toString).containsExactly("r.drl:1:2 has the character U+007F"
                + " outside a string or comment; rules are written in ASCII outside strings and comments");
        assertThat(check("x\u001f")).extracting(Problem::message).singleElement().asString().contains("U+001F");
        assertThat(check("// é\n\"é\"")).isEmpty();
    }

    @Test
    void aLexicalProblemInARuleNamesTheRule() {
        assertThat(check(rule("# x"))).extracting(Problem::message).contains("rule \"judge\" uses #, which rules may not use"
                + " (write comments with //)");
    }

    @Test
    void anImportAtTheStartOfTheFileIsCheckedAsAnImport() {
        assertThat(check("import java.io.File;\n")).extracting(Problem::message)
                .contains("import java.io.File is outside the fact model; allowed: io.github.fulianrules.model.*,"
                        + " io.github.fulianrules.rulesupport.*, java.time.*")
                .noneSatisfy(m -> assertThat(m).startsWith("names a class of"));
    }

    @Test
    void aClassOfAnyOtherPackageIsRefusedWhateverItsLength() {
        assertThat(check(rule("Object x = com.evil.Thing.make();"))).extracting(Problem::message)
                .contains("rule \"judge\" names a class of com.evil, which rules may not use");
        assertThat(check(rule("Object x = _a.b.Thing.make();"))).extracting(Problem::message)
                .contains("rule \"judge\" names a class of _a.b, which rules may not use");
        assertThat(check(rule("Object x = $f . id . length();"))).isEmpty();
    }

    @Test
    void aChainAfterADotContinuesAnotherChainEvenAtTheStartOfTheFile() {
        assertThat(check(".com.evil.Thing;")).extracting(Problem::message)
                .noneSatisfy(m -> assertThat(m).startsWith("names a class of"));
    }

    @Test
    void aProblemNamesTheRuleItIsIn() {
        String two = HEADER + "rule \"one\"\nwhen\nthen\nend\n" + "rule \"two\"\nwhen\nthen\n    System.exit(3);\nend\n";

        assertThat(check(two)).extracting(Problem::message).first().asString().startsWith("rule \"two\" uses System");
        assertThat(check("# x\n" + HEADER)).extracting(Problem::message).containsExactly("uses #, which rules may not use"
                + " (write comments with //)");
    }

    @Test
    void anInsertIsReadToTheEndOfItsArguments() {
        assertThat(check(rule("insertLogical(new Tally($id, \"k\", java.util.List.of(1).stream().map(x -> { return x; }).count()));")))
                .isEmpty();
        assertThat(check(rule("Object o = \"\" + insert + \"\";"))).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("inserts something other than"));
        assertThat(check("insert(new Tally(\"a\"")).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("inserts something other than"));
    }

    @Test
    void aCommentEndsAtTheEndOfTheTextOrAtItsOwnEnd() {
        assertThat(check("x // c")).isEmpty();
        assertThat(SafetyPolicy.blankCommentsAndStrings("/* a *//x")).isEqualTo(" ".repeat(7) + "/x");
    }

    // Lint itself attacked (issue 26): each check ends in bounded time and tells at most a bounded number of problems.

    private static List<Problem> within(java.time.Duration limit, String text) {
        return org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(limit, () -> check(text));
    }

    @Test
    void bracketsNestedTooDeepAreOneProblemAtThePlaceTheyGoTooDeep() {
        String deep = "(".repeat(3_000) + "1" + ")".repeat(3_000);
        String atTheLimit = "(".repeat(SafetyPolicy.MAX_DEPTH - 2) + "1" + ")".repeat(SafetyPolicy.MAX_DEPTH - 2);

        List<Problem> problems = within(java.time.Duration.ofSeconds(10), rule("int n = " + deep + ";"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.column()).isEqualTo(5 + "int n = ".length() + SafetyPolicy.MAX_DEPTH);
            assertThat(p.message()).isEqualTo("rule \"judge\" nests brackets more than 64 deep, which rules may not do"
                    + " (write the expression in steps, with bound variables)");
        });
        assertThat(check(rule("int n = " + atTheLimit + ";"))).isEmpty();
        assertThat(ParsedDrl.parse(new DrlSource("r.drl", rule("int n = " + deep + ";")))).isEmpty();
    }

    @Test
    void aChainOfTwoHundredThousandNamesIsReadWithoutARegularExpression() {
        String chain = "java" + ".x".repeat(200_000);

        List<Problem> problems = within(java.time.Duration.ofSeconds(20), rule("Object o = " + chain + ";"));

        assertThat(problems).extracting(Problem::message).contains("rule \"judge\" names java.x, which rules may not use");
        assertThat(SafetyPolicy.chains("a . b.c d .e f. 1g $h.i_j")).extracting(c -> List.of(c[0], c[1]))
                .containsExactly(List.of(0, 7), List.of(8, 12), List.of(19, 25));
    }

    @Test
    void aFileOfAMillionBreachesIsToldInTheFirstHundred() {
        List<Problem> problems = within(java.time.Duration.ofSeconds(20), rule("#".repeat(1_000_000)));

        assertThat(problems).hasSize(SafetyPolicy.MAX_PROBLEMS);
        assertThat(problems.get(0).column()).isEqualTo(5);
        assertThat(problems.get(99).column()).isEqualTo(104);
    }

    @Test
    void aHundredThousandInsertsAreReadOnce() {
        List<Problem> problems = within(java.time.Duration.ofSeconds(20), rule("insert(x); ".repeat(100_000)));

        assertThat(problems).hasSize(SafetyPolicy.MAX_PROBLEMS)
                .allSatisfy(p -> assertThat(p.message()).contains("inserts something other than"));
    }
}
