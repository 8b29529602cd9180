package io.github.fulianrules.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Where a district's records were read ({@code DistrictData.locations()}): a {@link KeyOrderedMap}
 * holding no null. {@code DistrictData} keeps a map of this class as it is and copies any other into
 * one; the reader hands over the map it filled without a copy (copying a district's thousands of
 * entries again was a fortieth of a national batch's CPU).
 */
public final class Locations extends KeyOrderedMap {
    private Locations(HashMap<String, String> byId) {
        super(byId);
    }

    /**
     * {@code locations} as they are when they are {@code Locations} already, else an unmodifiable
     * copy; a {@link NullPointerException} for a null id or location.
     */
    public static Map<String, String> copyOf(Map<String, String> locations) {
        return locations instanceof Locations kept ? kept : new Locations(copied(locations, "a location's id", "a location"));
    }

    /**
     * {@code filled} taken over as it is, without a copy: its maker put no null into it and changes
     * it no more.
     */
    public static Map<String, String> handedOver(HashMap<String, String> filled) {
        return new Locations(filled);
    }
}
