package io.github.fulianrules.model;

/**
 * A reference from one record to another by id: "this position's {@code federationId} names a Federation".
 *
 * @param field  the referring field
 * @param id     the id referred to
 * @param target the type the referred record must have
 */
public record Ref(String field, String id, Class<? extends Identified> target) {
    /** Whether a referring field's value names a record at all: an empty field is no reference. */
    public static boolean names(String id) {
        return id != null && !id.isBlank();
    }

    /** Whether {@code record} is what this reference may point at. */
    public boolean accepts(Object record) {
        return target.isInstance(record);
    }
}
