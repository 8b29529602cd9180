package io.github.fulianrules.rulesupport;

import io.github.fulianrules.model.ActivityType;
import io.github.fulianrules.model.Federation;

/**
 * The kind of subject each {@link ActivityType} is recorded against (Revision 3: an activity against
 * a subject of another kind is a {@code WRONG_SUBJECT} data finding, not silently left out).
 */
public final class ActivitySubjects {
    private ActivitySubjects() {
    }

    /**
     * The kind of subject an activity of {@code type} is recorded against, as a {@link SubjectType}'s
     * name, or {@code FEDERATION} for a federation of any level (an election).
     */
    public static String expected(ActivityType type) {
        return switch (type) {
            case REFORM_REPORT, TWO_STUDIES_ONE_ACTION, THEME_EDUCATION, ORGANIZATIONAL_LIFE, INTEGRITY_BUILDING,
                 EXECUTIVE_TRAINING, WORKING_RULES_REVISION, THEMED_PUBLICITY, STRICT_AND_SOLID_EDUCATION,
                 FIELD_VISIT -> SubjectType.DISTRICT_FEDERATION.name();
            case DELEGATE_CONTACT, GRASSROOTS_RESEARCH, GRASSROOTS_WOMENS_WORK, STATIONED_WORK,
                 HARDSHIP_PAIRING -> SubjectType.PERSON.name();
            case PUBLIC_WELFARE -> SubjectType.ACTIVITY_CENTRE.name();
            case CONGRESS -> SubjectType.SUB_DISTRICT_FEDERATION.name();
            case ELECTION -> "FEDERATION";
            case RESIDENTS_COMMITTEE_ELECTION -> SubjectType.COMMUNITY_FEDERATION.name();
            case DEMOCRATIC_CONSULTATION, PUBLIC_SERVICE, SOCIAL_GOVERNANCE -> SubjectType.WOMENS_HOME.name();
        };
    }

    /** Whether {@code subject}, a record of the input, is of the kind an activity of {@code type} is recorded against. */
    public static boolean fits(ActivityType type, Object subject) {
        String expected = expected(type);
        return "FEDERATION".equals(expected) ? subject instanceof Federation
                : SubjectType.of(subject).name().equals(expected);
    }
}
