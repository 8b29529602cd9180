package io.github.fulianrules.compare;

import io.github.fulianrules.internal.NaturalOrder;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.report.RequirementIds;
import io.github.fulianrules.report.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The differences of many districts taken together, for two report files of many districts: the
 * counts per requirement, per district federation and in all, the warnings of every pair (each
 * once), and the districts found in one file only. Holds counts, not findings, so that a nation
 * can be summed in little memory.
 *
 * <pre>{@code
 * DiffSummary.Builder all = DiffSummary.builder();
 * pairs.forEach(p -> all.add(ReportDiff.between(p.before(), p.after())));
 * DiffSummary summary = all.build();
 * }</pre>
 *
 * @param warnings      every distinct warning, in the order first met
 * @param byRequirement the counts per requirement, in requirement order
 * @param districts     the counts per district federation, by id
 * @param onlyBefore    districts in the earlier file only
 * @param onlyAfter     districts in the later file only
 * @param total         the counts over every district
 */
public record DiffSummary(List<Text> warnings, Map<String, ChangeCounts> byRequirement, List<FederationCounts> districts,
                          List<String> onlyBefore, List<String> onlyAfter, ChangeCounts total) {
    public DiffSummary {
        warnings = List.copyOf(warnings);
        byRequirement = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byRequirement));
        districts = List.copyOf(districts);
        onlyBefore = List.copyOf(onlyBefore);
        onlyAfter = List.copyOf(onlyAfter);
    }

    /** Whether nothing closed, appeared or changed its gap in any district, and no district is in one file only. */
    public boolean isEmpty() {
        return !total.hasDifferences() && onlyBefore.isEmpty() && onlyAfter.isEmpty();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Sums differences one district at a time. Not thread-safe. */
    public static final class Builder {
        private final Set<Text> warnings = new LinkedHashSet<>();
        private final Map<String, ChangeCounts> byRequirement = new TreeMap<>(RequirementIds.ORDER);
        private final List<FederationCounts> districts = new ArrayList<>();
        private final List<String> onlyBefore = new ArrayList<>();
        private final List<String> onlyAfter = new ArrayList<>();
        private ChangeCounts total = ChangeCounts.NONE;

        private Builder() {
        }

        /** Adds one district's difference. */
        public Builder add(ReportDifference d) {
            warnings.addAll(d.warnings());
            d.byRequirement().forEach((id, c) -> byRequirement.merge(id, c, ChangeCounts::plus));
            districts.add(new FederationCounts(d.districtId(), d.name(), Level.DISTRICT, null, d.total()));
            total = total.plus(d.total());
            return this;
        }

        /** Notes a district that only the earlier file has: its findings are not counted as closed. */
        public Builder onlyBefore(String districtId) {
            onlyBefore.add(districtId);
            return this;
        }

        /** Notes a district that only the later file has: its findings are not counted as new. */
        public Builder onlyAfter(String districtId) {
            onlyAfter.add(districtId);
            return this;
        }

        public DiffSummary build() {
            List<FederationCounts> sorted = new ArrayList<>(districts);
            sorted.sort(Comparator.comparing(FederationCounts::federationId, NaturalOrder.IDS));
            List<Text> warned = new ArrayList<>(warnings);
            if (!onlyBefore.isEmpty()) {
                warned.add(ReportDiff.warning("onlyBefore", onlyBefore.size(), list(onlyBefore)));
            }
            if (!onlyAfter.isEmpty()) {
                warned.add(ReportDiff.warning("onlyAfter", onlyAfter.size(), list(onlyAfter)));
            }
            return new DiffSummary(warned, byRequirement, sorted, onlyBefore, onlyAfter, total);
        }

        private static String list(List<String> ids) {
            return ids.size() <= 10 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 10)) + ", …";
        }
    }
}
