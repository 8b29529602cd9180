package io.github.fulianrules.compare;

import io.github.fulianrules.internal.NaturalOrder;
import io.github.fulianrules.report.RequirementIds;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The impact of a parameter change over many districts: the totals per requirement, and each
 * district's impact, those most changed first.
 *
 * <pre>{@code
 * WhatIf whatIf = WhatIf.of(engine, Map.of("communityExecutiveFloor", 17L));
 * Impact impact = Impact.of(districts.stream().map(whatIf::assess).toList());
 * impact.requirements().forEach(r -> System.out.println(r.requirementId() + " +" + r.newlyFailing()));
 * }</pre>
 *
 * @param parameters   the values changed (one entry per distinct value in force, when periods differ)
 * @param requirements per requirement, summed over the districts, in requirement order
 * @param districts    each district, by subjects changed (most first), then by id
 */
public record Impact(List<ParameterChange> parameters, List<RequirementImpact> requirements, List<DistrictImpact> districts) {
    /** Districts by the number of subjects that change outcome, most first, then by id. */
    public static final Comparator<DistrictImpact> MOST_CHANGED = Comparator
            .comparingInt(DistrictImpact::changes).reversed()
            .thenComparing(DistrictImpact::districtId, NaturalOrder.IDS);

    public Impact {
        parameters = List.copyOf(parameters);
        requirements = List.copyOf(requirements);
        districts = List.copyOf(districts);
    }

    /** The totals of {@code districts}. */
    public static Impact of(Collection<DistrictImpact> districts) {
        LinkedHashSet<ParameterChange> parameters = new LinkedHashSet<>();
        Map<String, RequirementImpact> totals = new TreeMap<>(RequirementIds.ORDER);
        for (DistrictImpact d : districts) {
            parameters.addAll(d.parameters());
            for (RequirementImpact r : d.requirements()) {
                totals.merge(r.requirementId(), r, RequirementImpact::plus);
            }
        }
        List<DistrictImpact> sorted = new ArrayList<>(districts);
        sorted.sort(MOST_CHANGED);
        return new Impact(new ArrayList<>(parameters), new ArrayList<>(totals.values()), sorted);
    }

    /** The requirements on which some subject changes outcome. */
    public List<RequirementImpact> changedRequirements() {
        return requirements.stream().filter(RequirementImpact::changed).toList();
    }

    /** Subjects that change outcome, over all districts. */
    public int changes() {
        return districts.stream().mapToInt(DistrictImpact::changes).sum();
    }

    /** The totals per requirement by id. */
    public Map<String, RequirementImpact> byRequirement() {
        Map<String, RequirementImpact> map = new LinkedHashMap<>();
        requirements.forEach(r -> map.put(r.requirementId(), r));
        return map;
    }
}
