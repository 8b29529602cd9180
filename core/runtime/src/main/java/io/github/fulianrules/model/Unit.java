package io.github.fulianrules.model;

import java.util.List;

/**
 * A unit that should have, or is encouraged to have, a women's organization (二(四)3); a social
 * organization under the federation's guidance should also form a functional party branch (二(一)3).
 *
 * @param id                    unique identifier
 * @param name                  display name
 * @param type                  organ, public institution, enterprise, social organization, park or new group
 * @param federationId          the federation in whose area the unit is
 * @param women                 women working or active in the unit, or {@code null} when unknown
 * @param womensOrganization    the unit has a women's organization (妇女组织); {@code null} when not recorded
 * @param functionalPartyBranch the unit has a functional party branch (功能型党支部); {@code null} when not recorded
 * @param guidedByFederation    a social organization under the federation's guidance (e.g. 女企业家联谊会);
 *                              {@code null} when not recorded
 *
 * <p>Revision 3: a yes/no left out is not recorded, not "no"; where it decides a check the finding
 * is a {@code NOT_RECORDED} data finding.
 */
public record Unit(String id, String name, UnitType type, String federationId, Integer women,
                   Boolean womensOrganization, Boolean functionalPartyBranch, Boolean guidedByFederation) implements Identified, Referencing {
    public Unit {
        Checks.required(id, "id");
        Checks.required(type, "type");
        Checks.required(federationId, "federationId");
    }

    @Override
    public List<Ref> references() {
        return Refs.of("federationId", federationId, Federation.class);
    }
}
