package io.github.fulianrules.model;

/** A civil-service rank; 二(四)1 asks for 正科 (section chief) held as a substantive post (实职). */
public enum Rank {
    NONE,
    /** 科员. */
    SECTION_MEMBER,
    /** 副科. */
    DEPUTY_SECTION_CHIEF,
    /** 正科. */
    SECTION_CHIEF,
    /** 副处. */
    DEPUTY_DIVISION_CHIEF,
    /** 正处. */
    DIVISION_CHIEF
}
