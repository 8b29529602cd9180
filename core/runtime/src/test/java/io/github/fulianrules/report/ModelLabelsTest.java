package io.github.fulianrules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.model.ActivityType;
import io.github.fulianrules.model.BasicService;
import io.github.fulianrules.model.Gender;
import io.github.fulianrules.model.GroupSetting;
import io.github.fulianrules.model.Have;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.model.Rank;
import io.github.fulianrules.model.Role;
import io.github.fulianrules.model.UnitType;
import io.github.fulianrules.rulesupport.SubjectType;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every value of the fact model, and every kind of subject, has a word in both languages: a report
 * never shows an analyst {@code NO}, {@code FEMALE} or {@code COMMUNITY_FEDERATION}.
 */
class ModelLabelsTest {
    static Stream<Enum<?>> values() {
        return Stream.of(ActivityType.values(), BasicService.values(), Gender.values(), GroupSetting.values(),
                Have.values(), Level.values(), Rank.values(), Role.values(), UnitType.values())
                .flatMap(Stream::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void everyValueOfTheFactModelHasAWordInBothLanguages(Enum<?> value) {
        String zh = ModelLabels.value(value.name(), "zh");
        String en = ModelLabels.value(value.name(), "en");

        assertThat(zh).as("zh").isNotEqualTo(value.name()).matches(".*\\p{IsHan}.*");
        assertThat(en).as("en").isNotEqualTo(value.name()).doesNotMatch(".*\\p{IsHan}.*");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subjectTypes")
    void everyKindOfSubjectHasAWordInBothLanguages(SubjectType type) {
        assertThat(ModelLabels.subjectType(type.name(), "zh")).matches(".*\\p{IsHan}.*");
        assertThat(ModelLabels.subjectType(type.name(), "en")).isNotEqualTo(type.name()).doesNotMatch(".*\\p{IsHan}.*");
    }

    static List<SubjectType> subjectTypes() {
        return List.of(SubjectType.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yesNo")
    void yesNoAndNoneAreWords(String value, String zh, String en) {
        assertThat(ModelLabels.value(value, "zh")).isEqualTo(zh);
        assertThat(ModelLabels.value(value, "en")).isEqualTo(en);
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> yesNo() {
        return Stream.of(org.junit.jupiter.params.provider.Arguments.of("YES", "是", "yes"),
                org.junit.jupiter.params.provider.Arguments.of("NO", "否", "no"),
                org.junit.jupiter.params.provider.Arguments.of("NONE", "无", "none"),
                org.junit.jupiter.params.provider.Arguments.of("17", "17", "17"));
    }

    @Test
    void aParametersNumberIsShownWithItsUnitInWords() {
        assertThat(ModelLabels.quantity(30, "days", "zh")).isEqualTo("30 天");
        assertThat(ModelLabels.quantity(30, "days", "en")).isEqualTo("30 days");
        assertThat(ModelLabels.quantity(15, "persons", "zh")).isEqualTo("15 人");
        assertThat(ModelLabels.quantity(1, "persons", "zh")).isEqualTo("1 人");
        assertThat(ModelLabels.quantity(1, "persons", "en")).isEqualTo("1 person");
        assertThat(ModelLabels.quantity(1, "homes", "en")).isEqualTo("1 Women's Home");
        assertThat(ModelLabels.quantity(0, "days", "en")).isEqualTo("0 days");
        assertThat(ModelLabels.quantity(1, "\u2030", "zh")).isEqualTo("1\u2030");
        assertThat(ModelLabels.quantity(40, "%", "en")).isEqualTo("40%");
        assertThat(ModelLabels.quantity(3, "weeks", "zh")).as("a unit without words, as it is").isEqualTo("3 weeks");
        assertThat(ModelLabels.quantity(5, null, "zh")).isEqualTo("5");
    }
}
