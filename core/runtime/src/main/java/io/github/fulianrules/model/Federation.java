package io.github.fulianrules.model;

import java.util.List;

/**
 * A Women's Federation (妇联) at one level, with the place it serves.
 *
 * <p>{@code residentWomen} is the resident female population of the place (辖区常住妇女人口),
 * which the per-mille floor of sub-district executive committees (二(四)1) is computed from;
 * {@code null} when unknown. {@code parentId} names the federation one level up, {@code null}
 * for the district.
 *
 * @param id           unique identifier
 * @param level        district, sub-district or community
 * @param name         display name, e.g. "东湖街道妇联"
 * @param parentId     the federation one level up, or {@code null} for the district
 * @param residentWomen resident women in the place, or {@code null} when unknown
 */
public record Federation(String id, Level level, String name, String parentId, Integer residentWomen) implements Identified, Referencing {
    public Federation {
        Checks.required(id, "id");
        Checks.required(level, "level");
    }

    /** A federation whose population is not needed or not known. */
    public static Federation of(String id, Level level, String parentId) {
        return new Federation(id, level, id, parentId, null);
    }

    @Override
    public List<Ref> references() {
        return Refs.of("parentId", parentId, Federation.class);
    }
}
