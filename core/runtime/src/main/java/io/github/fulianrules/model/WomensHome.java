package io.github.fulianrules.model;

import java.util.List;

import java.util.EnumSet;
import java.util.Set;

/**
 * A Women's Home (妇女之家), run by a sub-district or community federation.
 *
 * @param id            unique identifier
 * @param name          display name
 * @param federationId  the federation that runs it
 * @param haves         which of the seven haves (七有) are in place
 * @param services      which of the four basic services it offers
 * @param demonstration rated a demonstration Women's Home (示范"妇女之家")
 */
public record WomensHome(String id, String name, String federationId, Set<Have> haves,
                         Set<BasicService> services, boolean demonstration) implements Identified, Referencing {
    public WomensHome {
        Checks.required(id, "id");
        Checks.required(federationId, "federationId");
        haves = haves == null || haves.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(haves));
        services = services == null || services.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(services));
    }

    /** The haves not in place, in the order of the standard. */
    public Set<Have> missingHaves() {
        EnumSet<Have> missing = EnumSet.allOf(Have.class);
        missing.removeAll(haves);
        return missing;
    }

    /** The basic services not offered, in the order of the plan. */
    public Set<BasicService> missingServices() {
        EnumSet<BasicService> missing = EnumSet.allOf(BasicService.class);
        missing.removeAll(services);
        return missing;
    }

    @Override
    public List<Ref> references() {
        return new Refs().add("federationId", federationId, Federation.class).list();
    }
}
