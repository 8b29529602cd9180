package io.github.fulianrules.compare;

import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.report.Finding;

/**
 * One finding followed from an earlier report to a later one, matched by requirement, subject and
 * data code: closed, new, persisting, or in both with its gap narrowed or widened.
 *
 * @param kind         what became of it
 * @param federationId the federation whose area its subject lies in (as the later report has it, if it has the finding)
 * @param before       the finding in the earlier report, or {@code null} when new
 * @param after        the finding in the later report, or {@code null} when closed
 * @param firstSeen    the first period known to have it: the earlier report's for a finding in both
 *                     (or closed), the later report's for a new one; {@code null} when the report has no period
 */
public record FindingChange(ChangeKind kind, String federationId, Finding before, Finding after, AssessmentPeriod firstSeen) {
    /** The finding as last seen. */
    public Finding latest() {
        return after != null ? after : before;
    }

    public String requirementId() {
        return latest().requirementId();
    }

    public String subjectId() {
        return latest().subjectId();
    }

    /** The data code, for {@code DATA} findings; else {@code null}. */
    public String code() {
        return latest().code();
    }

    /** How the gap moved: later minus earlier, 0 unless the finding is in both. */
    public long gapChange() {
        return before == null || after == null ? 0 : after.gap() - before.gap();
    }
}
