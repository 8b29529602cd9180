package io.github.fulianrules.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An unmodifiable map of a report ({@code Report.names()}, {@code Report.areas()}) that iterates in
 * the order of its keys, as a {@code TreeMap} does, but sorts them only when it is first iterated:
 * a report's names (thousands on a full district) are mostly looked up one by one, and sorting them
 * for every report was a thirtieth of an evaluation. Lookups go to a hash map. Keys may not be null;
 * values may.
 */
public final class KeyOrderedMap extends AbstractMap<String, String> {
    private final HashMap<String, String> byKey;
    /** The entries in the order of their keys, once iterated; a race sorts twice, to the same result. */
    private volatile Entry<String, String>[] sorted;

    private KeyOrderedMap(HashMap<String, String> byKey) {
        this.byKey = byKey;
    }

    /**
     * {@code map} as it is when it is a {@code KeyOrderedMap} already, else an unmodifiable copy; a
     * {@link NullPointerException} for a null key.
     */
    public static Map<String, String> copyOf(Map<String, String> map) {
        if (map instanceof KeyOrderedMap kept) {
            return kept;
        }
        HashMap<String, String> copy = new HashMap<>(Math.max(16, (int) (map.size() / 0.75f) + 1));
        map.forEach((key, value) -> copy.put(Objects.requireNonNull(key, "a key"), value));
        return new KeyOrderedMap(copy);
    }

    /** {@code filled} taken over as it is, without a copy: its maker put no null key into it and changes it no more. */
    public static Map<String, String> handedOver(HashMap<String, String> filled) {
        return new KeyOrderedMap(filled);
    }

    @Override
    public String get(Object key) {
        return byKey.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return byKey.containsKey(key);
    }

    @Override
    public String getOrDefault(Object key, String fallback) {
        return byKey.getOrDefault(key, fallback);
    }

    @Override
    public int size() {
        return byKey.size();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || byKey.equals(o);
    }

    @Override
    public int hashCode() {
        return byKey.hashCode();
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return Arrays.asList(sorted()).iterator();
            }

            @Override
            public int size() {
                return byKey.size();
            }
        };
    }

    @SuppressWarnings("unchecked")
    private Entry<String, String>[] sorted() {
        Entry<String, String>[] entries = sorted;
        if (entries == null) {
            entries = byKey.entrySet().stream().map(e -> new SimpleImmutableEntry<>(e)).toArray(Entry[]::new);
            Arrays.sort(entries, Entry.comparingByKey());
            sorted = entries;
        }
        return entries;
    }
}
