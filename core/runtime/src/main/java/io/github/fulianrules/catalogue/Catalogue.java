package io.github.fulianrules.catalogue;

import io.github.fulianrules.internal.Sha256;
import io.github.fulianrules.report.RequirementIds;
import java.util.ArrayList;
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
    private volatile String digest;

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

    /**
     * The SHA-256 of the requirements (each one's ID, clause, strength, subject, source words and
     * check), in hex: two catalogues with the same digest ask the same things. Parameters are not
     * part of it; a report carries the values it used apart.
     */
    public String digest() {
        String known = digest;
        if (known != null) {
            return known;
        }
        List<String> parts = new ArrayList<>();
        for (Requirement r : requirements.values()) {
            parts.add(r.id());
            parts.add(r.clause());
            parts.add(r.strength() == null ? null : r.strength().name());
            parts.add(r.subject());
            parts.add(r.sourceWords());
            parts.add(r.check());
        }
        digest = Sha256.hex(parts);
        return digest;
    }
}
