package io.github.fulianrules.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.internal.DrlSource;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The keys of tallies that rules read, against those that rules produce, from the parse trees of the rules. */
class DerivedFactKeysTest {
    private static final String HEADER = """
            package io.github.fulianrules.rules;

            import io.github.fulianrules.model.*;
            import io.github.fulianrules.rulesupport.*;

            """;

    private static final String PRODUCING = HEADER + """
            rule "derived: activities of each type"
            when
                $f : Federation($id : id)
                $type : ActivityType() from ActivityType.values()
                accumulate(Activity(subjectId == $id, type == $type); $n : count())
            then
                insertLogical(new Tally($id, "activities." + $type.name(), $n));
            end

            rule "derived: platform activities"
            when
                WomensHome($id : id)
            then
                insertLogical(new Tally($id, "activities.platform", 0));
            end
            """;

    private static List<Problem> check(String reading) {
        List<ParsedDrl> files = List.of(new DrlSource("derived.drl", PRODUCING), new DrlSource("reading.drl", reading))
                .stream().map(ParsedDrl::parse).flatMap(Optional::stream).toList();
        assertThat(files).hasSize(2);
        return DerivedFactKeys.check(files);
    }

    private static String reading(String condition) {
        return HEADER + """
                rule "FL-2.3c reads a tally"
                when
                    Federation($id : id)
                """ + "    " + condition + "\n" + """
                then
                    insertLogical(Assessment.atLeast("FL-2.3c", $id, SubjectType.DISTRICT_FEDERATION, $n, 2));
                end
                """;
    }

    @Test
    void keysMadeOfWordsAndEnumNamesAreProduced() {
        assertThat(check(reading("Tally(subjectId == $id, key == \"activities.EXECUTIVE_TRAINING\", $n : value)"))).isEmpty();
        assertThat(check(reading("Tally(subjectId == $id, key == \"activities.platform\", $n : value)"))).isEmpty();
    }

    @Test
    void aMisspeltKeyIsAProblemAtItsLiteralWithTheNearestKeyProduced() {
        assertThat(check(reading("Tally(subjectId == $id, key == \"activities.EXECUTIVE_TRAINIG\", $n : value)")))
                .extracting(Problem::toString).containsExactly("reading.drl:9:36 rule \"FL-2.3c reads a tally\" reads Tally"
                        + " key \"activities.EXECUTIVE_TRAINIG\", which no rule produces (did you mean"
                        + " \"activities.EXECUTIVE_TRAINING\"?)");
    }

    @Test
    void aKeyReadInsideAnAccumulateOrAnAlternativeIsCheckedToo() {
        assertThat(check(reading("accumulate(Tally(subjectId == $id, key == \"activities.CONGRES\" || key == \"activities.platform\");"
                + " $n : count())"))).extracting(Problem::message)
                .containsExactly("rule \"FL-2.3c reads a tally\" reads Tally key \"activities.CONGRES\", which no rule produces"
                        + " (did you mean \"activities.CONGRESS\"?)");
    }

    @Test
    void aKeyFarFromAnyProducedHasNoSuggestion() {
        assertThat(check(reading("Tally(subjectId == $id, key == \"people.VOLUNTEER\", $n : value)")))
                .extracting(Problem::message).containsExactly("rule \"FL-2.3c reads a tally\" reads Tally key"
                        + " \"people.VOLUNTEER\", which no rule produces");
    }

    @Test
    void aKeyMadeSomeOtherWayCouldBeAnythingAndSilencesTheCheck() {
        String anything = PRODUCING.replace("\"activities.platform\"", "$id.toString()");

        List<ParsedDrl> files = List.of(new DrlSource("derived.drl", anything),
                new DrlSource("reading.drl", reading("Tally(key == \"whatever\", $n : value)")))
                .stream().map(ParsedDrl::parse).flatMap(Optional::stream).toList();

        assertThat(DerivedFactKeys.check(files)).isEmpty();
    }

    private static List<Problem> checkBoth(String producing, String reading) {
        List<ParsedDrl> files = List.of(new DrlSource("derived.drl", producing), new DrlSource("reading.drl", reading))
                .stream().map(ParsedDrl::parse).flatMap(Optional::stream).toList();
        assertThat(files).hasSize(2);
        return DerivedFactKeys.check(files);
    }

    private static String producingByType(String imports, String type, String key) {
        return "package io.github.fulianrules.rules;\n" + imports + "\nrule \"derived: by type\"\nwhen\n"
                + "    Federation($id : id)\n    $t : " + type + "() from " + type + ".values()\nthen\n"
                + "    insertLogical(new Tally($id, " + key + ", 1));\nend\n";
    }

    @Test
    void aKeyNearEnoughForItsLengthIsSuggested() {
        assertThat(check(reading("Tally(subjectId == $id, key == \"activities.platf\", $n : value)")))
                .extracting(Problem::message).containsExactly("rule \"FL-2.3c reads a tally\" reads Tally key"
                        + " \"activities.platf\", which no rule produces (did you mean \"activities.platform\"?)");
    }

    @Test
    void aTallyMadeWithAKeyAndNoValueStillProducesItsKey() {
        String producing = PRODUCING.replace("new Tally($id, \"activities.platform\", 0)", "new Tally($id, \"activities.platform\")");

        assertThat(checkBoth(producing, reading("Tally(subjectId == $id, key == \"activities.platform\", $n : value)")))
                .isEmpty();
        assertThat(checkBoth(PRODUCING.replace("new Tally($id, \"activities.platform\", 0)", "new Tally($id)"),
                reading("Tally(subjectId == $id, key == \"activities.platform\", $n : value)"))).hasSize(1);
    }

    @Test
    void anEnumOfTheModelImportedByNameGivesItsConstantsByNameOrToString() {
        String producing = producingByType("import io.github.fulianrules.model.ActivityType;\n"
                + "import io.github.fulianrules.model.Federation;", "ActivityType", "\"by.\" + $t.toString()");

        assertThat(checkBoth(producing, reading("Tally(subjectId == $id, key == \"by.REFORM_REPORT\", $n : value)"))).isEmpty();
        assertThat(checkBoth(producing, reading("Tally(subjectId == $id, key == \"by.REFORM_REPORTS\", $n : value)")))
                .extracting(Problem::message).containsExactly("rule \"FL-2.3c reads a tally\" reads Tally key"
                        + " \"by.REFORM_REPORTS\", which no rule produces (did you mean \"by.REFORM_REPORT\"?)");
    }

    @Test
    void anEnumOutsideTheModelOrAnotherMethodCouldGiveAnything() {
        String javaEnum = producingByType("import java.time.DayOfWeek;\nimport io.github.fulianrules.model.*;", "DayOfWeek",
                "\"by.\" + $t.name()");
        String otherMethod = producingByType("import io.github.fulianrules.model.*;", "ActivityType", "\"by.\" + $t.ordinal()");
        String argument = producingByType("import io.github.fulianrules.model.*;", "ActivityType", "\"by.\" + $t.name(1)");
        String reading = reading("Tally(subjectId == $id, key == \"by.anything\", $n : value)");

        assertThat(checkBoth(javaEnum, reading)).isEmpty();
        assertThat(checkBoth(otherMethod, reading)).isEmpty();
        assertThat(checkBoth(argument, reading)).isEmpty();
        assertThat(checkBoth(producingByType("import io.github.fulianrules.model.*;", "ActivityType", "\"by.\" + $t.name()"),
                reading)).hasSize(1);
    }

    @Test
    void theDistanceOfTwoWordsIsTheEditsFromOneToTheOther() {
        assertThat(DerivedFactKeys.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(DerivedFactKeys.distance("", "abc")).isEqualTo(3);
        assertThat(DerivedFactKeys.distance("abc", "")).isEqualTo(3);
        assertThat(DerivedFactKeys.distance("abc", "abd")).isEqualTo(1);
        assertThat(DerivedFactKeys.distance("abc", "abc")).isZero();
    }

    @Test
    void aKeyComparedEitherWayRoundIsRead() {
        assertThat(check(reading("Tally(subjectId == $id, \"activities.platfrm\" == key, $n : value)")))
                .extracting(Problem::message).singleElement().asString().contains("\"activities.platfrm\"");
        assertThat(check(reading("Tally(subjectId == \"d1\", key == \"activities.platform\", $n : value)"))).isEmpty();
    }

    @Test
    void aKeyWrittenOnTheNextLineIsAtItsLiteral() {
        assertThat(check(reading("Tally(subjectId == $id, key ==\n            \"activities.platfrm\", $n : value)")))
                .extracting(Problem::toString).singleElement().asString().startsWith("reading.drl:10:13 ");
    }

    @Test
    void aKeyInParenthesesIsProducedAsWritten() {
        String producing = PRODUCING.replace("\"activities.platform\"", "(\"activities.\" + \"plat\" + \"form\")");

        assertThat(checkBoth(producing, reading("Tally(subjectId == $id, key == \"activities.platform\", $n : value)")))
                .isEmpty();
    }

    @Test
    void anEnumIsFoundByItsOwnImportNotByAnotherOne() {
        String producing = producingByType("import io.github.fulianrules.model.Level;\n"
                + "import io.github.fulianrules.model.ActivityType;\nimport io.github.fulianrules.model.Federation;",
                "ActivityType", "\"by.\" + $t.name()");

        assertThat(checkBoth(producing, reading("Tally(subjectId == $id, key == \"by.REFORM_REPORT\", $n : value)"))).isEmpty();
    }

    @Test
    void aKeyReadIsMatchedWithoutARegularExpressionInTimeLinearInItsParts() {
        // "a" + anything, thirty times: as a regular expression (a.*){30} against "aaa…b" it backtracks for hours.
        String produced = "\"a\" + $id + ".repeat(30) + "\"b\"";
        String producing = "package io.github.fulianrules.rules;\nimport io.github.fulianrules.model.*;\n"
                + "import io.github.fulianrules.rulesupport.*;\nrule \"derived: many parts\"\nwhen\n    Federation($id : id)\n"
                + "then\n    insertLogical(new Tally($id, " + produced + ", 1));\nend\n";
        String key = "a".repeat(200) + "c";

        List<Problem> problems = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> checkBoth(producing, reading("Tally(subjectId == $id, key == \"" + key + "\", $n : value)")));

        assertThat(problems).extracting(Problem::message).singleElement().asString().contains("which no rule produces");
        assertThat(checkBoth(producing, reading("Tally(subjectId == $id, key == \"" + "a".repeat(30) + "b\", $n : value)")))
                .isEmpty();
        assertThat(checkBoth(producing, reading("Tally(subjectId == $id, key == \"" + "ax".repeat(30) + "yb\", $n : value)")))
                .isEmpty();
    }
}
