package io.github.fulianrules.internal;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Where a district's records were read ({@code DistrictData.locations()}): an unmodifiable map
 * holding no null. {@code DistrictData} keeps a map of this class as it is and copies any other into
 * one; the reader hands over the map it filled without a copy (copying a district's thousands of
 * entries again was a fortieth of a national batch's CPU).
 */
public final class Locations extends AbstractMap<String, String> {
    private final Map<String, String> view;

    private Locations(Map<String, String> map) {
        this.view = Collections.unmodifiableMap(map);
    }

    /**
     * {@code locations} as they are when they are {@code Locations} already, else an unmodifiable
     * copy; a {@link NullPointerException} for a null id or location. Not {@code Map.copyOf}: it
     * probes linearly, and ids written in sequence ({@code p-0001}, {@code p-0002}, …) hash to
     * neighbouring slots, which made copying a district's locations a fifth of the time it takes to
     * read one.
     */
    public static Map<String, String> copyOf(Map<String, String> locations) {
        if (locations instanceof Locations kept) {
            return kept;
        }
        Map<String, String> copy = new HashMap<>(Math.max(16, (int) (locations.size() / 0.75f) + 1));
        locations.forEach((id, where) -> copy.put(Objects.requireNonNull(id, "a location's id"),
                Objects.requireNonNull(where, "a location")));
        return new Locations(copy);
    }

    /**
     * {@code filled} taken over as it is, without a copy: its maker put no null into it and changes
     * it no more.
     */
    public static Map<String, String> handedOver(HashMap<String, String> filled) {
        return new Locations(filled);
    }

    @Override
    public String get(Object id) {
        return view.get(id);
    }

    @Override
    public boolean containsKey(Object id) {
        return view.containsKey(id);
    }

    @Override
    public int size() {
        return view.size();
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super String> action) {
        view.forEach(action);
    }

    @Override
    public Set<String> keySet() {
        return view.keySet();
    }

    @Override
    public Collection<String> values() {
        return view.values();
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return view.entrySet();
    }
}
