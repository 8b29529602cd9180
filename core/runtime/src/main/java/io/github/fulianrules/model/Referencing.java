package io.github.fulianrules.model;

import java.util.List;

/** A record that refers to others by id; a reference to nothing is a data finding. */
public interface Referencing {
    /** The references this record makes, leaving out fields that are empty. */
    List<Ref> references();
}
