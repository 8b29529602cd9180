package io.github.fulianrules.rulesupport;

import io.github.fulianrules.model.Activity;
import io.github.fulianrules.model.ActivityCentre;
import io.github.fulianrules.model.Building;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.model.Unit;
import io.github.fulianrules.model.Waiver;
import io.github.fulianrules.model.WomensGroup;
import io.github.fulianrules.model.WomensHome;

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
    INPUT;

    /** The subject type of a record of the model. */
    public static SubjectType of(Object record) {
        if (record instanceof Federation f) {
            return switch (f.level()) {
                case DISTRICT -> DISTRICT_FEDERATION;
                case SUB_DISTRICT -> SUB_DISTRICT_FEDERATION;
                case COMMUNITY -> COMMUNITY_FEDERATION;
            };
        }
        if (record instanceof Person) {
            return PERSON;
        }
        if (record instanceof Position) {
            return POSITION;
        }
        if (record instanceof WomensHome) {
            return WOMENS_HOME;
        }
        if (record instanceof Unit) {
            return UNIT;
        }
        if (record instanceof Building) {
            return BUILDING;
        }
        if (record instanceof ActivityCentre) {
            return ACTIVITY_CENTRE;
        }
        if (record instanceof WomensGroup) {
            return WOMENS_GROUP;
        }
        if (record instanceof Activity) {
            return ACTIVITY;
        }
        if (record instanceof Waiver) {
            return WAIVER;
        }
        return INPUT;
    }

    /** The id by which data findings name a record: its id, or a position's key. */
    public static String idOf(Object record) {
        if (record instanceof io.github.fulianrules.model.Identified i) {
            return i.id();
        }
        if (record instanceof Position p) {
            return p.key();
        }
        return String.valueOf(record);
    }
}
