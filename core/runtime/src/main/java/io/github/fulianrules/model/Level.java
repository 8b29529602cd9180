package io.github.fulianrules.model;

/** The tier of a Women's Federation: 区妇联, 街道妇联 or 社区妇联. */
public enum Level {
    /** 区妇联: the district federation. */
    DISTRICT,
    /** 街道妇联: a sub-district federation. */
    SUB_DISTRICT,
    /** 社区妇联: a community federation. */
    COMMUNITY;

    /** The level a federation of this level reports to; {@code null} for the district. */
    public Level parent() {
        return switch (this) {
            case DISTRICT -> null;
            case SUB_DISTRICT -> DISTRICT;
            case COMMUNITY -> SUB_DISTRICT;
        };
    }
}
