package io.github.fulianrules.scenario;

import io.github.fulianrules.model.DistrictData;
import java.util.List;
import java.util.Map;

/**
 * One case of a scenario file: given these facts (and these parameters), these findings are
 * expected, these are absent, these requirements are met and these are not judged at all.
 *
 * @param name       a sentence that says the case, e.g. "exactly four part-time vice-chairs meet the floor"
 * @param source     the file it was read from
 * @param parameters parameter overrides for this case
 * @param given      the facts, read from the file's {@code given}: a district in the JSON input format
 * @param expect     findings that must be reported (each field given must match)
 * @param absent     findings that must not be reported (each field given must match to count)
 * @param met        subjects that must have been checked and found to meet a requirement
 * @param notJudged  requirements (on a subject, if one is named) that must not have been checked at all:
 *                   neither met nor a finding, as when the facts cannot be judged (an empty body)
 */
public record Scenario(String name, String source, Map<String, Long> parameters, DistrictData given,
                       List<Expectation> expect, List<Expectation> absent, List<Expectation> met,
                       List<Expectation> notJudged) {
    public Scenario {
        parameters = Map.copyOf(parameters);
        expect = List.copyOf(expect);
        absent = List.copyOf(absent);
        met = List.copyOf(met);
        notJudged = List.copyOf(notJudged);
    }

    /** The requirement IDs this case speaks of. */
    public List<String> requirementIds() {
        return java.util.stream.Stream.of(expect, absent, met, notJudged).flatMap(List::stream)
                .map(Expectation::requirementId).distinct().toList();
    }
}
