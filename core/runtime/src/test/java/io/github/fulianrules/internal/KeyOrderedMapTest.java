package io.github.fulianrules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class KeyOrderedMapTest {
    @Test
    void itIteratesLooksUpComparesAndPrintsAsATreeMapOfTheSameEntries() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            Map<String, String> given = new HashMap<>();
            for (int i = random.nextInt(40); i > 0; i--) {
                given.put("k" + random.nextInt(1000), random.nextInt(5) == 0 ? null : "v" + random.nextInt(10));
            }
            TreeMap<String, String> expected = new TreeMap<>(given);

            Map<String, String> map = KeyOrderedMap.copyOf(given);

            assertThat(new ArrayList<>(map.entrySet())).isEqualTo(new ArrayList<>(expected.entrySet()));
            assertThat(new ArrayList<>(map.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
            assertThat(map).isEqualTo(expected).hasSameHashCodeAs(expected).hasSize(expected.size());
            assertThat(expected).isEqualTo(map);
            assertThat(map.toString()).isEqualTo(expected.toString());
            for (String key : List.of("k1", "k500", "absent")) {
                assertThat(map.get(key)).isEqualTo(expected.get(key));
                assertThat(map.containsKey(key)).isEqualTo(expected.containsKey(key));
                assertThat(map.getOrDefault(key, "default")).isEqualTo(expected.getOrDefault(key, "default"));
            }
        }
    }

    @Test
    void nothingChangesItNorTheMapItWasCopiedFrom() {
        HashMap<String, String> given = new HashMap<>(Map.of("b", "2", "a", "1"));
        Map<String, String> map = KeyOrderedMap.copyOf(given);
        given.put("c", "3");

        assertThat(map).containsExactly(Map.entry("a", "1"), Map.entry("b", "2"));
        assertThatThrownBy(() -> map.put("d", "4")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(map::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.entrySet().iterator().next().setValue("0")).isInstanceOf(UnsupportedOperationException.class);
        Iterator<String> keys = map.keySet().iterator();
        keys.next();
        assertThatThrownBy(keys::remove).isInstanceOf(UnsupportedOperationException.class);
        assertThat(map).containsExactly(Map.entry("a", "1"), Map.entry("b", "2"));
    }

    @Test
    void aKeyOrderedMapIsKeptAsItIsAndANullKeyIsRefused() {
        Map<String, String> map = KeyOrderedMap.copyOf(Map.of("a", "1"));

        assertThat(KeyOrderedMap.copyOf(map)).isSameAs(map);
        Map<String, String> withNullKey = new HashMap<>();
        withNullKey.put(null, "1");
        assertThatThrownBy(() -> KeyOrderedMap.copyOf(withNullKey)).isInstanceOf(NullPointerException.class);
    }
}
