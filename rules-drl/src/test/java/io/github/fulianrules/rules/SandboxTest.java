package io.github.fulianrules.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.RuleSetException;
import io.github.fulianrules.lint.RuleSetDirectory;
import io.github.fulianrules.internal.DrlSource;
import io.github.fulianrules.lint.SafetyPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every forbidden thing in a rule is refused where rules are loaded ({@code builder().rulesFrom(dir)}),
 * not only by {@code lint}: each case adds one file {@code evil.drl} to an exported copy of the
 * bundled rules and expects the load to fail naming the file, the line and, inside a rule, the rule.
 *
 * <p>Besides the plain cases (System, Runtime, processes, threads, reflection, files, network, class
 * loading, imports, modify/update/delete) the list holds the ways around a text-reading policy that
 * were tried: full names, names Java reads differently from the policy (Unicode escapes, a char
 * literal holding a quote, a comment ended by a lone carriage return, an ignorable character inside
 * a name, text blocks), other packages, functions, {@code from}/{@code eval}/{@code accumulate}
 * code, declared types, the {@code drools} handle, loops, and inserts that smuggle in a host fact.
 */
class SandboxTest {
    private static final String HEADER = "package io.github.fulianrules.rules;\n\n"
            + "import io.github.fulianrules.model.*;\nimport io.github.fulianrules.rulesupport.*;\n";

    @TempDir
    static Path exported;

    @BeforeAll
    static void exportTheBundledRules() throws IOException {
        FulianRules.exportBundledRules(exported);
    }

    /** A rule {@code evil} whose pattern constraint is {@code lhs} and whose consequence is {@code rhs}. */
    private static String rule(String lhs, String rhs) {
        return HEADER + "\nrule \"evil\"\nwhen\n    $f : Federation(" + lhs + ")\nthen\n    " + rhs + "\nend\n";
    }

    private static Arguments inRule(String what, String lhs, String rhs, String needle) {
        return Arguments.of(what, rule(lhs, rhs), needle, true);
    }

    private static Arguments consequence(String what, String rhs) {
        return inRule(what, "", rhs, rhs.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElseThrow().strip());
    }

    private static Arguments file(String what, String text, String needle) {
        return Arguments.of(what, text, needle, false);
    }

    static Stream<Arguments> forbidden() {
        return Stream.of(
                consequence("System", "System.exit(3);"),
                consequence("System, fully qualified", "java.lang.System.exit(3);"),
                consequence("System, spaced out", "java . lang . System . exit(3);"),
                consequence("Runtime", "Runtime.getRuntime().exec(\"rm -rf /\");"),
                consequence("ProcessBuilder", "new ProcessBuilder(\"sh\").start();"),
                consequence("ProcessHandle", "ProcessHandle.current().destroy();"),
                consequence("a thread", "new Thread(() -> {}).start();"),
                consequence("an executor, fully qualified", "java.util.concurrent.Executors.newSingleThreadExecutor();"),
                consequence("Class.forName built from strings", "Object c = Class.forName(\"java.lang.\" + \"Runtime\");"),
                consequence("a class literal", "Object l = Role.class.getClassLoader();"),
                consequence("reflection through an enum", "Object m = Role.CHAIR.getDeclaringClass().getMethods();"),
                consequence("getClass", "Object m = $f.getClass();"),
                consequence("a method handle", "Object l = java.lang.invoke.MethodHandles.lookup();"),
                consequence("files, java.io", "new java.io.File(\"/tmp/x\").delete();"),
                consequence("files, java.nio", "java.nio.file.Files.readAllBytes(null);"),
                consequence("the network", "new java.net.Socket(\"example.org\", 80);"),
                consequence("a URL", "Object u = java.net.URI.create(\"http://example.org\");"),
                consequence("a system property", "Object v = Integer.getInteger(\"user.home\");"),
                consequence("an environment variable", "Object v = System.getenv(\"HOME\");"),
                consequence("a service loader", "Object s = java.util.ServiceLoader.load(Object.class);"),
                consequence("MVEL from the class path", "org.mvel2.MVEL.eval(\"1\");"),
                consequence("Jackson from the class path", "new com.fasterxml.jackson.databind.ObjectMapper();"),
                consequence("the library's internals", "io.github.fulianrules.internal.RuleSetLoader.bundled();"),
                consequence("the drools handle", "drools.getKieRuntime().halt();"),
                consequence("kcontext", "kcontext.getKieRuntime().dispose();"),
                consequence("modify", "modify($f) { }"),
                consequence("update", "update($f);"),
                consequence("delete", "delete($f);"),
                consequence("retract", "retract($f);"),
                consequence("insert of a host fact", "insert(new Federation(\"x\", Level.DISTRICT, \"x\", null, null));"),
                consequence("insert of a host fact behind a tally",
                        "insert(new Tally(\"x\", \"y\", 1) != null ? new Federation(\"x\", Level.DISTRICT, \"x\", null, null) : null);"),
                consequence("insert of a variable", "Object o = $f;\n    insertLogical(o);"),
                consequence("a loop", "while (true) { }"),
                consequence("a for loop", "for (;;) { }"),
                consequence("synchronized wait", "synchronized ($f) { $f.wait(); }"),
                consequence("a Unicode escape", "\\u0053ystem.exit(3);"),
                consequence("a Unicode escape that ends a string", "String s = \"\\u0022; System.exit(3); //\";"),
                consequence("a quote in a char literal", "char c = '\"'; System.exit(3); String s = \"\";"),
                consequence("a comment ended by a carriage return", "// harmless\rSystem.exit(3);"),
                consequence("an ignorable character inside a name", "Sys\u200btem.exit(3);"),
                consequence("a text block", "String s = \"\"\"\n\"\"\"; System.exit(3); String t = \"\";"),
                inRule("eval in a condition", "eval(System.currentTimeMillis() > 0)", "insertLogical(new Tally(\"x\", \"y\", 1));",
                        "eval(System"),
                Arguments.of("a method call in from", HEADER + "\nrule \"evil\"\nwhen\n"
                        + "    $v : String() from System.getenv().values()\nthen\nend\n", "from System", true),
                Arguments.of("code in an accumulate", HEADER + "\nrule \"evil\"\nwhen\n    $n : Number() from accumulate("
                        + "Federation(), init(Runtime.getRuntime().exec(\"sh\");) action() result(0))\nthen\nend\n",
                        "init(Runtime", true),
                Arguments.of("dialect mvel", HEADER + "\nrule \"evil\"\n    dialect \"mvel\"\nwhen\n    Federation()\nthen\nend\n",
                        "dialect", true),
                file("an import outside the model", HEADER + "import java.io.File;\n", "import java.io.File"),
                file("an import on the package line", "package io.github.fulianrules.rules; import org.mvel2.MVEL;\n",
                        "package io.github"),
                file("a static import", HEADER + "import static java.lang.System.exit;\n", "import static"),
                file("an import of a function", HEADER + "import function java.lang.System.exit;\n", "import function"),
                file("an accumulate function", HEADER + "import accumulate org.example.Evil evil;\n", "import accumulate"),
                file("a function", HEADER + "function int twice(int x) { return 2 * x; }\n", "function int"),
                file("another package", "package io.github.fulianrules.internal;\n", "package io.github.fulianrules.internal"),
                file("a declared type with a file", HEADER + "declare Evil\n    f : java.io.File\nend\n", "f : java.io.File"),
                file("a declared type extending a thread", HEADER + "declare Evil extends Thread\nend\n", "extends Thread"),
                file("a # comment", HEADER + "# it's harmless\n", "# it's"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forbidden")
    void isRefusedOnLoadWithTheFileLineAndRule(String what, String drl, String needle, boolean inRule, @TempDir Path dir)
            throws IOException {
        copyExport(dir);
        Files.writeString(dir.resolve("evil.drl"), drl, StandardCharsets.UTF_8);
        int line = lineOf(drl, needle);

        assertThatThrownBy(() -> FulianRules.builder().rulesFrom(dir).build())
                .as(what)
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("as lint lists them; nothing is loaded")
                .satisfies(e -> {
                    RuleSetException rs = (RuleSetException) e;
                    assertThat(rs.problems()).anySatisfy(p -> {
                        assertThat(p).startsWith(dir.resolve("evil.drl") + ":" + line + ":");
                        if (inRule) {
                            assertThat(p).contains("rule \"evil\"");
                        }
                    });
                });
    }

    @Test
    void aRuleThatOnlyJudgesFactsPassesThePolicy() {
        String drl = rule("level == Level.DISTRICT, $id : id",
                "insertLogical(new Tally(\"evil\", $id, 1));\n    // System.exit(3) in a comment is only words\n"
                        + "    insertLogical(new DataIssue(\"X\", $id, SubjectType.FEDERATION, \"id\", \"System.exit(3) in a message\"));");

        assertThat(SafetyPolicy.check(new DrlSource("evil.drl", drl))).isEmpty();
    }

    @Test
    void theBundledRulesPassThePolicy() throws IOException {
        for (Path drl : RuleSetDirectory.drlFiles(exported)) {
            assertThat(SafetyPolicy.check(DrlSource.read(exported, drl))).as(drl.toString()).isEmpty();
        }
    }

    private static void copyExport(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(exported)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        if (at < 0) {
            throw new AssertionError("not in the fixture: " + needle);
        }
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
