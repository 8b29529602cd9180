package io.github.fulianrules.model;

import java.util.List;

/**
 * The district women and children activity centre (区妇女儿童活动中心), a public institution of the
 * district federation, 二(二)5. Its public-welfare activities are {@link Activity activities} of type
 * {@link ActivityType#PUBLIC_WELFARE} with the centre as subject.
 *
 * @param id                 unique identifier
 * @param name               display name
 * @param federationId       the district federation it belongs to
 * @param positioningDefined its positioning (定位) has been defined
 * @param structureDefined   its internal structure and duties (内设机构及职责) have been defined
 *
 * <p>Either flag is {@code null} when not recorded (Revision 3: not "no").
 */
public record ActivityCentre(String id, String name, String federationId,
                             Boolean positioningDefined, Boolean structureDefined) implements Identified, Referencing {
    public ActivityCentre {
        Checks.required(id, "id");
        Checks.required(federationId, "federationId");
    }

    @Override
    public List<Ref> references() {
        return Refs.of("federationId", federationId, Federation.class);
    }
}
