package io.github.fulianrules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.input.InputException;
import io.github.fulianrules.report.Strength;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Broken YAML and wrong values of a data file, each named at its place in plain words. */
class LocatedYamlTest {
    private final List<String> problems = new ArrayList<>();
    private final LocatedYaml.Fields fields = new LocatedYaml.Fields("f.yaml", e -> problems.add(e.getMessage()));

    private static String brokenYaml(String text) {
        try {
            LocatedYaml.read("f.yaml", text.getBytes(StandardCharsets.UTF_8));
        } catch (InputException e) {
            return e.getMessage();
        }
        throw new AssertionError("read: " + text);
    }

    private static LocatedYaml.Node value(String yaml) {
        LocatedYaml.Mapping map = (LocatedYaml.Mapping) LocatedYaml.read("f.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        return map.get("v").orElseThrow();
    }

    @Test
    void brokenYamlIsNamedAtItsPlaceInPlainWords() {
        assertThat(brokenYaml("a: 1\nb\nc: 2\n")).isEqualTo("f.yaml:2:1: expected \"key: value\", found a line without \": \"");
        assertThat(brokenYaml("a: [1, 2\nb: 3\n")).isEqualTo("f.yaml:2:2: a[2]: the [ opened on line 1 column 4 is not"
                + " closed with ] (or a comma is missing before this)");
        assertThat(brokenYaml("a: {x: 1\nb: 3\n")).isEqualTo("f.yaml:2:2: a: the { opened on line 1 column 4 is not"
                + " closed with } (or a comma is missing before this)");
        assertThat(brokenYaml("a:\n  b: 1\n  - c\n")).isEqualTo("f.yaml:3:3: a: expected \"key: value\" like the other"
                + " keys of this map at column 3, found \"- c\" (the items of a list stand together under their key)");
        assertThat(brokenYaml("a:\n    b: 1\n  c: 2\n")).isEqualTo("f.yaml:3:3: indented to column 3, which matches no"
                + " level above: the keys of this map begin at column 1 (line 1)");
        assertThat(brokenYaml("- a\n- b\nc: 1\n")).isEqualTo("f.yaml:3:1: [2]: expected \"- \" to start the next item of"
                + " the list whose items begin at column 1, found \"c: 1\" (an entry of a map, not an item of the list)");
        assertThat(brokenYaml("a: 'x\n")).isEqualTo("f.yaml:1:4: a: the quoted string that starts here is not closed");
        assertThat(brokenYaml("a: @x\n")).isEqualTo("f.yaml:1:4: a: not valid YAML here (look at the indentation, quotes"
                + " and brackets of this line and the one before)");
        assertThat(brokenYaml("")).isEqualTo("f.yaml:1:1: the file is empty");
    }

    @Test
    void aKeyIndentedMoreThanTheOneAboveIsNamedAtItsFirstCharacterAlsoOnTheLastLine() {
        assertThat(brokenYaml("a:\n  b: 1\n    c: 2")).isEqualTo("f.yaml:3:5: a: \"key: value\" is not allowed here: this"
                + " line is indented more than the key above it, or a value that holds \": \" must be in quotes");
    }

    @Test
    void whatTheParserCannotReadAsDataIsNotValidYamlAtItsPlace() {
        assertThat(brokenYaml("? [a]\n: 1\n")).isEqualTo("f.yaml:1:4: not valid YAML here");
        assertThat(brokenYaml("a: !!binary aGVsbG8=\n")).isEqualTo("f.yaml:1:4: a: not valid YAML here");
        // lists nested deeper than the parser's limit: an error of the parser's own, at its place
        assertThat(brokenYaml("a: " + "[".repeat(1100) + "]".repeat(1100) + "\n"))
                .startsWith("f.yaml:1:1004: a[0][0]").endsWith("[0]: not valid YAML here");
    }

    @Test
    void aValueThatIsNoStringIsNamedWithWhatItIs() {
        assertThat(fields.string(value("v: 12\n"))).isEmpty();
        assertThat(fields.string(value("v: true\n"))).isEmpty();
        assertThat(fields.string(value("v: ~\n"))).isEmpty();
        assertThat(fields.string(value("v: \"  \"\n"))).isEmpty();
        assertThat(fields.string(value("v: {x: 1}\n"))).isEmpty();
        assertThat(fields.string(value("v: [1]\n"))).isEmpty();
        assertThat(fields.string(value("v: \"12\"\n"))).contains("12");

        assertThat(problems).containsExactly(
                "f.yaml:1:4: v: expected a string, found 12 (put it in quotes: \"12\")",
                "f.yaml:1:4: v: expected a string, found true (put it in quotes: \"true\")",
                "f.yaml:1:4: v: expected a string, found nothing",
                "f.yaml:1:4: v: expected a string, found a string \"  \"",
                "f.yaml:1:4: v: expected a string, found a map",
                "f.yaml:1:4: v: expected a string, found a list");
    }

    @Test
    void aWholeNumberIsWrittenInDecimalDigitsWithinALong() {
        assertThat(fields.wholeNumber(value("v: 1_000\n"))).contains(1000L);
        assertThat(fields.wholeNumber(value("v: 99999999999999999999\n"))).isEmpty();
        assertThat(fields.wholeNumber(value("v: -0x1F\n"))).isEmpty();

        assertThat(problems).containsExactly(
                "f.yaml:1:4: v: expected a whole number from -9223372036854775808 to 9223372036854775807 written in"
                        + " decimal digits, found 99999999999999999999",
                "f.yaml:1:4: v: expected a whole number from -9223372036854775808 to 9223372036854775807 written in"
                        + " decimal digits, found -0x1F");
    }

    @Test
    void aDayIsAStringOfAnExistingDay() {
        assertThat(fields.day(value("v: 20250101\n"))).isEmpty();
        assertThat(fields.day(value("v: 2025-1-1\n"))).isEmpty();
        assertThat(fields.day(value("v: \"2025-13-01\"\n"))).isEmpty();

        assertThat(problems).containsExactly(
                "f.yaml:1:4: v: expected a date as YYYY-MM-DD, found 20250101",
                "f.yaml:1:4: v: not a valid date \"2025-1-1\" (expected a real day as YYYY-MM-DD)",
                "f.yaml:1:4: v: not a valid date \"2025-13-01\": Invalid value for MonthOfYear (valid values 1 - 12): 13"
                        + " (expected a real day as YYYY-MM-DD)");
    }

    @Test
    void aConstantIsOneOfThoseAllowedByItsName() {
        EnumSet<Strength> allowed = EnumSet.complementOf(EnumSet.of(Strength.DATA));

        assertThat(fields.constant(value("v: MUST\n"), Strength.class, allowed)).contains(Strength.MUST);
        assertThat(fields.constant(value("v: DATA\n"), Strength.class, allowed)).isEmpty();
        assertThat(fields.constant(value("v: 3\n"), Strength.class, allowed)).isEmpty();

        assertThat(problems).containsExactly(
                "f.yaml:1:4: v: unknown value \"DATA\" (expected one of MUST, IN_PRINCIPLE, SHOULD, ENCOURAGED)",
                "f.yaml:1:4: v: expected one of MUST, IN_PRINCIPLE, SHOULD, ENCOURAGED, found 3");
    }

    @Test
    void anOptionalStringMayBeAbsentOrNothingButNotAnotherValue() {
        LocatedYaml.Mapping map = (LocatedYaml.Mapping) LocatedYaml.read("f.yaml",
                "n: ~\ns: x\ni: 1\n".getBytes(StandardCharsets.UTF_8));

        assertThat(fields.optionalString(map, "n")).isEmpty();
        assertThat(fields.optionalString(map, "absent")).isEmpty();
        assertThat(fields.optionalString(map, "s")).contains("x");
        assertThat(fields.optionalString(map, "i")).isEmpty();
        assertThat(problems).containsExactly("f.yaml:3:4: i: expected a string, found 1 (put it in quotes: \"1\")");
    }

    @Test
    void aSecondDocumentIsRefusedWhereItBeginsNotDropped() {
        assertThat(brokenYaml("a: b\n---\nc: d\n")).isEqualTo("f.yaml:3:1: a second YAML document (after ---): a file"
                + " holds one, the rest would be lost");
        assertThat(value("---\nv: 1\n")).isInstanceOf(LocatedYaml.Scalar.class);
    }

    @Test
    void anAliasIsRefusedAtItsPlaceNotReadAsItsName() {
        assertThat(brokenYaml("a: &c \"二(二)3\"\nb: *c\n")).isEqualTo("f.yaml:2:4: b: an alias (*c) is not read:"
                + " write the value itself");
        assertThat(((LocatedYaml.Scalar) value("v: \"*c\"\n")).text()).isEqualTo("*c");
    }

    @Test
    void aStringLongerThanTheLimitIsAProblem() {
        String longest = "x".repeat(LocatedYaml.MAX_STRING);

        assertThat(fields.string(value("v: " + longest + "\n"))).contains(longest);
        assertThat(fields.string(value("v: " + longest + "y\n"))).isEmpty();
        assertThat(problems).containsExactly("f.yaml:1:4: v: a text of 10001 characters, more than the 10000 a value may have:"
                + " shorten it");
    }
}
