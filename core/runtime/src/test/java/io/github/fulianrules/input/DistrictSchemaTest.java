package io.github.fulianrules.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fulianrules.model.ActivityCentre;
import io.github.fulianrules.model.ActivityType;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.BasicService;
import io.github.fulianrules.model.Activity;
import io.github.fulianrules.model.Building;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Gender;
import io.github.fulianrules.model.GroupSetting;
import io.github.fulianrules.model.Have;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.model.Rank;
import io.github.fulianrules.model.Role;
import io.github.fulianrules.model.Unit;
import io.github.fulianrules.model.UnitType;
import io.github.fulianrules.model.Waiver;
import io.github.fulianrules.model.WomensGroup;
import io.github.fulianrules.model.WomensHome;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON Schema of the district format says what the reader reads: same fields, same values. */
class DistrictSchemaTest {
    static final String SCHEMA = "/io/github/fulianrules/input/district.schema.json";

    private static JsonNode schema;

    @BeforeAll
    static void readSchema() throws IOException {
        try (InputStream in = DistrictSchemaTest.class.getResourceAsStream(SCHEMA)) {
            assertThat(in).as(SCHEMA + " on the class path").isNotNull();
            schema = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void isADraft202012SchemaOfAnObjectThatNeedsOnlyThePeriod() {
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("type").asText()).isEqualTo("object");
        assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(names(schema.path("required"))).containsExactly("period");
        assertThat(schema.path("properties").path("format").path("const").asText()).isEqualTo(DistrictReader.FORMAT);
    }

    @Test
    void listsEveryTopLevelFieldTheReaderReads() {
        List<String> properties = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(properties::add);

        assertThat(properties).containsExactlyElementsOf(DistrictReader.TOP_LEVEL_FIELDS);
    }

    @Test
    void everyRecordListIsAnArrayOfItsRecord() {
        Map<String, String> arrays = Map.of("federations", "federation", "people", "person",
                "womensHomes", "womensHome", "units", "unit", "buildings", "building",
                "activityCentres", "activityCentre", "womensGroups", "womensGroup", "activities", "activity",
                "waivers", "waiver");

        arrays.forEach((field, def) -> {
            JsonNode property = schema.path("properties").path(field);
            assertThat(property.path("type").asText()).as(field).isEqualTo("array");
            assertThat(property.path("items").path("$ref").asText()).as(field).isEqualTo("#/$defs/" + def);
        });
    }

    static Stream<Arguments> records() {
        return Stream.of(
                Arguments.of("period", AssessmentPeriod.class),
                Arguments.of("federation", Federation.class),
                Arguments.of("person", DistrictReader.PersonEntry.class),
                Arguments.of("position", DistrictReader.PositionFields.class),
                Arguments.of("womensHome", WomensHome.class),
                Arguments.of("unit", Unit.class),
                Arguments.of("building", Building.class),
                Arguments.of("activityCentre", ActivityCentre.class),
                Arguments.of("womensGroup", WomensGroup.class),
                Arguments.of("activity", Activity.class),
                Arguments.of("waiver", Waiver.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void aRecordHasExactlyTheFieldsOfItsJavaRecord(String def, Class<?> record) {
        JsonNode node = schema.path("$defs").path(def);
        List<String> properties = new ArrayList<>();
        node.path("properties").fieldNames().forEachRemaining(properties::add);

        assertThat(node.path("additionalProperties").asBoolean(true)).as(def).isFalse();
        assertThat(properties).as(def).containsExactlyElementsOf(
                Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList());
        assertThat(names(node.path("required"))).as(def).isSubsetOf(properties).contains(
                def.equals("position") ? "federationId" : def.equals("period") ? "start" : "id");
    }

    static Stream<Arguments> enums() {
        return Stream.of(
                Arguments.of("level", Level.class),
                Arguments.of("gender", Gender.class),
                Arguments.of("rank", Rank.class),
                Arguments.of("role", Role.class),
                Arguments.of("have", Have.class),
                Arguments.of("basicService", BasicService.class),
                Arguments.of("unitType", UnitType.class),
                Arguments.of("groupSetting", GroupSetting.class),
                Arguments.of("activityType", ActivityType.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enums")
    void anEnumHasExactlyTheValuesOfItsJavaEnum(String def, Class<? extends Enum<?>> type) {
        assertThat(names(schema.path("$defs").path(def).path("enum"))).as(def).containsExactlyElementsOf(
                Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.asText()));
        return names;
    }
}
