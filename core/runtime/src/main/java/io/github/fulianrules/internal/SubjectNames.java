package io.github.fulianrules.internal;

import io.github.fulianrules.model.ActivityCentre;
import io.github.fulianrules.model.Building;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Identified;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.model.Unit;
import io.github.fulianrules.model.WomensHome;
import io.github.fulianrules.report.ModelLabels;
import io.github.fulianrules.report.Text;
import io.github.fulianrules.rulesupport.SubjectType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

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

    /** The kinds of subject that are organizations, named by their names. */
    private static final Set<SubjectType> ORGANIZATIONS = EnumSet.of(SubjectType.DISTRICT_FEDERATION,
            SubjectType.SUB_DISTRICT_FEDERATION, SubjectType.COMMUNITY_FEDERATION, SubjectType.WOMENS_HOME,
            SubjectType.UNIT, SubjectType.BUILDING, SubjectType.ACTIVITY_CENTRE);

    private static final Comparator<Organization> FIRST = Comparator.comparing(Organization::type)
            .thenComparing(o -> o.name() == null ? "" : o.name());

    /** The records of an id, of every kind: where the names are looked up when a finding names a subject. */
    private final Function<String, ? extends Collection<?>> recordsById;
    private final Supplier<? extends Collection<Position>> positionRecords;
    /** The positions by {@link Position#key()}, made when a position is first named: few reports name one. */
    private Map<String, Position> positions;

    private SubjectNames(Function<String, ? extends Collection<?>> recordsById,
                         Supplier<? extends Collection<Position>> positionRecords) {
        this.recordsById = recordsById;
        this.positionRecords = positionRecords;
    }

    /** The names of the organizations, the people and the positions among {@code facts}. */
    public static SubjectNames of(DistrictData facts) {
        Map<String, List<Object>> byId = new HashMap<>();
        for (List<? extends Identified> records : List.of(facts.federations(), facts.womensHomes(), facts.units(),
                facts.buildings(), facts.activityCentres(), facts.people())) {
            records.forEach(r -> byId.computeIfAbsent(r.id(), k -> new ArrayList<>(1)).add(r));
        }
        return over(id -> byId.getOrDefault(id, List.of()), facts::positions);
    }

    /**
     * The names of the records that {@code recordsById} gives for an id (a session's records, which it
     * holds by id already), looked up only for the subjects that findings name: a district's thousands
     * of people are not gathered for the few findings about one. {@code positions} gives the position
     * records, read when a position is first named.
     */
    public static SubjectNames over(Function<String, ? extends Collection<?>> recordsById,
                                    Supplier<? extends Collection<Position>> positions) {
        return new SubjectNames(recordsById, positions);
    }

    /**
     * What of {@code fact} its subject's words depend on: the kind, id and name of an organization,
     * a position as a whole; null for a fact that names no subject. Two facts with the same identity
     * give the same words.
     */
    public static Object identity(Object fact) {
        if (fact instanceof Position) {
            return fact;
        }
        SubjectType type = SubjectType.of(fact);
        return type == SubjectType.PERSON || ORGANIZATIONS.contains(type)
                ? Arrays.asList(type, ((Identified) fact).id(), nameOf(fact)) : null;
    }

    /** The name a record gives itself, as written: an organization's or a person's; null for a record of any other kind. */
    public static String nameOf(Object record) {
        if (record instanceof Federation f) {
            return f.name();
        } else if (record instanceof WomensHome h) {
            return h.name();
        } else if (record instanceof Unit u) {
            return u.name();
        } else if (record instanceof Building b) {
            return b.name();
        } else if (record instanceof ActivityCentre c) {
            return c.name();
        }
        return record instanceof Person p ? p.name() : null;
    }

    /**
     * The organization of id {@code id}, with its name where it has one other than its id; of
     * organizations sharing the id (itself a data finding), the first by kind and name. Null for none.
     */
    private Organization organization(String id) {
        Organization first = null;
        for (Object r : recordsById.apply(id)) {
            Organization o = organizationOf(r);
            if (o != null && (first == null || FIRST.compare(o, first) < 0)) {
                first = o;
            }
        }
        return first;
    }

    private static Organization organizationOf(Object record) {
        SubjectType type = SubjectType.of(record);
        return ORGANIZATIONS.contains(type) ? organization(((Identified) record).id(), type, nameOf(record)) : null;
    }

    private static Organization organization(String id, SubjectType type, String name) {
        return new Organization(type, name == null || name.isBlank() || name.equals(id) ? null : name);
    }

    /** A person by name and id ("李娟（p1）" / "李娟 (p1)"), or null when the input gives no name; of people sharing the id, the first name in order. */
    private Text person(String id) {
        String name = null;
        for (Object r : recordsById.apply(id)) {
            String stripped = r instanceof Person p && p.name() != null ? p.name().strip() : "";
            if (!stripped.isEmpty() && !stripped.equals(id) && (name == null || stripped.compareTo(name) < 0)) {
                name = stripped;
            }
        }
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
        Text person = type == SubjectType.PERSON ? person(id) : null;
        if (person != null) {
            return person;
        }
        Organization o = organization(id);
        if (o != null && o.type() == type && o.name() != null) {
            return new Text(o.name(), o.name());
        }
        return byKind(type.name(), id);
    }

    /** An organization named by {@code id} in the words of {@link #phrase}, or the id as it is when none has it. */
    public Text named(String id) {
        Organization o = id == null ? null : organization(id);
        return o == null ? new Text(id, id) : phrase(id, o.type());
    }

    private Text position(String key) {
        if (positions == null) {
            positions = new HashMap<>();
            positionRecords.get().forEach(r -> positions.putIfAbsent(r.key(), r));
        }
        Position p = positions.get(key);
        if (p == null) {
            return byKind(SubjectType.POSITION.name(), key);
        }
        Organization o = organization(p.federationId());
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
