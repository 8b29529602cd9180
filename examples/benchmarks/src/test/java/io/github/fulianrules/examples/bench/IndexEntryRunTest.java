package io.github.fulianrules.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.model.DistrictData;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link IndexEntryRun} reaches into the engine's network and memories, which an upgrade of Drools
 * may move: the count must still be of what it says, the entries of each join.
 */
class IndexEntryRunTest {
    private static final String OUTSTANDING = "derived: outstanding representatives in each district body";

    @Test
    void theOutstandingRepresentativesRuleKeepsAnEntryForEveryPositionAndEveryPersonRecord() throws Exception {
        DistrictData sample = DistrictReader.read(Path.of("..", "sample", "district.json"));
        Map<String, Integer> facts = new TreeMap<>();

        List<IndexEntryRun.Join> joins = IndexEntryRun.joins(sample, facts);

        // Its constraints name the district and the role, which only the join knows: nothing filters
        // the positions or the person records before they are indexed.
        assertThat(joins).filteredOn(j -> j.rules().equals(List.of(OUTSTANDING)))
                .extracting(IndexEntryRun.Join::factType, IndexEntryRun.Join::entries)
                .containsExactlyInAnyOrder(tuple("Position", sample.positions().size()), tuple("Person", sample.people().size()));
        assertThat(joins).extracting(IndexEntryRun.Join::entries).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(facts).containsEntry("Person", sample.people().size()).containsEntry("Position", sample.positions().size());
    }
}
