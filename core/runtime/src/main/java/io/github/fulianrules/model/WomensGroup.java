package io.github.fulianrules.model;

import java.util.List;

/**
 * A women's group set up by a community federation in a residents' group or interest group.
 *
 * @param id           unique identifier
 * @param federationId the community federation
 * @param setting      residents' group or interest group
 */
public record WomensGroup(String id, String federationId, GroupSetting setting) implements Identified, Referencing {
    public WomensGroup {
        Checks.required(id, "id");
        Checks.required(federationId, "federationId");
        Checks.required(setting, "setting");
    }

    @Override
    public List<Ref> references() {
        return Refs.of("federationId", federationId, Federation.class);
    }
}
