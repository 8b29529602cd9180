package io.github.fulianrules.model;

/**
 * A record with an id. Ids are unique across all the records of a district, so that an
 * activity's or waiver's subject is never ambiguous; a duplicate is a data finding.
 */
public interface Identified {
    String id();
}
