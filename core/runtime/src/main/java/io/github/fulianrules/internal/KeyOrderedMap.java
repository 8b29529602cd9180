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
 * An unmodifiable map of strings over a hash map that iterates in the order of its keys, as a
 * {@code TreeMap} does, but sorts them only when it is first iterated: a report's names (thousands
 * on a full district, {@code Report.names()}, {@code Report.areas()}) and a district's locations
 * ({@link Locations}) are mostly looked up one by one, and sorting a report's names for every report
 * was a thirtieth of an evaluation. Lookups go to the hash map. Keys may not be null; values may,
 * unless a subclass says otherwise.
 */
public class KeyOrderedMap extends AbstractMap<String, String> {
    private final HashMap<String, String> byKey;
    /** The entries in the order of their keys, once iterated; a race sorts twice, to the same result. */
    private volatile Entry<String, String>[] sorted;

    /** A map over {@code byKey}, which its maker changes no more. */
    KeyOrderedMap(HashMap<String, String> byKey) {
        this.byKey = byKey;
    }

    /**
     * {@code map} as it is when it is a {@code KeyOrderedMap} already, else an unmodifiable copy; a
     * {@link NullPointerException} for a null key.
     */
    public static Map<String, String> copyOf(Map<String, String> map) {
        return map instanceof KeyOrderedMap kept ? kept : new KeyOrderedMap(copied(map, "a key", null));
    }

    /** {@code filled} taken over as it is, without a copy: its maker put no null key into it and changes it no more. */
    public static Map<String, String> handedOver(HashMap<String, String> filled) {
        return new KeyOrderedMap(filled);
    }

    /**
     * {@code map} copied into a hash map made large enough at once; a {@link NullPointerException}
     * with the message {@code key} for a null key, and {@code value} for a null value unless
     * {@code value} is null. Not {@code Map.copyOf}: it probes linearly, and ids written in sequence
     * ({@code p-0001}, {@code p-0002}, …) hash to neighbouring slots, which made copying a district's
     * locations a fifth of the time it takes to read one.
     */
    static HashMap<String, String> copied(Map<String, String> map, String key, String value) {
        HashMap<String, String> copy = new HashMap<>(Math.max(16, (int) (map.size() / 0.75f) + 1));
        map.forEach((k, v) -> copy.put(Objects.requireNonNull(k, key), value == null ? v : Objects.requireNonNull(v, value)));
        return copy;
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
