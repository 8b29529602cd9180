package io.github.fulianrules.rulesupport;

import io.github.fulianrules.model.Ref;
import io.github.fulianrules.model.Referencing;

/**
 * A reference that names no record of the type it must have: a position's person with no person
 * record, a Women's Home's federation that is no federation, an activity's subject that is no record
 * at all. The session keeps one such fact per unresolved reference as records are inserted, updated
 * and retracted (no rule derives it), looking the id up among the records it holds by id, so that
 * a rule names each without the network comparing every reference with every record. The
 * references are those of {@link Referencing#references()}.
 *
 * @param referrer the referring record
 * @param ref    its reference: the field, the id it names and the type it must name
 */
public record UnresolvedReference(Referencing referrer, Ref ref) {
}
