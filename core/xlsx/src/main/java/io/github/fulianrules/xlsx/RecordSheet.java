package io.github.fulianrules.xlsx;

import io.github.fulianrules.model.DistrictData;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A sheet of a district workbook holding records of one type, one per row under a header row: its
 * names, its {@link Column}s, and how a row becomes a record and back. The kind of each column
 * (text, whole number, yes/no, date, one value or a set of values of an enum) comes from the
 * record's component of the same name, so a new field of the model needs only its {@link Column}.
 *
 * @param <R> the record type
 */
final class RecordSheet<R extends Record> {
    /** What a cell of a column holds, from the type of its record component. */
    enum Kind {
        TEXT, WHOLE_NUMBER, YES_NO, DATE, CHOICE, CHOICES;

        static Kind of(Class<?> type) {
            if (type == String.class) {
                return TEXT;
            }
            if (type == Integer.class || type == int.class) {
                return WHOLE_NUMBER;
            }
            if (type == boolean.class || type == Boolean.class) {
                return YES_NO;
            }
            if (type == LocalDate.class) {
                return DATE;
            }
            if (type.isEnum()) {
                return CHOICE;
            }
            if (Set.class.isAssignableFrom(type)) {
                return CHOICES;
            }
            throw new IllegalStateException("no workbook cell for a field of type " + type.getName());
        }
    }

    /**
     * One column of the sheet as it is laid out: a {@link Column}, or one value of a {@link Kind#CHOICES}
     * column (its yes/no column, e.g. {@code 七有：活动场所}).
     *
     * @param index  the position of the record component
     * @param column the column
     * @param kind   what a cell holds ({@link Kind#YES_NO} for each value of a set)
     * @param type   the component's type, or the enum of a set
     * @param member the value of a set this slot stands for, or {@code null}
     */
    record Slot(int index, Column column, Kind kind, Class<?> type, Enum<?> member) {
        /** The header in {@code english} or Chinese, e.g. {@code 七有：活动场所} / {@code haves: venue}. */
        String header(boolean english) {
            if (member == null) {
                return column.header(english);
            }
            return column.header(english) + (english ? ": " : "：") + Choices.label(member, english);
        }

        /** The header as the JSON format names the field, e.g. {@code haves.VENUE}. */
        String fieldName() {
            return member == null ? column.field() : column.field() + "." + member.name();
        }

        /** Whether the column holds one of a fixed list of values (a drop-down list). */
        boolean listed() {
            return kind == Kind.YES_NO || kind == Kind.CHOICE;
        }
    }

    private final String key;
    private final String zh;
    private final Class<R> type;
    private final Function<DistrictData, List<? extends R>> records;
    private final Function<R, String> id;
    private final List<Column> columns;
    private final RecordComponent[] components;
    private final Constructor<R> constructor;
    private final List<Slot> slots;
    private final boolean[] required;

    /**
     * @param key     the English sheet name, as the JSON format names the array ({@code federations})
     * @param zh      the Chinese sheet name ({@code 组织})
     * @param type    the record type
     * @param records the sheet's records in a district, or {@code null} for a sheet that is not a list of facts
     * @param id      the key a record's location is kept under ({@link DistrictData#locations()})
     * @param columns one per record component, in the component order
     */
    RecordSheet(String key, String zh, Class<R> type, Function<DistrictData, List<? extends R>> records,
                Function<R, String> id, Column... columns) {
        this.key = key;
        this.zh = zh;
        this.type = type;
        this.records = records;
        this.id = id;
        this.columns = List.of(columns);
        this.components = type.getRecordComponents();
        List<String> fields = Arrays.stream(components).map(RecordComponent::getName).toList();
        List<String> described = this.columns.stream().map(Column::field).toList();
        if (!fields.equals(described)) {
            throw new IllegalStateException("the columns of sheet " + key + " are " + described + " but "
                    + type.getSimpleName() + " has the fields " + fields + ": add a Column in Sheets for each field");
        }
        try {
            this.constructor = type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no canonical constructor", e);
        }
        List<Slot> laidOut = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            Kind kind = Kind.of(components[i].getType());
            if (kind == Kind.CHOICES) {
                Class<?> element = setElement(components[i]);
                for (Object member : element.getEnumConstants()) {
                    laidOut.add(new Slot(i, columns[i], Kind.YES_NO, element, (Enum<?>) member));
                }
            } else {
                laidOut.add(new Slot(i, columns[i], kind, components[i].getType(), null));
            }
        }
        this.slots = List.copyOf(laidOut);
        this.required = probeRequired();
    }

    private static Class<?> setElement(RecordComponent component) {
        if (component.getGenericType() instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] instanceof Class<?> c && c.isEnum()) {
            return c;
        }
        throw new IllegalStateException("a set field must hold an enum: " + component);
    }

    String key() {
        return key;
    }

    /** The sheet's name in {@code english} or Chinese. */
    String name(boolean english) {
        return english ? key : zh;
    }

    String zh() {
        return zh;
    }

    Class<R> type() {
        return type;
    }

    List<Column> columns() {
        return columns;
    }

    /** The columns as laid out in the sheet, a set's values each in its own column. */
    List<Slot> slots() {
        return slots;
    }

    /** What an empty cell of a column means, from its record component. */
    enum Empty {
        /** The record refuses to be without it: the row is refused. */
        REFUSED,
        /** A {@code boolean}: no. */
        NO,
        /** A value the rules need (a {@code Boolean}, a number, a choice, a set): not recorded, a data finding where it decides a check. */
        NOT_RECORDED,
        /** A text or a reference: there is none. */
        NONE
    }

    /** What an empty cell of column {@code index} means. */
    Empty empty(int index) {
        Class<?> t = components[index].getType();
        if (required[index]) {
            return Empty.REFUSED;
        }
        if (t == boolean.class) {
            return Empty.NO;
        }
        return t == String.class ? Empty.NONE : Empty.NOT_RECORDED;
    }

    /** Whether a record must have a value in column {@code index} (its constructor refuses it missing). */
    boolean required(int index) {
        return required[index];
    }

    /** The sheet's records in {@code district}. */
    List<? extends R> records(DistrictData district) {
        return records.apply(district);
    }

    /** The key of {@code record}'s location. */
    String id(R record) {
        return id.apply(record);
    }

    /** The value of {@code slot} in {@code record}: for a set's value, whether the set holds it. */
    Object value(R record, Slot slot) {
        Object value;
        try {
            value = components[slot.index()].getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + slot.fieldName() + " of " + type.getSimpleName(), e);
        }
        if (slot.member() != null) {
            // A set not recorded (Revision 3) leaves every one of its cells empty.
            return value == null ? null : ((Collection<?>) value).contains(slot.member());
        }
        return value;
    }

    /**
     * A fresh row of values, one per component: no value ({@code null}: not recorded, for a
     * {@code Boolean} or a set too), and {@code false} for a {@code boolean}.
     */
    Object[] emptyRow() {
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            if (components[i].getType() == boolean.class) {
                values[i] = Boolean.FALSE;
            }
        }
        return values;
    }

    /** An empty set for the set-valued component {@code index}, once one of its cells is filled. */
    Set<?> newSet(int index) {
        return emptySet(setElement(components[index]));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Set<?> emptySet(Class<?> element) {
        return EnumSet.noneOf((Class) element);
    }

    /**
     * The record of {@code values} ({@link #emptyRow()} filled in). The record's own checks throw
     * {@link IllegalArgumentException}, e.g. "missing required field 'id'".
     */
    R build(Object[] values) {
        try {
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException iae) {
                throw iae;
            }
            throw new IllegalStateException("cannot make a " + type.getSimpleName(), e.getCause());
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot make a " + type.getSimpleName(), e);
        }
    }

    /** Which fields the record refuses to be without: tried once, each left out of a full record. */
    private boolean[] probeRequired() {
        boolean[] result = new boolean[components.length];
        for (int i = 0; i < components.length; i++) {
            Object[] values = sampleRow();
            Class<?> t = components[i].getType();
            values[i] = t == boolean.class ? Boolean.FALSE : null;
            try {
                build(values);
            } catch (IllegalArgumentException e) {
                result[i] = String.valueOf(e.getMessage()).contains("'" + components[i].getName() + "'");
            }
        }
        return result;
    }

    private Object[] sampleRow() {
        Object[] values = emptyRow();
        for (int i = 0; i < components.length; i++) {
            Class<?> t = components[i].getType();
            if (t == String.class) {
                values[i] = "x";
            } else if (t == Integer.class) {
                values[i] = 1;
            } else if (t == LocalDate.class) {
                values[i] = LocalDate.of(2000, 1, 1);
            } else if (t.isEnum()) {
                values[i] = t.getEnumConstants()[0];
            }
        }
        return values;
    }

    /**
     * Every header a slot is read under, normalised ({@link #normalise}): the Chinese and English
     * headers and the field name, e.g. {@code 七有：活动场所}, {@code haves: venue}, {@code haves.VENUE}.
     */
    Map<String, Slot> headers() {
        Map<String, Slot> byHeader = new LinkedHashMap<>();
        for (Slot s : slots) {
            for (String h : List.of(s.header(false), s.header(true), s.fieldName())) {
                Slot before = byHeader.put(normalise(h), s);
                if (before != null && before != s) {
                    throw new IllegalStateException("header " + h + " of sheet " + key + " names two columns");
                }
            }
        }
        return byHeader;
    }

    /** The headers of the sheet in {@code english} or Chinese, in order, for messages. */
    List<String> headerNames(boolean english) {
        return slots.stream().map(s -> s.header(english)).toList();
    }

    /**
     * A header as it is compared: without spaces, in lower case, a full-width or ASCII colon or a
     * dot between a set and its value all alike.
     */
    static String normalise(String header) {
        StringBuilder s = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                continue;
            }
            s.append(c == '：' || c == '.' ? ':' : Character.toLowerCase(c));
        }
        return s.toString();
    }
}
