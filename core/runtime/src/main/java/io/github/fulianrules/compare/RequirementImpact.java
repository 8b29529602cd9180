package io.github.fulianrules.compare;

/**
 * How one requirement's outcome moves when parameters change: subjects checked, failing (a finding
 * of the requirement, waived or not) under the current and the changed values, and which way they
 * moved. {@code failingAfter - failingBefore == newlyFailing - newlyPassing} when the same subjects
 * are checked.
 *
 * @param requirementId the requirement
 * @param checkedBefore subjects checked under the current values
 * @param checkedAfter  subjects checked under the changed values (differs when a parameter decides what is checked)
 * @param failingBefore subjects failing under the current values
 * @param failingAfter  subjects failing under the changed values
 * @param newlyFailing  subjects failing after that did not before
 * @param newlyPassing  subjects failing before that do not after
 */
public record RequirementImpact(String requirementId, int checkedBefore, int checkedAfter, int failingBefore,
                                int failingAfter, int newlyFailing, int newlyPassing) {
    /** Whether any subject changes outcome, or the subjects checked change. */
    public boolean changed() {
        return newlyFailing > 0 || newlyPassing > 0 || checkedBefore != checkedAfter || failingBefore != failingAfter;
    }

    /** The sum of this and {@code other}, of the same requirement. */
    public RequirementImpact plus(RequirementImpact other) {
        return new RequirementImpact(requirementId, checkedBefore + other.checkedBefore, checkedAfter + other.checkedAfter,
                failingBefore + other.failingBefore, failingAfter + other.failingAfter,
                newlyFailing + other.newlyFailing, newlyPassing + other.newlyPassing);
    }
}
