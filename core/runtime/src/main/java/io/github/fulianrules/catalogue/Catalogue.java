package io.github.fulianrules.catalogue;

import io.github.fulianrules.report.RequirementIds;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The requirements a rule set implements, in catalogue order, and the parameters its rules read.
 */
public final class Catalogue {
    private final Map<String, Requirement> requirements = new LinkedHashMap<>();
    private final Map<String, Parameter> parameters = new LinkedHashMap<>();

    public Catalogue(Collection<Requirement> requirements, Collection<Parameter> parameters) {
        requirements.stream().sorted((a, b) -> RequirementIds.ORDER.compare(a.id(), b.id()))
                .forEach(r -> this.requirements.put(r.id(), r));
        parameters.forEach(p -> this.parameters.put(p.name(), p));
    }

    public List<Requirement> requirements() {
        return List.copyOf(requirements.values());
    }

    public Optional<Requirement> requirement(String id) {
        return Optional.ofNullable(requirements.get(id));
    }

    public List<Parameter> parameters() {
        return List.copyOf(parameters.values());
    }

    public Optional<Parameter> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }
}
