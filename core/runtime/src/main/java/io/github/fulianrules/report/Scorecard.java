package io.github.fulianrules.report;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How far the district complies, per requirement and per area: the overall line (every subject
 * checked), one line per sub-district federation (its own subjects and its communities'), one per
 * community federation. A pure function of the rules' assessments and the facts, so the same facts
 * give the same scorecard.
 *
 * <p>A subject belongs to the area of the federation it is or refers to: a federation to itself; a
 * Women's Home, unit, building, centre or women's group to its {@code federationId}; a person to the
 * lowest federation that holds every federation the person has a position in (or, without
 * positions, sits on the leadership team or two committees of). Subjects of the district level, or
 * spread over several sub-districts, count only in the overall line.
 *
 * <pre>{@code
 * Scorecard card = engine.evaluate(district).scorecard();
 * card.subDistricts().forEach(l -> System.out.println(l.name() + " " + l.ratePercent() + "%"));
 * }</pre>
 *
 * @param overall      every check of the district
 * @param subDistricts one line per sub-district federation, by id
 * @param communities  one line per community federation, by sub-district then id
 */
public record Scorecard(ScoreLine overall, List<ScoreLine> subDistricts, List<ScoreLine> communities) {
    public Scorecard {
        subDistricts = List.copyOf(subDistricts);
        communities = List.copyOf(communities);
    }

    /** Every line: overall, sub-districts, communities. */
    public Stream<ScoreLine> lines() {
        return Stream.concat(Stream.of(overall), Stream.concat(subDistricts.stream(), communities.stream()));
    }

    /** The line of the area of federation {@code id}, sub-district or community. */
    public Optional<ScoreLine> line(String id) {
        return Stream.concat(subDistricts.stream(), communities.stream())
                .filter(l -> l.areaId() != null && l.areaId().equals(id)).findFirst();
    }
}
