package io.github.fulianrules.report;

import io.github.fulianrules.model.Level;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of the {@link Scorecard}: how the subjects of one area fared, per requirement and in
 * total. The area is the district (every subject), a sub-district (its own subjects and those of
 * its communities) or a community.
 *
 * @param areaId       the federation whose area this is; {@code null} for a district line without a district federation
 * @param name         the federation's display name, or its id when it has none
 * @param level        district, sub-district or community
 * @param parentId     the federation one level up, {@code null} for the district line
 * @param requirements per requirement: subjects checked, met, waived; in catalogue order
 */
public record ScoreLine(String areaId, String name, Level level, String parentId,
                        Map<String, RequirementScore> requirements) {
    public ScoreLine {
        requirements = Collections.unmodifiableMap(new LinkedHashMap<>(requirements));
    }

    /** Checks made in the area, over all requirements (a subject checked on two requirements counts twice). */
    public int checked() {
        return requirements.values().stream().mapToInt(RequirementScore::checked).sum();
    }

    /** Checks met. */
    public int met() {
        return requirements.values().stream().mapToInt(RequirementScore::met).sum();
    }

    /** Checks not met but covered by a valid waiver. */
    public int waived() {
        return requirements.values().stream().mapToInt(RequirementScore::waived).sum();
    }

    /** Checks not met and not waived. */
    public int unmet() {
        return checked() - met() - waived();
    }

    /**
     * Share of checks met or waived, in percent with one decimal; {@code null} when nothing was
     * checked in the area (a rate of nothing is not 100%).
     */
    public Double ratePercent() {
        int checked = checked();
        return checked == 0 ? null : Math.round(1000.0 * (met() + waived()) / checked) / 10.0;
    }
}
