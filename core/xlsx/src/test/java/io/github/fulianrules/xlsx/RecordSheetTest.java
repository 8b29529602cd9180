package io.github.fulianrules.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.fulianrules.model.Gender;
import io.github.fulianrules.model.Have;
import io.github.fulianrules.xlsx.RecordSheet.Kind;
import io.github.fulianrules.xlsx.RecordSheet.Slot;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A sheet for a new kind of record needs only its columns: the kind of each column comes from the
 * record's component, the required columns from what the record refuses to be without, and a
 * layout that does not match the record is refused when the sheet is made.
 */
class RecordSheetTest {
    /** A record of every kind of column; it refuses to be without its day, gender, count or id (checked in that order). */
    record Thing(String id, String note, Integer count, boolean active, Boolean checked, LocalDate day, Gender gender,
                 Set<Have> haves) {
        Thing {
            for (Object[] f : new Object[][] {{day, "day"}, {gender, "gender"}, {count, "count"}, {id, "id"}}) {
                if (f[0] == null) {
                    throw new IllegalArgumentException("missing required field '" + f[1] + "'");
                }
            }
        }
    }

    record Sized(String id, double size) {
    }

    record Tagged(String id, Set<String> tags) {
    }

    private static Column col(String field, String zh, String en) {
        return new Column(field, zh, en, "", "", "");
    }

    private static RecordSheet<Thing> things() {
        return new RecordSheet<>("things", "东西", Thing.class, null, Thing::id,
                col("id", "编号", "id"), col("note", "备注", "note"), col("count", "数量", "count"),
                col("active", "在用", "active"), col("checked", "已查", "checked"), col("day", "日期", "day"),
                col("gender", "性别", "gender"), col("haves", "七有", "haves"));
    }

    @Test
    void eachColumnsKindComesFromItsComponentAndASetHasAYesNoColumnPerValue() {
        List<Slot> slots = things().slots();

        assertThat(slots).extracting(Slot::kind).containsExactly(Kind.TEXT, Kind.TEXT, Kind.WHOLE_NUMBER, Kind.YES_NO,
                Kind.YES_NO, Kind.DATE, Kind.CHOICE, Kind.YES_NO, Kind.YES_NO, Kind.YES_NO, Kind.YES_NO, Kind.YES_NO,
                Kind.YES_NO, Kind.YES_NO);
        assertThat(slots).extracting(Slot::type).containsExactly(String.class, String.class, Integer.class, boolean.class,
                Boolean.class, LocalDate.class, Gender.class, Have.class, Have.class, Have.class, Have.class, Have.class,
                Have.class, Have.class);
        assertThat(slots.subList(7, 14)).extracting(s -> (Object) s.member()).containsExactly((Object[]) Have.values());
        assertThat(slots).extracting(Slot::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 7, 7, 7, 7, 7, 7);
        assertThat(slots.get(7).header(false)).isEqualTo("七有：活动场所");
        assertThat(slots.get(7).header(true)).isEqualTo("haves: venue");
        assertThat(slots.get(7).fieldName()).isEqualTo("haves.VENUE");
        assertThat(slots).filteredOn(Slot::listed).hasSize(10);
    }

    @Test
    void anIntIsAWholeNumberColumn() {
        assertThat(Kind.of(int.class)).isEqualTo(Kind.WHOLE_NUMBER);
        assertThat(Kind.of(Boolean.class)).isEqualTo(Kind.YES_NO);
    }

    @Test
    void theRequiredColumnsAreThoseTheRecordRefusesToBeWithout() {
        RecordSheet<Thing> things = things();

        assertThat(List.of(0, 1, 2, 3, 4, 5, 6, 7)).map(things::required)
                .containsExactly(true, false, true, false, false, true, true, false);
    }

    @Test
    void aRowIsBuiltIntoARecordAndARecordReadBackBySlot() {
        RecordSheet<Thing> things = things();
        Object[] row = things.emptyRow();

        // Revision 3: no value is not recorded, for a Boolean and a set too; a boolean is false.
        assertThat(row).containsExactly(null, null, null, false, null, null, null, null);
        row[0] = "t1";
        row[2] = 3;
        row[5] = LocalDate.of(2025, 3, 1);
        row[6] = Gender.MALE;
        Thing t = things.build(row);

        assertThat(t).isEqualTo(new Thing("t1", null, 3, false, null, LocalDate.of(2025, 3, 1), Gender.MALE, null));
        assertThat(things.id(t)).isEqualTo("t1");
        assertThat(things.value(t, things.slots().get(2))).isEqualTo(3);
        assertThat(things.value(t, things.slots().get(7))).as("a set not recorded: an empty cell").isNull();
        Thing withoutSet = new Thing("t1", null, 3, false, null, LocalDate.of(2025, 3, 1), Gender.MALE, null);
        assertThat(things.value(withoutSet, things.slots().get(7))).as("no set: not recorded, an empty cell").isNull();
        Thing emptySet = new Thing("t1", null, 3, false, null, LocalDate.of(2025, 3, 1), Gender.MALE, Set.of());
        assertThat(things.value(emptySet, things.slots().get(7))).as("an empty set: not in it").isEqualTo(false);
        Thing withVenue = new Thing("t1", null, 3, false, null, LocalDate.of(2025, 3, 1), Gender.MALE, Set.of(Have.VENUE));
        assertThat(things.value(withVenue, things.slots().get(7))).isEqualTo(true);
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> things.build(things.emptyRow())))
                .hasMessage("missing required field 'day'");
    }

    @Test
    void everyHeaderOfAColumnNamesIt() {
        RecordSheet<Thing> things = things();

        assertThat(things.headers()).containsEntry("数量", things.slots().get(2)).containsEntry("count", things.slots().get(2))
                .containsEntry("七有:活动场所", things.slots().get(7)).containsEntry("haves:venue", things.slots().get(7))
                .containsEntry("haves:core_volunteers", things.slots().get(8));
        assertThat(things.headerNames(true)).startsWith("id", "note", "count", "active", "checked", "day", "gender", "haves: venue");
        assertThat(things.name(false)).isEqualTo("东西");
        assertThat(things.name(true)).isEqualTo("things");
    }

    @Test
    void twoColumnsUnderOneHeaderAreRefused() {
        RecordSheet<Thing> clash = new RecordSheet<>("things", "东西", Thing.class, null, Thing::id,
                col("id", "编号", "id"), col("note", "备注", "Count"), col("count", "数量", "count"),
                col("active", "在用", "active"), col("checked", "已查", "checked"), col("day", "日期", "day"),
                col("gender", "性别", "gender"), col("haves", "七有", "haves"));

        assertThat(catchThrowableOfType(IllegalStateException.class, clash::headers))
                .hasMessage("header count of sheet things names two columns");
    }

    @Test
    void columnsThatAreNotTheRecordsFieldsAreRefused() {
        assertThat(catchThrowableOfType(IllegalStateException.class, () -> new RecordSheet<>("things", "东西", Thing.class,
                null, Thing::id, col("id", "编号", "id"), col("name", "名称", "name"))))
                .hasMessage("the columns of sheet things are [id, name] but Thing has the fields "
                        + "[id, note, count, active, checked, day, gender, haves]: add a Column in Sheets for each field");
    }

    @Test
    void aFieldOfAKindNoCellHoldsIsRefused() {
        assertThat(catchThrowableOfType(IllegalStateException.class, () -> new RecordSheet<>("sized", "大小", Sized.class,
                null, Sized::id, col("id", "编号", "id"), col("size", "大小", "size"))))
                .hasMessage("no workbook cell for a field of type double");
        assertThat(catchThrowableOfType(IllegalStateException.class, () -> new RecordSheet<>("tagged", "标签", Tagged.class,
                null, Tagged::id, col("id", "编号", "id"), col("tags", "标签", "tags"))))
                .hasMessageStartingWith("a set field must hold an enum: ");
    }

    @Test
    void aValueOfAnEnumWithoutLabelsIsNamedInTheError() {
        assertThat(Choices.labelled(Gender.MALE)).isTrue();
        assertThat(Choices.labelled(Kind.TEXT)).isFalse();
        assertThat(catchThrowableOfType(IllegalStateException.class, () -> Choices.label(Kind.TEXT, false)))
                .hasMessage("no workbook label for Kind.TEXT: add one in Choices");
    }
}
