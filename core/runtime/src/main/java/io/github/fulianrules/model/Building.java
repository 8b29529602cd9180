package io.github.fulianrules.model;

import java.util.List;

/**
 * A commercial building (商务楼宇) that should have a women's work station within its
 * "five-in-one" station (五站合一), 二(四)3.
 *
 * @param id                unique identifier
 * @param name              display name
 * @param federationId      the federation in whose area the building is
 * @param womensWorkStation a women's work station is part of the building's five-in-one station;
 *                          {@code null} when not recorded (Revision 3: not "no")
 */
public record Building(String id, String name, String federationId, Boolean womensWorkStation) implements Identified, Referencing {
    public Building {
        Checks.required(id, "id");
        Checks.required(federationId, "federationId");
    }

    @Override
    public List<Ref> references() {
        return Refs.of("federationId", federationId, Federation.class);
    }
}
