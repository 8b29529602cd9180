package io.github.fulianrules.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A Women's Home (妇女之家), run by a sub-district or community federation.
 *
 * <p>Revision 3: {@code haves} and {@code services} are {@code null} when not recorded, which is not
 * the same as an empty set ("none in place"): a check they decide is left to a {@code NOT_RECORDED}
 * data finding.
 *
 * @param id            unique identifier
 * @param name          display name
 * @param federationId  the federation that runs it
 * @param haves         which of the seven haves (七有) are in place, or {@code null} when not recorded
 * @param services      which of the four basic services it offers, or {@code null} when not recorded
 * @param demonstration rated a demonstration Women's Home (示范"妇女之家")
 */
public record WomensHome(String id, String name, String federationId, Set<Have> haves,
                         Set<BasicService> services, boolean demonstration) implements Identified, Referencing {
    public WomensHome {
        Checks.required(id, "id");
        Checks.required(federationId, "federationId");
        haves = haves == null ? null : haves.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(haves));
        services = services == null ? null : services.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(services));
    }

    /** The haves not in place, in the order of the standard; {@code null} when the haves are not recorded. */
    public Set<Have> missingHaves() {
        if (haves == null) {
            return null;
        }
        EnumSet<Have> missing = EnumSet.allOf(Have.class);
        missing.removeAll(haves);
        return missing;
    }

    /** The basic services not offered, in the order of the plan; {@code null} when the services are not recorded. */
    public Set<BasicService> missingServices() {
        if (services == null) {
            return null;
        }
        EnumSet<BasicService> missing = EnumSet.allOf(BasicService.class);
        missing.removeAll(services);
        return missing;
    }

    @Override
    public List<Ref> references() {
        return Refs.of("federationId", federationId, Federation.class);
    }
}
