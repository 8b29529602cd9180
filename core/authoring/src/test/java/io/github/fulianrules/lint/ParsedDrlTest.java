package io.github.fulianrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.fulianrules.internal.DrlSource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A DRL file as Drools' parser reads it: package, imports, and each rule's conditions, patterns, bindings and consequence. */
class ParsedDrlTest {
    private static final String TEXT = """
            package io.github.fulianrules.rules;

            import io.github.fulianrules.model.*;
            import java.time.LocalDate;

            rule "FL-2.4a counts"
            when
                $f : Federation($id : id, level == Level.DISTRICT)
                $f : Federation(name != null)
                not Tally(subjectId == $id, key == "a")
                accumulate($a : Activity(subjectId == $id); $n : count())
                $all : java.util.List() from collect(Member(federationId == $id))
                (Tally(key == "b") or Tally(key == "c"))
            then
                insertLogical(new Tally($id, "x", $n));
                insertLogical(new io.github.fulianrules.rulesupport.Tally($id, "y", 1));
                insertLogical(Assessment.atLeast("FL-2.4a", $id, null, $n, 1));
            end
            """;

    private static ParsedDrl parsed() {
        return ParsedDrl.parse(new DrlSource("f.drl", TEXT)).orElseThrow();
    }

    @Test
    void theHeaderIsRead() {
        assertThat(parsed().packageName()).isEqualTo("io.github.fulianrules.rules");
        assertThat(parsed().imports()).containsExactly("io.github.fulianrules.model.*", "java.time.LocalDate");
    }

    @Test
    void aRuleIsAtItsNameWithItsTopLevelConditionsAsWritten() {
        ParsedDrl.Rule rule = parsed().rules().get(0);

        assertThat(rule.name()).isEqualTo("FL-2.4a counts");
        assertThat(parsed().where(rule.offset())).isEqualTo("f.drl:6:1");
        // (the text of a parenthesised "or" starts at its first pattern: Drools' start of it)
        assertThat(rule.conditions()).extracting(ParsedDrl.Condition::text).startsWith(
                "$f : Federation($id : id, level == Level.DISTRICT)",
                "$f : Federation(name != null)",
                "not Tally(subjectId == $id, key == \"a\")",
                "accumulate($a : Activity(subjectId == $id); $n : count())",
                "$all : java.util.List() from collect(Member(federationId == $id))");
        assertThat(rule.conditions()).extracting(ParsedDrl.Condition::type)
                .containsExactly("Federation", "Federation", null, null, null, null);
        assertThat(rule.conditions()).allSatisfy(c -> assertThat(TEXT.substring(c.offset())).startsWith(c.text()));
    }

    @Test
    void everyPatternIsFoundWithItsConstraintsNestedOnesIncluded() {
        ParsedDrl.Rule rule = parsed().rules().get(0);

        assertThat(rule.patterns()).extracting(ParsedDrl.Pattern::type).containsExactly("Federation", "Federation", "Tally",
                "Object", "Activity", "java.util.List", "Member", "Tally", "Tally");
        assertThat(rule.patterns().get(0).constraints()).extracting(ParsedDrl.Constraint::text)
                .containsExactly("$id : id", "level == Level.DISTRICT");
        assertThat(rule.patterns()).flatExtracting(ParsedDrl.Pattern::constraints)
                .allSatisfy(c -> assertThat(TEXT.substring(c.offset())).startsWith(c.text()));
        assertThat(rule.patterns().get(6).constraints()).extracting(ParsedDrl.Constraint::text)
                .containsExactly("federationId == $id");
    }

    @Test
    void aVariableIsBoundToTheTypeOfItsFirstPattern() {
        assertThat(parsed().rules().get(0).bindings()).isEqualTo(Map.of("$f", "Federation", "$a", "Activity",
                "$all", "java.util.List"));
    }

    @Test
    void theCreationsOfATypeAreFoundInTheConsequenceByTheirSimpleName() {
        ParsedDrl.Rule rule = parsed().rules().get(0);

        assertThat(rule.consequence()).contains("insertLogical(new Tally($id, \"x\", $n));");
        assertThat(rule.creations("Tally")).extracting(ObjectCreationExpr::toString).containsExactly(
                "new Tally($id, \"x\", $n)", "new io.github.fulianrules.rulesupport.Tally($id, \"y\", 1)");
        assertThat(rule.creations("ally")).isEmpty();
        assertThat(rule.creations("Assessment")).isEmpty();
    }

    @Test
    void aConsequenceThatIsNotJavaCreatesNothing() {
        String text = TEXT.replace("insertLogical(new Tally($id, \"x\", $n));", "modify($f) { setName(\"x\") } new Tally(;");

        assertThat(ParsedDrl.parse(new DrlSource("f.drl", text)).orElseThrow().rules().get(0).creations("Tally")).isEmpty();
    }

    @Test
    void aFileThatDoesNotParseIsNotRead() {
        assertThat(ParsedDrl.parse(new DrlSource("f.drl", TEXT.replace("when", "wen")))).isEmpty();
        assertThat(ParsedDrl.parse(new DrlSource("f.drl", "rule \"x\" when Federation( then end"))).isEmpty();
    }
}
