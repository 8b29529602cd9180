package io.github.fulianrules.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.fulianrules.model.Activity;
import io.github.fulianrules.model.ActivityCentre;
import io.github.fulianrules.model.ActivityType;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.BasicService;
import io.github.fulianrules.model.Building;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Gender;
import io.github.fulianrules.model.Have;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.model.Rank;
import io.github.fulianrules.model.Role;
import io.github.fulianrules.model.Unit;
import io.github.fulianrules.model.UnitType;
import io.github.fulianrules.model.Waiver;
import io.github.fulianrules.model.WomensHome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DistrictReaderTest {
    /** A small district with one record of most kinds; line numbers matter to the tests. */
    private static final String GOOD = """
            {
              "format": "fulian-rules/district@1",
              "name": "示例区 2025",
              "period": {"start": "2025-01-01", "end": "2025-12-31"},
              "federations": [
                {"id": "d", "level": "DISTRICT", "name": "示例区妇联", "parentId": null},
                {"id": "sd1", "level": "SUB_DISTRICT", "name": "东湖街道妇联", "parentId": "d", "residentWomen": 30001}
              ],
              "people": [
                {"id": "p1", "name": "王芳", "gender": "FEMALE", "leadershipTeamOf": "sd1",
                 "rank": "SECTION_CHIEF", "substantiveRank": true,
                 "positions": [
                   {"federationId": "sd1", "role": "CHAIR"},
                   {"federationId": "d", "role": "EXECUTIVE_MEMBER"}
                 ]},
                {"id": "p2", "gender": "MALE"}
              ],
              "womensHomes": [
                {"id": "h1", "name": "东湖妇女之家", "federationId": "sd1", "haves": ["VENUE", "FUNDING"],
                 "services": ["RIGHTS_PROTECTION"], "demonstration": true}
              ],
              "units": [
                {"id": "u1", "name": "区教育局", "type": "PARTY_GOVERNMENT_ORGAN", "federationId": "d", "women": 42,
                 "womensOrganization": true}
              ],
              "buildings": [{"id": "b1", "name": "青溪大厦", "federationId": "sd1", "womensWorkStation": false}],
              "activityCentres": [{"id": "c1", "federationId": "d", "positioningDefined": true}],
              "womensGroups": [{"id": "g1", "federationId": "sd1", "setting": "INTEREST_GROUP"}],
              "activities": [
                {"id": "a1", "type": "GRASSROOTS_RESEARCH", "subjectId": "p1", "date": "2025-03-01", "days": 20}
              ],
              "waivers": [
                {"id": "w1", "requirementId": "FL-2.4a", "subjectId": "d", "reason": "换届前过渡", "approver": "区委组织部",
                 "validFrom": "2025-01-01", "validUntil": "2026-06-30"}
              ]
            }
            """;

    private static final String PERIOD = "\"period\": {\"start\": \"2025-01-01\", \"end\": \"2025-12-31\"}";

    private static DistrictData read(String json) {
        return DistrictReader.read(json.getBytes(StandardCharsets.UTF_8), "district.json");
    }

    private static InputException errorOf(String json) {
        return errorOf(json.getBytes(StandardCharsets.UTF_8));
    }

    private static InputException errorOf(byte[] json) {
        InputException e = catchThrowableOfType(InputException.class, () -> DistrictReader.read(json, "district.json"));
        assertThat(e).as("an InputException").isNotNull();
        assertThat(e.getMessage()).as("one line").doesNotContain("\n").doesNotContain("\r");
        return e;
    }

    /** A document with the period and {@code rest} (top-level fields) after it. */
    private static String with(String rest) {
        return "{" + PERIOD + ",\n" + rest + "\n}";
    }

    @Nested
    class AGoodFile {
        @Test
        void readsEveryRecordAsTheModelHasIt() {
            DistrictData data = read(GOOD);

            assertThat(data.period()).isEqualTo(AssessmentPeriod.year(2025));
            assertThat(data.federations()).containsExactly(
                    new Federation("d", Level.DISTRICT, "示例区妇联", null, null),
                    new Federation("sd1", Level.SUB_DISTRICT, "东湖街道妇联", "d", 30001));
            assertThat(data.people()).containsExactly(
                    new Person("p1", "王芳", Gender.FEMALE, false, "sd1", null, Rank.SECTION_CHIEF, true),
                    new Person("p2", null, Gender.MALE, false, null, null, null, null));
            assertThat(data.womensHomes()).singleElement().satisfies(h -> {
                assertThat(h.haves()).containsExactlyInAnyOrder(Have.VENUE, Have.FUNDING);
                assertThat(h.services()).containsExactly(BasicService.RIGHTS_PROTECTION);
                assertThat(h.demonstration()).isTrue();
            });
            assertThat(data.units()).containsExactly(
                    new Unit("u1", "区教育局", UnitType.PARTY_GOVERNMENT_ORGAN, "d", 42, true, null, null));
            assertThat(data.buildings()).singleElement().satisfies(b -> assertThat(b.womensWorkStation()).isFalse());
            assertThat(data.activityCentres()).singleElement().satisfies(c -> {
                assertThat(c.positioningDefined()).isTrue();
                assertThat(c.structureDefined()).as("not recorded (Revision 3)").isNull();
            });
            assertThat(data.womensGroups()).hasSize(1);
            assertThat(data.activities()).containsExactly(
                    new Activity("a1", ActivityType.GRASSROOTS_RESEARCH, "p1", LocalDate.of(2025, 3, 1), 20));
            assertThat(data.waivers()).containsExactly(new Waiver("w1", "FL-2.4a", "d", "换届前过渡", "区委组织部",
                    LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 30)));
        }

        @Test
        void positionsNestedInAPersonBelongToThatPerson() {
            DistrictData data = read(GOOD);

            assertThat(data.positions()).containsExactly(
                    new Position("p1", "sd1", Role.CHAIR),
                    new Position("p1", "d", Role.EXECUTIVE_MEMBER));
        }

        @Test
        void everyRecordHasTheLineItStartsOn() {
            DistrictData data = read(GOOD);

            assertThat(data.locations())
                    .containsEntry("d", "district.json:6")
                    .containsEntry("sd1", "district.json:7")
                    .containsEntry("p1", "district.json:10")
                    .containsEntry("p1@sd1:CHAIR", "district.json:13")
                    .containsEntry("p1@d:EXECUTIVE_MEMBER", "district.json:14")
                    .containsEntry("p2", "district.json:16")
                    .containsEntry("h1", "district.json:19")
                    .containsEntry("u1", "district.json:23")
                    .containsEntry("b1", "district.json:26")
                    .containsEntry("c1", "district.json:27")
                    .containsEntry("g1", "district.json:28")
                    .containsEntry("a1", "district.json:30")
                    .containsEntry("w1", "district.json:33")
                    .hasSize(13);
        }

        @Test
        void readsTheSameFromAPathAStreamAndBytes(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("district.json");
            Files.writeString(file, GOOD, StandardCharsets.UTF_8);

            DistrictData fromPath = DistrictReader.read(file);
            DistrictData fromStream;
            try (InputStream in = Files.newInputStream(file)) {
                fromStream = DistrictReader.read(in, "district.json");
            }

            assertThat(fromStream).isEqualTo(read(GOOD));
            assertThat(fromPath.facts()).containsExactlyElementsOf(read(GOOD).facts().toList());
            assertThat(fromPath.locations().get("p1")).isEqualTo(file + ":10");
        }

        @Test
        void onlyThePeriodIsRequired() {
            DistrictData data = read("{" + PERIOD + "}");

            assertThat(data.size()).isZero();
            assertThat(data.locations()).isEmpty();
        }

        @Test
        void absentFieldsThatDecideAChecksAreNotRecordedAndOthersAreFalse() {
            // Revision 3: a yes/no, rank or list left out is not recorded (null), not "no"; the
            // outstanding-representative and demonstration flags stay false when left out.
            DistrictData data = read(with("""
                    "people": [{"id": "p"}],
                    "womensHomes": [{"id": "h", "federationId": "d"}],
                    "units": [{"id": "u", "type": "NEW_GROUP", "federationId": "d"}],
                    "buildings": [{"id": "b", "federationId": "d"}],
                    "activityCentres": [{"id": "c", "federationId": "d"}]"""));

            assertThat(data.people()).containsExactly(new Person("p", null, null, false, null, null, null, null));
            assertThat(data.womensHomes()).containsExactly(new WomensHome("h", null, "d", null, null, false));
            assertThat(data.units()).containsExactly(new Unit("u", null, UnitType.NEW_GROUP, "d", null, null, null, null));
            assertThat(data.buildings()).containsExactly(new Building("b", null, "d", null));
            assertThat(data.activityCentres()).containsExactly(new ActivityCentre("c", null, "d", null, null));
        }

        @Test
        void nullIsNotRecordedAndFalseNoneAndAnEmptyListAreNo() {
            DistrictData data = read(with("""
                    "people": [{"id": "p", "rank": null, "substantiveRank": null},
                               {"id": "q", "rank": "NONE", "substantiveRank": false}],
                    "womensHomes": [{"id": "h", "federationId": "d", "haves": null, "services": null},
                                    {"id": "i", "federationId": "d", "haves": [], "services": []}],
                    "units": [{"id": "u", "type": "NEW_GROUP", "federationId": "d", "womensOrganization": null},
                              {"id": "v", "type": "NEW_GROUP", "federationId": "d", "womensOrganization": false}],
                    "buildings": [{"id": "b", "federationId": "d", "womensWorkStation": null},
                                  {"id": "e", "federationId": "d", "womensWorkStation": false}]"""));

            assertThat(data.people()).containsExactly(new Person("p", null, null, false, null, null, null, null),
                    new Person("q", null, null, false, null, null, Rank.NONE, false));
            assertThat(data.womensHomes()).containsExactly(new WomensHome("h", null, "d", null, null, false),
                    new WomensHome("i", null, "d", Set.of(), Set.of(), false));
            assertThat(data.units()).extracting(Unit::womensOrganization).containsExactly(null, false);
            assertThat(data.buildings()).extracting(Building::womensWorkStation).containsExactly(null, false);
        }

        @Test
        void aByteOrderMarkIsAcceptedAndDoesNotShiftColumns() {
            byte[] withBom = ("\uFEFF" + with("\"people\": [{\"id\": \"p\", \"gender\": \"F\"}]")).getBytes(StandardCharsets.UTF_8);
            byte[] without = with("\"people\": [{\"id\": \"p\", \"gender\": \"F\"}]").getBytes(StandardCharsets.UTF_8);

            assertThat(DistrictReader.read(("\uFEFF" + GOOD).getBytes(StandardCharsets.UTF_8), "district.json"))
                    .isEqualTo(read(GOOD));
            assertThat(errorOf(withBom).getMessage()).isEqualTo(errorOf(without).getMessage());
        }

        @Test
        void repeatedValuesInASetCountOnce() {
            DistrictData data = read(with("""
                    "womensHomes": [{"id": "h", "federationId": "d",
                                     "haves": ["VENUE", "VENUE", "RECORDS_LEDGER"], "services": []}]"""));

            assertThat(data.womensHomes().get(0).haves()).isEqualTo(Set.of(Have.VENUE, Have.RECORDS_LEDGER));
            assertThat(data.womensHomes().get(0).services()).isEmpty();
        }

        @Test
        void whatOnlyTheRulesCanJudgeIsLeftToThem() {
            // Duplicate ids, unknown references and negative counts are DATA findings, not input errors.
            DistrictData data = read(with("""
                    "federations": [
                      {"id": "d", "level": "DISTRICT"},
                      {"id": "d", "level": "SUB_DISTRICT", "parentId": "nowhere", "residentWomen": -5}
                    ]"""));

            assertThat(data.federations()).hasSize(2);
            assertThat(data.locations()).containsEntry("d", "district.json:3");
        }
    }

    @Nested
    class AnErrorNamesThePlace {
        @Test
        void unknownEnumValueNamesTheRecordAndTheAllowedValues() {
            InputException e = errorOf(with("""
                    "people": [
                      {"id": "p0"}, {"id": "p1"}, {"id": "p2"},
                      {"id": "p3", "gender": "F"}
                    ]"""));

            assertThat(e.getMessage())
                    .isEqualTo("district.json:4:16: people[3].gender: unknown value \"F\" (expected one of FEMALE, MALE)");
            assertThat(e.source()).isEqualTo("district.json");
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.column()).isEqualTo(16);
            assertThat(e.path()).isEqualTo("people[3].gender");
            assertThat(e.problem()).isEqualTo("unknown value \"F\" (expected one of FEMALE, MALE)");
        }

        @Test
        void unknownEnumValueInANestedPositionNamesThePosition() {
            InputException e = errorOf(with("""
                    "people": [{"id": "p", "positions": [{"federationId": "d", "role": "CHAIR"},
                                                         {"federationId": "d", "role": "BOSS"}]}]"""));

            assertThat(e.path()).isEqualTo("people[0].positions[1].role");
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.problem()).startsWith("unknown value \"BOSS\" (expected one of CHAIR, FULL_TIME_VICE_CHAIR,");
        }

        @Test
        void unknownValueInASetNamesItsIndex() {
            InputException e = errorOf(with("""
                    "womensHomes": [{"id": "h", "federationId": "d", "haves": ["VENUE", "WIFI"]}]"""));

            assertThat(e.path()).isEqualTo("womensHomes[0].haves[1]");
            assertThat(e.problem()).startsWith("unknown value \"WIFI\" (expected one of VENUE, CORE_VOLUNTEERS,");
        }

        @Test
        void unknownFieldIsAnErrorListingTheFieldsOfTheRecord() {
            InputException e = errorOf(with("""
                    "federations": [{"id": "d", "level": "DISTRICT", "parent": "x"}]"""));

            assertThat(e.getMessage()).isEqualTo("district.json:2:50: federations[0].parent: "
                    + "unknown field (expected one of id, level, name, parentId, residentWomen)");
        }

        @Test
        void aPositionDoesNotRepeatItsPersonsId() {
            InputException e = errorOf(with("""
                    "people": [{"id": "p", "positions": [{"personId": "p", "federationId": "d", "role": "CHAIR"}]}]"""));

            assertThat(e.path()).isEqualTo("people[0].positions[0].personId");
            assertThat(e.problem()).isEqualTo("unknown field (expected one of federationId, role)");
        }

        @Test
        void unknownTopLevelFieldListsTheKnownOnes() {
            InputException e = errorOf(with("\"peoples\": []"));

            assertThat(e.getMessage()).isEqualTo("district.json:2:1: peoples: unknown field (expected one of "
                    + "format, name, period, federations, people, womensHomes, units, buildings, activityCentres, "
                    + "womensGroups, activities, waivers)");
        }

        @Test
        void aStringWhereANumberBelongsIsNotCoerced() {
            InputException e = errorOf(with("""
                    "federations": [{"id": "sd", "level": "SUB_DISTRICT", "residentWomen": "12"}]"""));

            assertThat(e.path()).isEqualTo("federations[0].residentWomen");
            assertThat(e.problem()).isEqualTo("expected a whole number, found a string \"12\"");
        }

        @ParameterizedTest
        @ValueSource(strings = {"12.0", "1e3", "\"\""})
        void aNumberMustBeWhole(String value) {
            InputException e = errorOf(with("\"activities\": [{\"id\": \"a\", \"type\": \"STATIONED_WORK\", "
                    + "\"subjectId\": \"p\", \"date\": \"2025-03-01\", \"days\": " + value + "}]"));

            assertThat(e.path()).isEqualTo("activities[0].days");
            assertThat(e.problem()).startsWith("expected a whole number, found ");
        }

        @Test
        void aNumberWhereAStringBelongsIsNotCoerced() {
            InputException e = errorOf(with("\"federations\": [{\"id\": 12, \"level\": \"DISTRICT\"}]"));

            assertThat(e.path()).isEqualTo("federations[0].id");
            assertThat(e.problem()).isEqualTo("expected a string, found a number (12)");
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"true\"", "1", "\"yes\""})
        void yesNoFieldsTakeOnlyTrueOrFalse(String value) {
            InputException e = errorOf(with("\"people\": [{\"id\": \"p\", \"outstandingRepresentative\": " + value + "}]"));

            assertThat(e.path()).isEqualTo("people[0].outstandingRepresentative");
            assertThat(e.problem()).startsWith("expected true or false, found ");
        }

        @Test
        void nullForAYesNoFieldThatIsFalseWhenLeftOutIsAnError() {
            InputException e = errorOf(with("\"womensHomes\": [{\"id\": \"h\", \"federationId\": \"d\", \"demonstration\": null}]"));

            assertThat(e.path()).isEqualTo("womensHomes[0].demonstration");
            assertThat(e.problem()).isEqualTo("null is not allowed here (expected true or false)");
        }

        @Test
        void enumsAreNotReadFromNumbers() {
            InputException e = errorOf(with("\"people\": [{\"id\": \"p\", \"gender\": 1}]"));

            assertThat(e.problem()).isEqualTo("expected one of FEMALE, MALE, found a number (1)");
        }

        @Test
        void nullInsideAnArrayIsAnError() {
            InputException e = errorOf(with("""
                    "womensHomes": [{"id": "h", "federationId": "d", "services": [null]}]"""));

            assertThat(e.path()).isEqualTo("womensHomes[0].services[0]");
            assertThat(e.problem()).startsWith("null is not allowed here");
        }

        @Test
        void aDayThatDoesNotExistNamesTheField() {
            InputException e = errorOf(with("""
                    "activities": [{"id": "a", "type": "CONGRESS", "subjectId": "sd", "date": "2018-02-30"}]"""));

            assertThat(e.getMessage()).isEqualTo("district.json:2:67: activities[0].date: "
                    + "not a valid date \"2018-02-30\": Invalid date 'FEBRUARY 30' (expected a real day as YYYY-MM-DD)");
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"2025-03-01T10:00\"", "\"2025-3-1\"", "\"\"", "20250301", "[2025, 3, 1]"})
        void aDayIsAStringYearMonthDay(String value) {
            InputException e = errorOf(with("\"waivers\": [{\"id\": \"w\", \"requirementId\": \"FL-4.1c\", "
                    + "\"subjectId\": \"sd\", \"reason\": \"r\", \"approver\": \"a\", \"validFrom\": " + value
                    + ", \"validUntil\": \"2025-12-31\"}]"));

            assertThat(e.path()).isEqualTo("waivers[0].validFrom");
        }

        @Test
        void missingRequiredFieldIsReportedWithTheRecordPath() {
            InputException e = errorOf(with("""
                    "federations": [
                      {"id": "d", "level": "DISTRICT"},
                      {"level": "SUB_DISTRICT", "parentId": "d"}
                    ]"""));

            assertThat(e.getMessage()).isEqualTo("district.json:4:3: federations[1].id: missing required field");
        }

        @Test
        void aBlankIdIsMissing() {
            InputException e = errorOf(with("\"buildings\": [{\"id\": \"  \", \"federationId\": \"d\"}]"));

            assertThat(e.path()).isEqualTo("buildings[0].id");
            assertThat(e.problem()).isEqualTo("missing required field");
        }

        @Test
        void missingFieldOfANestedPositionNamesThePosition() {
            InputException e = errorOf(with("""
                    "people": [{"id": "p",
                                "positions": [{"role": "CHAIR"}]}]"""));

            assertThat(e.getMessage()).isEqualTo("district.json:3:27: people[0].positions[0].federationId: missing required field");
        }

        @Test
        void missingFieldOfAPersonIsReportedBeforeItsPositions() {
            InputException e = errorOf(with("\"people\": [{\"name\": \"王芳\", \"positions\": [{\"role\": \"CHAIR\"}]}]"));

            assertThat(e.path()).isEqualTo("people[0].id");
        }

        @Test
        void aWaiverNeedsItsApprover() {
            InputException e = errorOf(with("""
                    "waivers": [{"id": "w", "requirementId": "FL-4.1c", "subjectId": "sd", "reason": "r",
                                 "validFrom": "2025-01-01", "validUntil": "2025-12-31"}]"""));

            assertThat(e.path()).isEqualTo("waivers[0].approver");
            assertThat(e.problem()).isEqualTo("missing required field");
        }

        @Test
        void thePeriodIsRequired() {
            InputException e = errorOf("{\"people\": []}");

            assertThat(e.getMessage()).startsWith("district.json:1:1: period: missing required field");
        }

        @Test
        void aPeriodEndingBeforeItStartsIsAnError() {
            InputException e = errorOf("{\"period\": {\"start\": \"2025-12-31\", \"end\": \"2025-01-01\"}}");

            assertThat(e.getMessage()).isEqualTo("district.json:1:12: period: period end 2025-01-01 is before its start 2025-12-31");
        }

        @Test
        void aRecordMustBeAnObject() {
            assertThat(errorOf(with("\"people\": [\"p1\"]")).getMessage())
                    .isEqualTo("district.json:2:12: people[0]: expected an object, found a string \"p1\"");
            assertThat(errorOf(with("\"people\": [null]")).problem()).isEqualTo("expected an object, found null");
            assertThat(errorOf(with("\"people\": {}")).getMessage())
                    .isEqualTo("district.json:2:11: people: expected an array, found an object");
        }

        @Test
        void theFormatIfGivenMustBeThisOne() {
            InputException e = errorOf("{\"format\": \"fulian-rules/district@2\", " + PERIOD + "}");

            assertThat(e.path()).isEqualTo("format");
            assertThat(e.problem()).isEqualTo("unsupported format \"fulian-rules/district@2\" (expected \"fulian-rules/district@1\")");
        }

        @Test
        void aNumberTooLargeForTheModelIsAnError() {
            InputException e = errorOf(with("\"units\": [{\"id\": \"u\", \"type\": \"NEW_GROUP\", \"federationId\": \"d\", \"women\": 99999999999}]"));

            assertThat(e.path()).isEqualTo("units[0].women");
            assertThat(e.problem()).startsWith("number out of range: 99999999999");
        }

        @Test
        void aFieldNameWithALineBreakStaysOnOneLine() {
            InputException e = errorOf(with("\"people\": [{\"id\": \"p\", \"gen\\nder\": \"FEMALE\"}]"));

            assertThat(e.getMessage()).contains("people[0].gen\\nder: unknown field");
        }
    }

    @Nested
    class WhatAnErrorSaysItExpectedAndFound {
        @Test
        void aDayMustBeAString() {
            String waiver = "\"waivers\": [{\"id\": \"w\", \"requirementId\": \"FL-4.1c\", \"subjectId\": \"sd\", "
                    + "\"reason\": \"r\", \"approver\": \"a\", \"validUntil\": \"2025-12-31\", \"validFrom\": ";

            assertThat(errorOf(with(waiver + "20250301}]")).problem())
                    .isEqualTo("expected a date as a string \"YYYY-MM-DD\", found a number (20250301)");
            assertThat(errorOf(with(waiver + "[2025, 3, 1]}]")).problem())
                    .isEqualTo("expected a date as a string \"YYYY-MM-DD\", found an array");
        }

        @Test
        void aSetMustBeAnArray() {
            InputException e = errorOf(with("\"womensHomes\": [{\"id\": \"h\", \"federationId\": \"d\", \"services\": \"VENUE\"}]"));

            assertThat(e.path()).isEqualTo("womensHomes[0].services");
            assertThat(e.problem()).isEqualTo("expected an array, found a string \"VENUE\"");
        }

        @Test
        void aNestedRecordMustBeAnObject() {
            InputException e = errorOf(with("\"people\": [{\"id\": \"p\", \"positions\": [\"CHAIR\"]}]"));

            assertThat(e.path()).isEqualTo("people[0].positions[0]");
            assertThat(e.problem()).isEqualTo("expected an object, found a string \"CHAIR\"");
        }

        @Test
        void aYesNoFieldSaysWhatItFound() {
            String person = "\"people\": [{\"id\": \"p\", \"outstandingRepresentative\": ";

            assertThat(errorOf(with(person + "1}]")).problem()).isEqualTo("expected true or false, found a number (1)");
            assertThat(errorOf(with(person + "\"yes\"}]")).problem()).isEqualTo("expected true or false, found a string \"yes\"");
        }

        @Test
        void aNumberThatIsNotWholeIsShownAsWritten() {
            String activity = "\"activities\": [{\"id\": \"a\", \"type\": \"STATIONED_WORK\", \"subjectId\": \"p\", "
                    + "\"date\": \"2025-03-01\", \"days\": ";

            assertThat(errorOf(with(activity + "12.5}]")).problem()).isEqualTo("expected a whole number, found a number (12.5)");
            assertThat(errorOf(with(activity + "\"\"}]")).problem()).isEqualTo("expected a whole number, found a string \"\"");
        }

        @Test
        void aNumberOfMoreDigitsThanTheParserTakesIsTooLarge() {
            InputException e = errorOf(with("\"federations\": [{\"id\": \"sd\", \"level\": \"SUB_DISTRICT\", "
                    + "\"residentWomen\": " + "1".repeat(1001) + "}]"));

            assertThat(e.problem()).startsWith("too large: ").contains("1001").doesNotContain("from `")
                    .doesNotContain("StreamReadConstraints");
        }

        @Test
        void aFileLargerThanTheLimitIsRefusedUnread(@TempDir Path dir) throws IOException {
            Path large = dir.resolve("large.json");
            try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(large.toFile(), "rw")) {
                file.setLength(DistrictReader.MAX_DOCUMENT_BYTES + 1);
            }

            assertThatThrownBy(() -> DistrictReader.read(large)).isInstanceOf(InputException.class)
                    .hasMessage(large + ": the input is 209715201 bytes, more than the 209715200 accepted");
        }

        @Test
        void aValueIsQuotedEscapedAndCutAfterSixtyCharacters() {
            String sixty = "x".repeat(60);

            assertThat(DistrictReader.quote(sixty)).isEqualTo("\"" + sixty + "\"");
            assertThat(DistrictReader.quote(sixty + "y")).isEqualTo("\"" + sixty + "…\"");
            assertThat(DistrictReader.quote("a \"b\" \\ c")).isEqualTo("\"a \\\"b\\\" \\\\ c\"");
            assertThat(DistrictReader.quote(null)).isEqualTo("null");
        }
    }

    @Nested
    class TheInputAsAWhole {
        @ParameterizedTest
        @ValueSource(strings = {"", "   \n\t  ", "\uFEFF"})
        void emptyInputIsAnError(String text) {
            InputException e = errorOf(text);

            assertThat(e.getMessage()).isEqualTo("district.json:1:1: the input is empty (expected a JSON object)");
        }

        @Test
        void truncatedInputIsAnError() {
            String truncated = GOOD.substring(0, GOOD.indexOf("\"womensHomes\"") + 20);

            InputException e = errorOf(truncated);

            assertThat(e.problem()).isEqualTo("the input ends too early (truncated?)");
            assertThat(e.line()).isEqualTo(19);
        }

        @Test
        void truncatedInsideAStringIsAnError() {
            InputException e = errorOf("{" + PERIOD + ", \"people\": [{\"id\": \"p1\", \"name\": \"王");

            assertThat(e.problem()).isEqualTo("the input ends too early (truncated?)");
            assertThat(e.path()).isEqualTo("people[0].name");
        }

        @Test
        void gbkIsNotUtf8() {
            byte[] gbk = with("\"people\": [{\"id\": \"p1\", \"name\": \"王芳\"}]").getBytes(Charset.forName("GBK"));

            InputException e = errorOf(gbk);

            assertThat(e.getMessage()).startsWith("district.json:2:34: the file is not UTF-8 (byte 0xCD");
            assertThat(e.problem()).contains("GBK");
        }

        @Test
        void utf16IsNotUtf8() {
            InputException e = errorOf(GOOD.getBytes(StandardCharsets.UTF_16));

            assertThat(e.problem()).isEqualTo("the file is UTF-16, not UTF-8 (save it as UTF-8)");
        }

        @Test
        void utf16WithoutAByteOrderMarkIsNotReadAsADistrict() {
            // Valid UTF-8 byte by byte (ASCII and NULs), which a parser guessing the encoding would take as UTF-16.
            byte[] utf16 = with("\"people\": [{\"id\": \"p1\"}]").getBytes(StandardCharsets.UTF_16BE);
            assertThat(Utf8Text.wellFormedStart(utf16)).isEqualTo(-1);

            InputException e = errorOf(utf16);

            assertThat(e.getMessage()).startsWith("district.json:1:2: not valid JSON: Illegal character ((CTRL-CHAR, code 0))");
        }

        @Test
        void syntaxErrorsNameTheRecord() {
            InputException e = errorOf(with("\"people\": [{\"id\": \"p1\" \"name\": \"x\"}]"));

            assertThat(e.getMessage()).startsWith("district.json:2:24: people[0].id: not valid JSON: Unexpected character");
        }

        @Test
        void duplicateKeysInAnObjectAreAnError() {
            InputException e = errorOf(with("\"people\": [{\"id\": \"p1\", \"id\": \"p2\"}]"));

            assertThat(e.path()).isEqualTo("people[0].id");
            assertThat(e.problem()).contains("Duplicate field 'id'");
        }

        @Test
        void aTopLevelArrayIsAnError() {
            assertThat(errorOf("[]").getMessage()).isEqualTo("district.json:1:1: expected a JSON object, found an array");
        }

        @Test
        void contentAfterTheTopLevelObjectIsAnError() {
            InputException e = errorOf("{" + PERIOD + "} {}");

            assertThat(e.problem()).startsWith("more content after the end of the top-level object");
        }

        @Test
        void anOverlongStringIsAnError() {
            String name = "x".repeat(DistrictReader.MAX_STRING_LENGTH + 1);

            InputException e = errorOf("{\"name\": \"" + name + "\", " + PERIOD + "}");

            assertThat(e.getMessage()).startsWith("district.json:1:")
                    .endsWith(": name: a string longer than 1000000 characters");
        }

        @Test
        void theLimitsOfTheParserAreSet() {
            assertThat(DistrictReader.limits())
                    .containsEntry("maxNestingDepth", 64)
                    .containsEntry("maxStringLength", 1_000_000)
                    .containsEntry("maxDocumentLength", 200L * 1024 * 1024);
        }

        @Test
        void aMissingFileIsAnInputError(@TempDir Path dir) {
            Path missing = dir.resolve("missing.json");

            assertThatThrownBy(() -> DistrictReader.read(missing))
                    .isInstanceOf(InputException.class)
                    .hasMessage(missing + ": no such file");
        }

        @Test
        void aStreamThatFailsIsAnInputError() {
            InputStream failing = new InputStream() {
                @Override
                public int read() throws IOException {
                    throw new IOException("disk on fire");
                }
            };

            assertThatThrownBy(() -> DistrictReader.read(failing, "pipe"))
                    .isInstanceOf(InputException.class)
                    .hasMessage("pipe: cannot read the input: disk on fire");
        }

        @Test
        void aStreamIsReadToItsEnd() {
            ByteArrayInputStream in = new ByteArrayInputStream(GOOD.getBytes(StandardCharsets.UTF_8));

            assertThat(DistrictReader.read(in, "stdin").people()).extracting(Person::id).containsExactly("p1", "p2");
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "{", "}", "nul", "{\"period\": ", "{\"period\": {\"start\": \"2025-01-01\", \"end\": }}",
                "{\"period\": {\"start\": \"2025-01-01\", \"end\": \"2025-12-31\"}, \"people\": [{\"id\": [\"p\"]}]}",
                "{\"period\": {\"start\": \"2025-01-01\", \"end\": \"2025-12-31\"}, \"people\": [{\"positions\": 3}]}",
                "{\"period\": {\"start\": \"2025-01-01\", \"end\": \"2025-12-31\"}, \"name\": {\"a\": [[[[]]]]}}",
                "{\"period\": {\"start\": \"2025-01-01\", \"end\": \"2025-12-31\"}, \"units\": [{\"id\": \"u\", \"type\": null, \"federationId\": \"d\"}]}",
                "\u0000\u0000"
        })
        void everyBrokenInputGivesOneLineNamingTheSource(String text) {
            InputException e = errorOf(text);

            assertThat(e.getMessage()).startsWith("district.json:");
            assertThat(e.problem()).isNotBlank();
        }
    }

    @Nested
    class ALineOfAJsonLinesFile {
        private static final String LINE = "{\"period\": {\"start\": \"2025-01-01\", \"end\": \"2025-12-31\"}, "
                + "\"federations\": [{\"id\": \"d\", \"level\": \"DISTRICT\", \"parentId\": null}]}";

        @Test
        void everyRecordIsLocatedAtTheLineOfTheFile() {
            DistrictData d = DistrictReader.readLine(LINE.getBytes(StandardCharsets.UTF_8), "nation.jsonl", 7);

            assertThat(d.federations()).extracting(Federation::id).containsExactly("d");
            assertThat(d.locations()).containsExactly(java.util.Map.entry("d", "nation.jsonl:7"));
        }

        @Test
        void anErrorIsPlacedAtTheLineOfTheFileAndKeepsItsColumn() {
            byte[] bad = LINE.replace("DISTRICT", "CITY").getBytes(StandardCharsets.UTF_8);

            InputException alone = catchThrowableOfType(InputException.class, () -> DistrictReader.read(bad, "nation.jsonl"));
            InputException e = catchThrowableOfType(InputException.class,
                    () -> DistrictReader.readLine(bad, "nation.jsonl", 7));

            assertThat(alone.line()).isEqualTo(1);
            assertThat(e.line()).isEqualTo(7);
            assertThat(e.column()).isPositive().isEqualTo(alone.column());
            assertThat(e.getMessage()).isEqualTo(alone.getMessage().replace("nation.jsonl:1:", "nation.jsonl:7:"))
                    .contains(": federations[0].level: unknown value \"CITY\"");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "\t \r"})
        void whitespaceAloneIsABlankLine(String line) {
            assertThat(DistrictReader.isBlank(line.getBytes(StandardCharsets.UTF_8))).isTrue();
        }

        @Test
        void anythingElseIsNotBlank() {
            assertThat(DistrictReader.isBlank(" {} ".getBytes(StandardCharsets.UTF_8))).isFalse();
            assertThat(DistrictReader.isBlank("\u00a0".getBytes(StandardCharsets.UTF_8))).isFalse();
        }
    }
}
