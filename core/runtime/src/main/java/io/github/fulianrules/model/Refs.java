package io.github.fulianrules.model;

import java.util.ArrayList;
import java.util.List;

/** Builds reference lists, leaving out empty fields. */
final class Refs {
    private final List<Ref> refs = new ArrayList<>(2);

    Refs add(String field, String id, Class<? extends Identified> target) {
        if (Ref.names(id)) {
            refs.add(new Ref(field, id, target));
        }
        return this;
    }

    List<Ref> list() {
        return List.copyOf(refs);
    }
}
