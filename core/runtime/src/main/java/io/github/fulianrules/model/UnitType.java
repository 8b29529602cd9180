package io.github.fulianrules.model;

/** The kinds of unit in which 二(四)3 asks for a women's organization. */
public enum UnitType {
    /** 党政机关: must have one (全覆盖). */
    PARTY_GOVERNMENT_ORGAN,
    /** 教科文卫等事业单位: must have one (全覆盖). */
    PUBLIC_INSTITUTION,
    /** 非公有制经济组织: encouraged. */
    NON_PUBLIC_ENTERPRISE,
    /** 社会组织: encouraged. */
    SOCIAL_ORGANIZATION,
    /** 科技园区 and other places where women concentrate: encouraged. */
    TECHNOLOGY_PARK,
    /** 新群体 such as square-dance teams or freelancers: encouraged. */
    NEW_GROUP
}
