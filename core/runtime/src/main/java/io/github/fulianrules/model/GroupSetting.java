package io.github.fulianrules.model;

/** The smallest units of women's lives a community federation reaches into, 二(四)3. */
public enum GroupSetting {
    /** 居民小组. */
    RESIDENTS_GROUP,
    /** 兴趣小组. */
    INTEREST_GROUP
}
