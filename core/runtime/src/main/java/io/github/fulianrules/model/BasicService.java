package io.github.fulianrules.model;

/** The four basic service functions of a Women's Home, 二(四)4. */
public enum BasicService {
    /** 维护权益. */
    RIGHTS_PROTECTION,
    /** 创业就业. */
    ENTREPRENEURSHIP_EMPLOYMENT,
    /** 家庭建设. */
    FAMILY_BUILDING,
    /** 困难帮扶. */
    HARDSHIP_ASSISTANCE
}
