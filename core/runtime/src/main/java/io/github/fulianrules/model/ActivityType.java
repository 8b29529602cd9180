package io.github.fulianrules.model;

/**
 * What a dated {@link Activity} record is, and whom its subject must be. For the types that
 * {@link #countsDays() count days} the record's {@code days} says how many days from its date the
 * work (or the pairing) occupies; only the days inside an assessment period count toward it.
 */
public enum ActivityType {
    /** 区妇联向区委汇报改革工作推进情况; subject: district federation. */
    REFORM_REPORT,
    /** "两学一做"学习教育 by the party group; subject: district federation. */
    TWO_STUDIES_ONE_ACTION,
    /** "不忘初心 牢记使命"主题教育; subject: district federation. */
    THEME_EDUCATION,
    /** 党的组织生活; subject: district federation. */
    ORGANIZATIONAL_LIFE,
    /** 党风廉政建设; subject: district federation. */
    INTEGRITY_BUILDING,
    /** A congress delegate's contact with women; subject: the delegate (person). */
    DELEGATE_CONTACT,
    /** 执委培训班; subject: district federation. */
    EXECUTIVE_TRAINING,
    /** Revision of the executive and standing committees' working rules; subject: district federation. */
    WORKING_RULES_REVISION,
    /** A public-welfare activity; subject: the activity centre. */
    PUBLIC_WELFARE,
    /** 深入基层调研; subject: a leading cadre (person); {@code days} counts. */
    GRASSROOTS_RESEARCH,
    /** 蹲点 at a sub-district or community; subject: an office cadre (person); {@code days} counts. */
    STATIONED_WORK,
    /** A women's congress convened; subject: a sub-district federation. */
    CONGRESS,
    /** An election (换届) of a federation; subject: the federation. */
    ELECTION,
    /** An election of the residents' committee (居委会换届); subject: the community federation of that community. */
    RESIDENTS_COMMITTEE_ELECTION,
    /** 基层民主协商 hosted by a Women's Home; subject: the home. */
    DEMOCRATIC_CONSULTATION,
    /** 公共服务 hosted by a Women's Home; subject: the home. */
    PUBLIC_SERVICE,
    /** 社会治理 hosted by a Women's Home; subject: the home. */
    SOCIAL_GOVERNANCE,
    /** "巾帼心向党 建功新时代" themed publicity and education; subject: district federation. */
    THEMED_PUBLICITY,
    /** Cadre education and management under the "三严三实" requirements, 二(一)2; subject: district federation. */
    STRICT_AND_SOLID_EDUCATION,
    /** 深入基层开展妇女工作 (grassroots women's work, 二(三)1); subject: a leading cadre (person); {@code days} counts. */
    GRASSROOTS_WOMENS_WORK,
    /**
     * 同困难家庭结对子, 二(三)2: a pairing with a family in hardship, from {@code date} for {@code days}
     * days; subject: an office cadre (person).
     */
    HARDSHIP_PAIRING,
    /** "下基层、访妇情、办实事" work, 二(三)2; subject: district federation. */
    FIELD_VISIT;

    /** Whether a record of this type says with {@code days} how long it lasts. */
    public boolean countsDays() {
        return this == GRASSROOTS_RESEARCH || this == GRASSROOTS_WOMENS_WORK || this == STATIONED_WORK
                || this == HARDSHIP_PAIRING;
    }
}
