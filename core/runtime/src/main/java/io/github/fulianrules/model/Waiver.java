package io.github.fulianrules.model;

import java.time.LocalDate;

/**
 * An approved exemption (豁免) from an IN_PRINCIPLE (原则上) requirement for one subject.
 *
 * <p>A waiver applies when it names the requirement and subject of a finding and is valid on the
 * last day of the assessment period. The finding is still reported, marked waived, with the reason.
 * A waiver for a requirement that is not IN_PRINCIPLE is refused with a data finding, and so is one
 * whose subject does not exist or is not a subject that its requirement is checked on.
 *
 * @param id            unique identifier
 * @param requirementId e.g. {@code FL-2.4a}
 * @param subjectId     the subject exempted
 * @param reason        why
 * @param approver      who approved it
 * @param validFrom     first day it holds
 * @param validUntil    last day it holds
 */
public record Waiver(String id, String requirementId, String subjectId, String reason, String approver,
                     LocalDate validFrom, LocalDate validUntil) implements Identified {
    public Waiver {
        Checks.required(id, "id");
        Checks.required(requirementId, "requirementId");
        Checks.required(subjectId, "subjectId");
        Checks.required(reason, "reason");
        Checks.required(approver, "approver");
        Checks.required(validFrom, "validFrom");
        Checks.required(validUntil, "validUntil");
    }

    /** Whether the waiver holds on the given day. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }
}
