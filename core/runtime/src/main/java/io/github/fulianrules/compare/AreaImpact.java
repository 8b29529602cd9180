package io.github.fulianrules.compare;

/**
 * How many subjects of one sub-district's area fail one requirement under the current and the
 * changed parameter values, as the scorecards count them (checked less met; waived ones fail).
 *
 * @param areaId        the sub-district federation
 * @param name          its name
 * @param requirementId the requirement
 * @param failingBefore failing under the current values
 * @param failingAfter  failing under the changed values
 */
public record AreaImpact(String areaId, String name, String requirementId, int failingBefore, int failingAfter) {
}
