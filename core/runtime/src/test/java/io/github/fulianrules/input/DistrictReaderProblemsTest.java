package io.github.fulianrules.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every problem of a district in one run, each at its place, in Chinese or English. */
class DistrictReaderProblemsTest {
    private static final String PERIOD = "\"period\": {\"start\": \"2025-01-01\", \"end\": \"2025-12-31\"}";

    private static InputException errorOf(String json, Locale locale) {
        InputException e = catchThrowableOfType(InputException.class,
                () -> DistrictReader.read(json.getBytes(StandardCharsets.UTF_8), "district.json", locale));
        assertThat(e).as("an InputException").isNotNull();
        assertThat(e.getMessage()).as("the message stays one line").doesNotContain("\n");
        return e;
    }

    private static InputException errorOf(String json) {
        return errorOf(json, Locale.ENGLISH);
    }

    /** A document with the period and {@code rest} (top-level fields) after it, from line 2 on. */
    private static String with(String rest) {
        return "{" + PERIOD + ",\n" + rest + "\n}";
    }

    @Nested
    class EveryMistakeAtOnce {
        @Test
        void threeMistakesAreThreeLocatedLinesInTheOrderOfTheFile() {
            InputException e = errorOf(with("""
                    "federations": [
                      {"id": "d", "level": "CITY"},
                      {"id": "s", "level": "SUB_DISTRICT", "residentWomen": "many"}
                    ],
                    "people": [{"name": "王芳", "gender": "FEMALE"}]"""));

            assertThat(e.lines()).containsExactly(
                    "district.json:3:15: federations[0].level: unknown value \"CITY\" (expected one of DISTRICT, SUB_DISTRICT, COMMUNITY)",
                    "district.json:4:40: federations[1].residentWomen: expected a whole number, found a string \"many\"",
                    "district.json:6:12: people[0].id: missing required field");
            assertThat(e.problems()).extracting(InputException::line).containsExactly(3, 4, 6);
            assertThat(e.omitted()).isZero();
            assertThat(e.getMessage()).isEqualTo(e.lines().get(0) + " (1 of 3 problems)");
            assertThat(e.path()).as("the place is the first problem's").isEqualTo("federations[0].level");
        }

        @Test
        void oneProblemIsItsOwnListAndMessage() {
            InputException e = errorOf(with("\"people\": [{\"id\": \"p\", \"gender\": \"F\"}]"));

            assertThat(e.problems()).containsExactly(e);
            assertThat(e.lines()).containsExactly(e.getMessage());
            assertThat(e.getMessage()).doesNotContain("problems");
        }

        @Test
        void aHundredAreListedAndTheRestCounted() {
            String people = IntStream.range(0, 150).mapToObj(i -> "{\"id\": \"p" + i + "\", \"gender\": \"F\"}")
                    .collect(Collectors.joining(",\n"));

            InputException en = errorOf(with("\"people\": [\n" + people + "]"));
            InputException zh = errorOf(with("\"people\": [\n" + people + "]"), Locale.CHINESE);

            assertThat(en.problems()).hasSize(DistrictReader.MAX_PROBLEMS);
            assertThat(en.omitted()).isEqualTo(50);
            assertThat(en.lines()).hasSize(101);
            assertThat(en.lines().get(99)).startsWith("district.json:102:").contains("people[99].gender");
            assertThat(en.lines().get(100)).isEqualTo("and 50 more problems (only the first 100 are listed)");
            assertThat(en.getMessage()).endsWith("(1 of 150 problems)");
            assertThat(zh.lines().get(100)).isEqualTo("还有 50 个问题（只列出前 100 个）");
            assertThat(zh.getMessage()).endsWith("（共 150 个问题，此为第 1 个）");
        }

        @Test
        void everyMissingFieldOfARecordIsNamed() {
            InputException e = errorOf(with("\"waivers\": [{\"id\": \"w\"}]"));

            assertThat(e.problems()).extracting(InputException::path).containsExactly("waivers[0].requirementId",
                    "waivers[0].subjectId", "waivers[0].reason", "waivers[0].approver", "waivers[0].validFrom",
                    "waivers[0].validUntil");
            assertThat(e.problems()).extracting(InputException::problem).containsOnly("missing required field");
        }

        @Test
        void aFieldWithAWrongValueIsNotAlsoMissing() {
            InputException e = errorOf(with("\"people\": [{\"id\": [\"p\"]}]"));

            assertThat(e.lines()).containsExactly("district.json:2:13: people[0].id: expected a string, found an array");
        }

        @Test
        void aWrongEndOfThePeriodIsOneProblem() {
            InputException e = errorOf("{\"period\": {\"start\": \"2025-01-01\", \"end\": \"2025-02-30\"}}");

            assertThat(e.lines()).singleElement().asString()
                    .startsWith("district.json:1:36: period.end: not a valid date \"2025-02-30\"");
        }

        @Test
        void aPersonWithoutIdStillHasItsPositionsChecked() {
            InputException e = errorOf(with("\"people\": [{\"positions\": [{\"role\": \"CHAIR\"}, {\"federationId\": \"d\", \"role\": \"BOSS\"}]}]"));

            assertThat(e.problems()).extracting(InputException::path).containsExactly("people[0].id",
                    "people[0].positions[0].federationId", "people[0].positions[1].role");
        }

        @Test
        void brokenJsonEndsTheReadingThereAfterWhatWasFoundBefore() {
            InputException e = errorOf(with("""
                    "people": [{"id": "p", "gender": "F"}],
                    "units": [{"id": "u" "type": "NEW_GROUP"}],
                    "buildings": [{"id": "b"}]"""));

            assertThat(e.problems()).hasSize(2);
            assertThat(e.problems().get(0).path()).isEqualTo("people[0].gender");
            assertThat(e.problems().get(1).getMessage()).startsWith("district.json:3:22: units[0].id: not valid JSON:");
        }

        @Test
        void aDuplicateFieldIsAProblemAndReadingGoesOn() {
            InputException e = errorOf(with("""
                    "people": [{"id": "p1", "id": "p2"}],
                    "people": [],
                    "units": [{"id": "u", "type": "BIG", "federationId": "d"}]"""));

            assertThat(e.lines()).containsExactly(
                    "district.json:2:25: people[0].id: not valid JSON: Duplicate field 'id'",
                    "district.json:3:1: people: not valid JSON: Duplicate field 'people'",
                    "district.json:4:23: units[0].type: unknown value \"BIG\" (expected one of PARTY_GOVERNMENT_ORGAN, "
                            + "PUBLIC_INSTITUTION, NON_PUBLIC_ENTERPRISE, SOCIAL_ORGANIZATION, TECHNOLOGY_PARK, NEW_GROUP)");
        }

        @Test
        void aLineOfAJsonLinesFileKeepsEveryProblemAtThatLine() {
            byte[] line = ("{" + PERIOD + ", \"people\": [{\"id\": \"p\", \"gender\": \"F\"}, {\"name\": \"x\"}]}")
                    .getBytes(StandardCharsets.UTF_8);

            InputException e = catchThrowableOfType(InputException.class,
                    () -> DistrictReader.readLine(line, "nation.jsonl", 7));

            assertThat(e.problems()).hasSize(2).allSatisfy(p -> {
                assertThat(p.line()).isEqualTo(7);
                assertThat(p.getMessage()).startsWith("nation.jsonl:7:");
            });
        }
    }

    @Nested
    class SpacesInAnId {
        @Test
        void aLeadingSpaceIsNamedAtItsPlace() {
            InputException e = errorOf(with("\"people\": [{\"id\": \" p-1\"}]"));

            assertThat(e.getMessage()).isEqualTo("district.json:2:13: people[0].id: id \" p-1\" has a leading space");
        }

        @Test
        void aTrailingSpaceInAReferenceIsNamedToo() {
            InputException e = errorOf(with("\"buildings\": [{\"id\": \"b\", \"federationId\": \"sd1\\u3000\"}]"));

            assertThat(e.path()).isEqualTo("buildings[0].federationId");
            assertThat(e.problem()).isEqualTo("federationId \"sd1\u3000\" has a trailing space");
        }

        @Test
        void inChineseBothSidesAreSaidAsSuch() {
            InputException e = errorOf(with("\"people\": [{\"id\": \" p-1 \"}]"), Locale.SIMPLIFIED_CHINESE);

            assertThat(e.problem()).isEqualTo("id \" p-1 \" 前后有空格");
        }

        @Test
        void aSpaceInsideAnIdOrInANameIsNoProblem() {
            byte[] json = with("\"people\": [{\"id\": \"p 1\", \"name\": \" 王芳 \"}]").getBytes(StandardCharsets.UTF_8);

            assertThat(DistrictReader.read(json, "district.json").people().get(0).id()).isEqualTo("p 1");
        }
    }

    @Nested
    class InChinese {
        @Test
        void eachKindOfProblemIsSaidInChinese() {
            InputException e = errorOf(with("""
                    "federations": [{"id": "d", "level": "CITY", "residentWomen": 1.5}],
                    "activities": [{"id": "a", "type": "CONGRESS", "subjectId": "d", "date": "2018-02-30"}],
                    "waivers": [{"id": "w"}],
                    "colour": "red"
                    """), Locale.CHINA);

            assertThat(e.lines()).containsExactly(
                    "district.json:2:29: federations[0].level: 未知取值 \"CITY\"（应为以下之一：DISTRICT, SUB_DISTRICT, COMMUNITY）",
                    "district.json:2:46: federations[0].residentWomen: 应为整数，实际为数字 1.5",
                    "district.json:3:66: activities[0].date: 不是有效日期 \"2018-02-30\"：Invalid date 'FEBRUARY 30'（应为 YYYY-MM-DD 格式的真实日期）",
                    "district.json:4:13: waivers[0].requirementId: 缺少必填字段",
                    "district.json:4:13: waivers[0].subjectId: 缺少必填字段",
                    "district.json:4:13: waivers[0].reason: 缺少必填字段",
                    "district.json:4:13: waivers[0].approver: 缺少必填字段",
                    "district.json:4:13: waivers[0].validFrom: 缺少必填字段",
                    "district.json:4:13: waivers[0].validUntil: 缺少必填字段",
                    "district.json:5:1: colour: 未知字段（应为以下之一：format, name, period, federations, people, "
                            + "womensHomes, units, buildings, activityCentres, womensGroups, activities, waivers）");
        }

        @Test
        void theWholeInputIsSaidInChineseToo() {
            assertThat(errorOf("", Locale.CHINESE).getMessage()).isEqualTo("district.json:1:1: 输入为空（应为一个 JSON 对象）");
            assertThat(errorOf("{\"people\": []}", Locale.CHINESE).problem()).startsWith("缺少必填字段（考核期");
            assertThat(errorOf("{" + PERIOD + ", \"people\": [", Locale.CHINESE).problem()).isEqualTo("输入提前结束（文件被截断？）");
        }

        @Test
        void anyOtherLanguageIsEnglish() {
            assertThat(errorOf("", Locale.GERMAN).problem()).isEqualTo("the input is empty (expected a JSON object)");
            assertThat(errorOf("", null).problem()).isEqualTo("the input is empty (expected a JSON object)");
        }
    }

    @Nested
    class TheMessageBundles {
        private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

        @Test
        void haveTheSameKeysInBothLanguages() {
            assertThat(InputMessages.ZH.keys()).isEqualTo(InputMessages.EN.keys()).isNotEmpty();
        }

        @Test
        void everySentenceHasTheSamePlaceholdersInBothLanguages() {
            for (String key : InputMessages.EN.keys()) {
                assertThat(placeholders(InputMessages.ZH.text(key))).as(key)
                        .isEqualTo(placeholders(InputMessages.EN.text(key)));
            }
        }

        @Test
        void everyChineseSentenceIsInChinese() {
            // Words of the format itself stay as a file must have them.
            Set<String> formatWords = Set.of("found.true", "found.false", "found.null");
            for (String key : InputMessages.ZH.keys()) {
                if (!formatWords.contains(key)) {
                    assertThat(InputMessages.ZH.text(key)).as(key).containsPattern("\\p{IsHan}");
                    assertThat(InputMessages.EN.text(key)).as(key).doesNotContainPattern("\\p{IsHan}");
                }
            }
        }

        @Test
        void argumentsAreFilledInAsTheyAre() {
            assertThat(InputMessages.EN.text("input.tooLarge", 209715201L, 209715200L))
                    .isEqualTo("the input is 209715201 bytes, more than the 209715200 accepted");
            assertThat(InputMessages.ZH.text("value.expected", "整数", "字符串 \"{1}\""))
                    .isEqualTo("应为整数，实际为字符串 \"{1}\"");
        }

        private static Set<String> placeholders(String text) {
            Set<String> found = new TreeSet<>();
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                found.add(m.group());
            }
            return found;
        }
    }

    @Test
    void aWorkbookWithoutItsReaderIsRefusedInTheChosenLanguage() {
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0};

        InputException e = catchThrowableOfType(InputException.class,
                () -> DistrictReader.read(zip, "district.xlsx", Locale.CHINESE));

        assertThat(List.of(e.problem())).singleElement().asString().startsWith("这是 Excel 工作簿");
    }
}
