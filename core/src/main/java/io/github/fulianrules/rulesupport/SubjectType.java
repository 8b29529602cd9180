package io.github.fulianrules.rulesupport;

/** What kind of thing a finding is about. */
public enum SubjectType {
    DISTRICT_FEDERATION,
    SUB_DISTRICT_FEDERATION,
    COMMUNITY_FEDERATION,
    PERSON,
    POSITION,
    WOMENS_HOME,
    UNIT,
    BUILDING,
    ACTIVITY_CENTRE,
    WOMENS_GROUP,
    ACTIVITY,
    WAIVER,
    INPUT
}
