package io.github.fulianrules.model;

import java.util.List;

/**
 * A person's position in a federation: "p17 is a part-time vice-chair of sd-03".
 *
 * @param personId     the {@link Person} holding it
 * @param federationId the {@link Federation} it is in
 * @param role         what the position is
 */
public record Position(String personId, String federationId, Role role) implements Referencing {
    public Position {
        Checks.required(personId, "personId");
        Checks.required(federationId, "federationId");
        Checks.required(role, "role");
    }

    /** A readable key for reports and data findings, e.g. {@code p17@sd-03:CHAIR}. */
    public String key() {
        return personId + "@" + federationId + ":" + role;
    }

    @Override
    public List<Ref> references() {
        return Refs.of("personId", personId, Person.class,
                "federationId", federationId, Federation.class);
    }
}
