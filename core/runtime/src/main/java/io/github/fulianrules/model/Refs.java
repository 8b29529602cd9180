package io.github.fulianrules.model;

import java.util.List;

/** Reference lists, leaving out empty fields; made without a builder, as the session asks for them per record. */
final class Refs {
    private Refs() {
    }

    /** The reference of one field, or none when it is empty. */
    static List<Ref> of(String field, String id, Class<? extends Identified> target) {
        return Ref.names(id) ? List.of(new Ref(field, id, target)) : List.of();
    }

    /** The references of two fields, leaving out the empty ones. */
    static List<Ref> of(String field1, String id1, Class<? extends Identified> target1,
                        String field2, String id2, Class<? extends Identified> target2) {
        if (!Ref.names(id1)) {
            return of(field2, id2, target2);
        }
        return Ref.names(id2) ? List.of(new Ref(field1, id1, target1), new Ref(field2, id2, target2))
                : List.of(new Ref(field1, id1, target1));
    }
}
