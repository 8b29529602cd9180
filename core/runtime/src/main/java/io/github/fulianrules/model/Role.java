package io.github.fulianrules.model;

/** A position in or for a Women's Federation. */
public enum Role {
    /** 主席. */
    CHAIR,
    /** 专职副主席. */
    FULL_TIME_VICE_CHAIR,
    /** 兼职副主席. */
    PART_TIME_VICE_CHAIR,
    /** 执委会委员 (执委). */
    EXECUTIVE_MEMBER,
    /** 常委会委员 (常委). */
    STANDING_MEMBER,
    /** 妇女代表大会代表. */
    CONGRESS_DELEGATE,
    /** 区妇联领导干部. */
    LEADING_CADRE,
    /** 区妇联机关干部. */
    OFFICE_CADRE,
    /** 专业社会工作者 in a government-purchased post (政府购买服务岗位). */
    SOCIAL_WORKER;

    /**
     * Whether the role is one of a federation's officers (chair, full-time or part-time vice-chair):
     * one person holds at most one of them in a federation.
     */
    public boolean isOfficer() {
        return this == CHAIR || this == FULL_TIME_VICE_CHAIR || this == PART_TIME_VICE_CHAIR;
    }
}
