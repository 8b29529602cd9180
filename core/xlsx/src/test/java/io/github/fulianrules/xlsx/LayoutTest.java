package io.github.fulianrules.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.xlsx.RecordSheet.Kind;
import io.github.fulianrules.xlsx.RecordSheet.Slot;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The layout follows the model: when the model gains a kind of record, a field or an enum value,
 * these tests say what to add to {@link Sheets} or {@link Choices}.
 */
class LayoutTest {
    @Test
    void everyListOfFactsInADistrictHasASheet() {
        List<String> lists = Arrays.stream(DistrictData.class.getRecordComponents())
                .filter(c -> c.getType() == List.class).map(RecordComponent::getName).toList();

        assertThat(Sheets.RECORDS).extracting(RecordSheet::key).containsExactlyElementsOf(lists);
    }

    @Test
    void eachSheetHoldsTheRecordsOfItsList() {
        for (RecordComponent c : DistrictData.class.getRecordComponents()) {
            if (c.getType() == List.class) {
                Class<?> element = (Class<?>) ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
                RecordSheet<?> sheet = Sheets.RECORDS.stream().filter(s -> s.key().equals(c.getName())).findFirst().orElseThrow();
                assertThat(sheet.type()).as(c.getName()).isEqualTo(element);
            }
        }
    }

    @Test
    void everyEnumeratedValueHasALabelInBothLanguages() {
        List<String> missing = new ArrayList<>();
        for (RecordSheet<?> sheet : Sheets.all()) {
            for (Slot slot : sheet.slots()) {
                if (slot.type().isEnum()) {
                    for (Object v : slot.type().getEnumConstants()) {
                        if (!Choices.labelled((Enum<?>) v)) {
                            missing.add(slot.type().getSimpleName() + "." + v);
                        }
                    }
                }
            }
        }
        assertThat(missing).as("values without a line in Choices").isEmpty();
    }

    @Test
    void eachLabelReadsAsItsOwnValue() {
        for (RecordSheet<?> sheet : Sheets.all()) {
            for (Slot slot : sheet.slots()) {
                if (slot.kind() == Kind.CHOICE) {
                    for (Object v : slot.type().getEnumConstants()) {
                        Enum<?> value = (Enum<?>) v;
                        for (String text : List.of(Choices.label(value, false), Choices.label(value, true), value.name(),
                                " " + Choices.label(value, true).toUpperCase(java.util.Locale.ROOT) + " ")) {
                            assertThat(Choices.parse(slot.type(), text)).as(text).contains(value);
                        }
                    }
                }
            }
        }
    }

    @Test
    void noTwoColumnsOfASheetShareAHeader() {
        for (RecordSheet<?> sheet : Sheets.all()) {
            Set<String> seen = new HashSet<>();
            for (Slot slot : sheet.slots()) {
                for (boolean english : List.of(false, true)) {
                    assertThat(seen.add(english + RecordSheet.normalise(slot.header(english))))
                            .as(sheet.key() + ": " + slot.header(english)).isTrue();
                }
            }
            assertThat(sheet.headers()).hasSizeGreaterThanOrEqualTo(sheet.slots().size());
        }
    }

    @Test
    void requiredColumnsAreThoseTheRecordsRefuseToBeWithout() {
        RecordSheet<?> positions = Sheets.RECORDS.stream().filter(s -> s.key().equals("positions")).findFirst().orElseThrow();
        RecordSheet<?> people = Sheets.RECORDS.stream().filter(s -> s.key().equals("people")).findFirst().orElseThrow();

        assertThat(List.of(positions.required(0), positions.required(1), positions.required(2))).containsOnly(true);
        assertThat(people.required(0)).isTrue();
        assertThat(people.required(2)).as("gender may be unknown").isFalse();
        assertThat(Sheets.PERIOD.required(0)).as("the name").isFalse();
        assertThat(Sheets.PERIOD.required(1)).as("the start").isTrue();
    }
}
