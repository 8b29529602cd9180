package io.github.fulianrules.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fulianrules.authoring.ModelCompiler;
import io.github.fulianrules.FulianRules;
import io.github.fulianrules.ReloadableRules;
import io.github.fulianrules.RuleSetException;
import io.github.fulianrules.internal.DrlSource;
import io.github.fulianrules.internal.ModelClasses;
import io.github.fulianrules.lint.Linter;
import io.github.fulianrules.lint.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule sets written as an attacker would, each attack a rule of an extra file {@code evil.drl}
 * beside the catalogue files of an exported rule set: every class of bypass that got past the
 * text policy (issue 11), in a consequence and, where the language allows, in a constraint, and
 * the plain attacks the text policy already refuses. Each is refused by {@code lint}, by
 * {@code builder().rulesFrom(dir)} and by {@link ReloadableRules}, at {@code evil.drl:LINE}; and
 * the {@code RuleVerifier} alone, without the text policies, refuses every one of them on what
 * it compiles to. Nothing an attack would write, start or change happens.
 */
class AttackCorpusTest {
    @TempDir
    static Path exported;
    @TempDir
    static Path targets;

    /**
     * One attack: a rule of {@code evil.drl}.
     *
     * @param name   the rule's name
     * @param drl    its text, where {@code T} stands for the folder of targets
     * @param needle a piece of the text on the line that must be named
     */
    private record Attack(String name, String drl, String needle) {
    }

    private static Attack consequence(String name, String code) {
        return new Attack(name, "rule \"" + name + "\" @data(\"PROBE\")\nwhen\n    Federation(level == Level.DISTRICT, $id : id)\n"
                + "then\n    " + code + "\nend\n", code.lines().findFirst().orElseThrow().strip());
    }

    private static Attack constraint(String name, String expression) {
        return new Attack(name, "rule \"" + name + "\" @data(\"PROBE\")\nwhen\n    Federation(level == Level.DISTRICT, $id : id,\n"
                + "        " + expression + ")\nthen\nend\n", expression);
    }

    /** What the text policy lets through, as it reads text: refused by the verifier on the bytecode. */
    private static final List<Attack> PAST_THE_TEXT = List.of(
            consequence("formatter writes a file", "new java.util.Formatter(\"T/formatter\").format(\"written by a rule for %s%n\", $id).close();"),
            constraint("formatter in a constraint", "new java.util.Formatter(\"T/formatter-lhs\").toString() != null"),
            consequence("random loops inside one firing", "new java.util.Random().ints().forEach(i -> { });"),
            constraint("random loops inside one constraint", "new java.util.Random().ints().sum() != 7"),
            consequence("an anonymous class holds a file", "Object o = new Object() { final java.util.Formatter f = new java.util.Formatter(\"T/anonymous\"); };"),
            consequence("recursion through an anonymous class", "int n = new Object() { int down(int i) { return i <= 0 ? 0 : down(i - 1); } }.down(1000000000);"),
            consequence("a huge array", "long[] big = new long[Integer.MAX_VALUE - 8];"),
            constraint("a huge array in a constraint", "new long[Integer.MAX_VALUE - 8].length > 0"));

    /** Declarations that make a program: refused by the declaration policy, and by the verifier. */
    private static final List<Attack> DECLARATIONS = List.of(
            new Attack("a global", "global io.github.fulianrules.model.Federation host;\n", "global"),
            new Attack("a declared type", "declare Evil\n    f : String\nend\n", "declare Evil"),
            new Attack("a query", "query \"evil query\"\n    Federation()\nend\n", "query"));

    /** The plain attacks, which the text policy already refuses; the verifier refuses them too. */
    private static final List<Attack> PLAIN = List.of(
            consequence("Runtime starts a process", "Runtime.getRuntime().exec(new String[] {\"touch\", \"T/runtime\"});"),
            constraint("Runtime in a constraint", "Runtime.getRuntime().availableProcessors() > 0"),
            consequence("ProcessBuilder starts a process", "new ProcessBuilder(\"touch\", \"T/process\").start();"),
            consequence("the environment", "insert(new DataIssue(\"X\", $id, SubjectType.INPUT, \"env\", System.getenv(\"HOME\")));"),
            constraint("the environment in a constraint", "System.getenv(\"HOME\") != null"),
            consequence("a system property", "insert(new DataIssue(\"X\", $id, SubjectType.INPUT, \"p\", System.getProperty(\"user.home\")));"),
            constraint("a system property in a constraint", "System.getProperty(\"user.home\") != null"),
            consequence("Scanner over a URL reads", "String s = new java.util.Scanner(new java.net.URL(\"file:///etc/hostname\").openStream()).next();"),
            consequence("a socket", "new java.net.Socket(\"localhost\", 9).close();"),
            consequence("a thread", "new Thread(() -> { }).start();"),
            consequence("a cleaner runs code on another thread", "java.lang.ref.Cleaner.create().register($id, () -> { });"),
            consequence("the zone rules of the JVM", "java.time.zone.ZoneRulesProvider.registerProvider(null);"),
            consequence("reflection", "Object m = Class.forName(\"java.lang.Runtime\").getMethods();"),
            consequence("method handles", "Object l = java.lang.invoke.MethodHandles.lookup();"),
            consequence("a fact's class leads to its code source", "Object c = $id.getClass().getProtectionDomain();"),
            consequence("a loop", "while ($id != null) { }"));

    @BeforeAll
    static void exportTheBundledRules() throws IOException {
        FulianRules.exportBundledRules(exported);
    }

    @AfterAll
    static void nothingWasWrittenOrStarted() throws IOException {
        try (Stream<Path> written = Files.list(targets)) {
            assertThat(written).as("files written or touched by the attacks").isEmpty();
        }
    }

    /** A rule set of the exported catalogue files and {@code evil.drl} holding {@code attacks}; returns the file's text. */
    private static String ruleSet(Path dir, List<Attack> attacks) throws IOException {
        for (String name : List.of("catalogue.yaml", "parameters.yaml", "messages_zh.properties", "messages_en.properties")) {
            Files.copy(exported.resolve(name), dir.resolve(name));
        }
        StringBuilder drl = new StringBuilder("package io.github.fulianrules.rules;\n\n"
                + "import io.github.fulianrules.model.*;\nimport io.github.fulianrules.rulesupport.*;\n");
        for (Attack a : attacks) {
            drl.append('\n').append(a.drl().replace("T/", targets.toString().replace('\\', '/') + "/"));
        }
        Files.writeString(dir.resolve("evil.drl"), drl, StandardCharsets.UTF_8);
        return drl.toString();
    }

    private static int lineOf(String text, String needle) {
        String target = needle.replace("T/", targets.toString().replace('\\', '/') + "/");
        int at = text.indexOf(target);
        assertThat(at).as("in the fixture: " + needle).isNotNegative();
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** Every attack is named, in {@code problems}, at {@code evil.drl:LINE:}. */
    private static void eachAt(List<String> problems, String drl, List<Attack> attacks) {
        for (Attack a : attacks) {
            assertThat(problems).as(a.name()).anySatisfy(p -> assertThat(p).startsWith("evil.drl:" + lineOf(drl, a.needle()) + ":"));
        }
    }

    /** The problems of a load as lint names them in {@code dir} ({@code DIR/FILE:…}), each file relative to it. */
    private static List<String> inRuleSet(Path dir, List<String> problems) {
        return problems.stream().map(p -> p.startsWith(dir + java.io.File.separator)
                ? p.substring(dir.toString().length() + 1) : p).toList();
    }

    private static void refusedEverywhere(Path dir, List<Attack> attacks) throws IOException {
        String drl = ruleSet(dir, attacks);

        eachAt(Linter.lint(dir).stream().map(Problem::toString).toList(), drl, attacks);
        assertThatThrownBy(() -> FulianRules.builder().rulesFrom(dir).build()).isInstanceOfSatisfying(RuleSetException.class,
                e -> eachAt(inRuleSet(dir, e.problems()), drl, attacks));
        assertThatThrownBy(() -> ReloadableRules.from(dir)).isInstanceOfSatisfying(RuleSetException.class,
                e -> eachAt(inRuleSet(dir, e.problems()), drl, attacks));
    }

    @Test
    void whatGotPastTheTextPolicyIsRefusedByLintAndEveryLoadPath(@TempDir Path dir) throws IOException {
        refusedEverywhere(dir, PAST_THE_TEXT);
    }

    @Test
    void declarationsThatMakeAProgramAreRefusedByLintAndEveryLoadPath(@TempDir Path dir) throws IOException {
        refusedEverywhere(dir, DECLARATIONS);
    }

    @Test
    void thePlainAttacksAreRefusedByLintAndEveryLoadPath(@TempDir Path dir) throws IOException {
        refusedEverywhere(dir, PLAIN);
    }

    @Test
    void aReloadIntoAnAttackKeepsTheLastGoodRules(@TempDir Path dir) throws IOException {
        String drl = ruleSet(dir, List.of());
        try (Stream<Path> files = Files.list(exported)) {
            for (Path rule : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                Files.copy(rule, dir.resolve(rule.getFileName()));
            }
        }
        ReloadableRules rules = ReloadableRules.from(dir);
        List<Attack> attack = List.of(PAST_THE_TEXT.get(0));
        drl = ruleSet(Files.createDirectories(dir.resolve("next")), attack);
        Files.move(dir.resolve("next/evil.drl"), dir.resolve("evil.drl"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        ReloadableRules.Outcome outcome = rules.reload();

        assertThat(outcome.reloaded()).isFalse();
        eachAt(inRuleSet(dir, outcome.problems()), drl, attack);
    }

    @Test
    void theVerifierAloneRefusesEveryAttackOnWhatItCompilesTo(@TempDir Path dir) throws IOException {
        List<Attack> all = new ArrayList<>(PAST_THE_TEXT);
        all.addAll(DECLARATIONS);
        all.addAll(PLAIN);
        String drl = ruleSet(dir, all);
        List<DrlSource> sources = List.of(new DrlSource("evil.drl", drl));

        // Compiled without the text policies: only the bytecode is judged.
        List<ModelClasses.Refusal> refusals = ModelCompiler.compile(dir, sources).refusals(dir.toString(), sources);

        eachAt(refusals.stream().map(ModelClasses.Refusal::toString).toList(), drl, all);
    }
}
