package io.github.fulianrules.compare;

import io.github.fulianrules.model.AssessmentPeriod;
import java.util.List;

/**
 * What a parameter change does to one district: per requirement the subjects checked and failing
 * before and after, the subjects that change outcome, and per sub-district the failing counts of
 * the requirements that change.
 *
 * @param districtId   the district federation, or {@code null} when the facts have none
 * @param name         its display name
 * @param period       the assessment period
 * @param parameters   the values changed, as they were in force for this period and as tried
 * @param requirements every requirement checked, in catalogue order
 * @param subjects     the subjects that change outcome, by requirement then subject
 * @param subDistricts for each requirement that changes, each sub-district's failing counts
 */
public record DistrictImpact(String districtId, String name, AssessmentPeriod period, List<ParameterChange> parameters,
                             List<RequirementImpact> requirements, List<SubjectChange> subjects,
                             List<AreaImpact> subDistricts) {
    public DistrictImpact {
        parameters = List.copyOf(parameters);
        requirements = List.copyOf(requirements);
        subjects = List.copyOf(subjects);
        subDistricts = List.copyOf(subDistricts);
    }

    /** Subjects that change outcome, either way. */
    public int changes() {
        return subjects.size();
    }

    /** Subjects that fail under the changed values and did not before. */
    public int newlyFailing() {
        return (int) subjects.stream().filter(SubjectChange::newlyFailing).count();
    }

    /** Subjects that passed under the changed values and failed before. */
    public int newlyPassing() {
        return changes() - newlyFailing();
    }
}
