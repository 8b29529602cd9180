package io.github.fulianrules.report;

/**
 * How one requirement fared across the subjects checked.
 *
 * @param requirementId the requirement
 * @param checked       subjects checked
 * @param met           subjects that met it
 * @param waived        subjects that did not meet it but hold a valid waiver
 */
public record RequirementScore(String requirementId, int checked, int met, int waived) {
    /** Subjects that did not meet it and hold no waiver. */
    public int unmet() {
        return checked - met - waived;
    }

    /** Share met or waived, in percent with one decimal; 100 when nothing was checked. */
    public double ratePercent() {
        return checked == 0 ? 100.0 : Math.round(1000.0 * (met + waived) / checked) / 10.0;
    }
}
