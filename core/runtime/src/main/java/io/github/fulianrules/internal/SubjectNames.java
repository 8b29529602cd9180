package io.github.fulianrules.internal;

import io.github.fulianrules.model.ActivityCentre;
import io.github.fulianrules.model.Building;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.model.Unit;
import io.github.fulianrules.model.WomensHome;
import io.github.fulianrules.report.ModelLabels;
import io.github.fulianrules.report.Text;
import io.github.fulianrules.rulesupport.SubjectType;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * How messages name the subjects of findings: an organization by its name where the input gives
 * one ("东湖街道妇联"), else by its kind and id ("街道妇联 s1" / "sub-district federation s1"); a
 * person by name and id where the input gives a name ("李娟（p1）" / "李娟 (p1)"), else by kind and
 * id ("人员 p1" / "person p1"); a position by its holder, office and federation
 * ("东湖街道妇联主席李娟（p1）" / "李娟 (p1), chair of 东湖街道妇联"). The people's names go into the
 * reports, which their readers act on by name; never into logs ({@code Person.toString()} leaves it out).
 *
 * <p>Where two organizations share an id (itself a data finding) the first by kind and name is
 * used, so that the words never depend on the order of the facts.
 */
public final class SubjectNames {
    /** An organization with a display name. */
    private record Organization(SubjectType type, String name) {
    }

    private static final Comparator<Organization> FIRST = Comparator.comparing(Organization::type)
            .thenComparing(o -> o.name() == null ? "" : o.name());

    private final Map<String, Organization> organizations = new HashMap<>();
    /** The people's names by id; where two people share an id (a data finding), the first name in order. */
    private final Map<String, String> people = new HashMap<>();
    private final Collection<Position> positionRecords;
    /** The positions by {@link Position#key()}, made when a position is first named: few reports name one. */
    private Map<String, Position> positions;

    private SubjectNames(Collection<Position> positionRecords) {
        this.positionRecords = positionRecords;
    }

    /** The names of the organizations and the positions among {@code facts}. */
    public static SubjectNames of(DistrictData facts) {
        SubjectNames names = new SubjectNames(facts.positions());
        facts.federations().forEach(f -> names.organization(f.id(), SubjectType.of(f), f.name()));
        facts.womensHomes().forEach(h -> names.organization(h.id(), SubjectType.WOMENS_HOME, h.name()));
        facts.units().forEach(u -> names.organization(u.id(), SubjectType.UNIT, u.name()));
        facts.buildings().forEach(b -> names.organization(b.id(), SubjectType.BUILDING, b.name()));
        facts.activityCentres().forEach(c -> names.organization(c.id(), SubjectType.ACTIVITY_CENTRE, c.name()));
        facts.people().forEach(p -> names.person(p.id(), p.name()));
        return names;
    }

    /**
     * What of {@code fact} its subject's words depend on: the kind, id and name of an organization,
     * a position as a whole; null for a fact that names no subject. Two facts with the same identity
     * give the same words.
     */
    public static Object identity(Object fact) {
        if (fact instanceof Federation f) {
            return Arrays.asList(SubjectType.of(f), f.id(), f.name());
        } else if (fact instanceof WomensHome h) {
            return Arrays.asList(SubjectType.WOMENS_HOME, h.id(), h.name());
        } else if (fact instanceof Unit u) {
            return Arrays.asList(SubjectType.UNIT, u.id(), u.name());
        } else if (fact instanceof Building b) {
            return Arrays.asList(SubjectType.BUILDING, b.id(), b.name());
        } else if (fact instanceof ActivityCentre c) {
            return Arrays.asList(SubjectType.ACTIVITY_CENTRE, c.id(), c.name());
        } else if (fact instanceof Person p) {
            return Arrays.asList(SubjectType.PERSON, p.id(), p.name());
        }
        return fact instanceof Position ? fact : null;
    }

    private void organization(String id, SubjectType type, String name) {
        Organization o = new Organization(type, name == null || name.isBlank() || name.equals(id) ? null : name);
        organizations.merge(id, o, (a, b) -> FIRST.compare(a, b) <= 0 ? a : b);
    }

    private void person(String id, String name) {
        String stripped = name == null ? "" : name.strip();
        if (!stripped.isEmpty() && !stripped.equals(id)) {
            people.merge(id, stripped, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
    }

    /** A person by name and id ("李娟（p1）" / "李娟 (p1)"), or null when the input gives no name. */
    private Text person(String id) {
        String name = people.get(id);
        return name == null ? null : new Text(name + "（" + id + "）", name + " (" + id + ")");
    }

    /** The words for the subject {@code id} of kind {@code type}. */
    public Text phrase(String id, SubjectType type) {
        if (type == SubjectType.INPUT) {
            return new Text(id, id);
        }
        if (type == SubjectType.POSITION) {
            return position(id);
        }
        if (type == SubjectType.PERSON && person(id) != null) {
            return person(id);
        }
        Organization o = organizations.get(id);
        if (o != null && o.type() == type && o.name() != null) {
            return new Text(o.name(), o.name());
        }
        return byKind(type.name(), id);
    }

    /** An organization named by {@code id} in the words of {@link #phrase}, or the id as it is when none has it. */
    public Text named(String id) {
        Organization o = id == null ? null : organizations.get(id);
        return o == null ? new Text(id, id) : phrase(id, o.type());
    }

    private Text position(String key) {
        if (positions == null) {
            positions = new HashMap<>();
            positionRecords.forEach(r -> positions.putIfAbsent(r.key(), r));
        }
        Position p = positions.get(key);
        if (p == null) {
            return byKind(SubjectType.POSITION.name(), key);
        }
        Organization o = organizations.get(p.federationId());
        Text federation = o == null ? byKind("FEDERATION", p.federationId()) : phrase(p.federationId(), o.type());
        String role = p.role().name();
        Text holder = person(p.personId());
        String office = Messages.joinZh(federation.zh(), ModelLabels.value(role, "zh"));
        if (holder != null) {
            return new Text(office + holder.zh(), holder.en() + ", " + ModelLabels.value(role, "en") + " of " + federation.en());
        }
        return new Text(Messages.joinZh(office, p.personId()),
                p.personId() + " (" + ModelLabels.value(role, "en") + " of " + federation.en() + ")");
    }

    private static Text byKind(String kind, String id) {
        return new Text(Messages.joinZh(ModelLabels.subjectType(kind, "zh"), id), ModelLabels.subjectType(kind, "en") + " " + id);
    }
}
