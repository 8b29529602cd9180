package io.github.fulianrules.compare;

import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.report.Text;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The difference between two reports of one district, an earlier and a later one: every finding
 * of either, matched by requirement, subject and data code, as closed, new, persisting, narrowed
 * or widened; the counts per requirement and per federation; and warnings when the two were not
 * made with the same rules, catalogue or parameters.
 *
 * @param districtId   the district (the later report's)
 * @param name         its display name
 * @param before       the earlier report's period, or {@code null}
 * @param after        the later report's period, or {@code null}
 * @param warnings     what differs between the two reports' provenance, one sentence each in both languages; empty when comparable
 * @param changes      every finding of either report, by requirement, subject and code
 * @param byRequirement the counts per requirement, in requirement order ({@code DATA} last)
 * @param byFederation the counts per federation's area: the district, then each sub-district, then each community
 * @param total        the counts over every finding
 */
public record ReportDifference(String districtId, String name, AssessmentPeriod before, AssessmentPeriod after,
                               List<Text> warnings, List<FindingChange> changes,
                               Map<String, ChangeCounts> byRequirement, List<FederationCounts> byFederation,
                               ChangeCounts total) {
    public ReportDifference {
        warnings = List.copyOf(warnings);
        changes = List.copyOf(changes);
        byRequirement = Collections.unmodifiableMap(new LinkedHashMap<>(byRequirement));
        byFederation = List.copyOf(byFederation);
    }

    /** Whether nothing closed, appeared or changed its gap: a report compared with itself is empty. */
    public boolean isEmpty() {
        return !total.hasDifferences();
    }

    /** The changes of one kind. */
    public List<FindingChange> changes(ChangeKind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }
}
