package io.github.fulianrules.examples.baseline;

import io.github.fulianrules.model.Activity;
import io.github.fulianrules.model.ActivityCentre;
import io.github.fulianrules.model.ActivityType;
import io.github.fulianrules.model.Building;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Gender;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.model.Role;
import io.github.fulianrules.model.Unit;
import io.github.fulianrules.model.Waiver;
import io.github.fulianrules.model.WomensHome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Edits of a generated district that bring up what the generator never writes and revision 2's
 * counting rules are about: one person in two offices of a federation, unknown genders and person
 * records, outstanding members who are not women, work overlapping other work or running over New
 * Year, records without their days, waivers that match nothing, centres of other federations,
 * empty bodies, odd counts, positions listed twice and dated records at no sensible date. The same
 * district and random stream always give the same edits.
 */
final class RevisionTwoEdits {
    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);
    private static final Set<ActivityType> DATED = EnumSet.of(ActivityType.CONGRESS, ActivityType.ELECTION,
            ActivityType.RESIDENTS_COMMITTEE_ELECTION, ActivityType.WORKING_RULES_REVISION);
    private final SplittableRandom r;
    private final List<Federation> federations;
    private final List<Person> people;
    private final List<Position> positions;
    private final List<Unit> units;
    private final List<WomensHome> homes;
    private final List<Building> buildings;
    private final List<ActivityCentre> centres;
    private final List<Activity> activities;
    private final List<Waiver> waivers;
    private final DistrictData data;
    private final String district;
    private int added;

    private RevisionTwoEdits(DistrictData data, SplittableRandom r) {
        this.data = data;
        this.r = r;
        federations = new ArrayList<>(data.federations());
        people = new ArrayList<>(data.people());
        positions = new ArrayList<>(data.positions());
        units = new ArrayList<>(data.units());
        homes = new ArrayList<>(data.womensHomes());
        buildings = new ArrayList<>(data.buildings());
        centres = new ArrayList<>(data.activityCentres());
        activities = new ArrayList<>(data.activities());
        waivers = new ArrayList<>(data.waivers());
        district = data.district().orElseThrow().id();
    }

    /** {@code data} with {@code edits} edits drawn from {@code r}. */
    static DistrictData apply(DistrictData data, SplittableRandom r, int edits) {
        RevisionTwoEdits e = new RevisionTwoEdits(data, r);
        for (int i = 0; i < edits; i++) {
            e.one();
        }
        return e.build();
    }

    private void one() {
        switch (r.nextInt(17)) {
            case 0 -> conflictingOffices();
            case 1 -> person(this::interesting, p -> new Person(p.id(), p.name(), null, p.outstandingRepresentative(),
                    p.leadershipTeamOf(), p.twoCommitteesOf(), p.rank(), p.substantiveRank()));
            case 2 -> person(this::interesting, p -> null);
            case 3 -> person(p -> holds(p, district, Role.CONGRESS_DELEGATE, Role.EXECUTIVE_MEMBER, Role.STANDING_MEMBER),
                    p -> new Person(p.id(), p.name(), Gender.MALE, true, p.leadershipTeamOf(), p.twoCommitteesOf(), p.rank(),
                            p.substantiveRank()));
            case 4 -> work(Role.LEADING_CADRE, r.nextBoolean() ? ActivityType.GRASSROOTS_WOMENS_WORK : ActivityType.GRASSROOTS_RESEARCH);
            case 5 -> work(Role.OFFICE_CADRE, ActivityType.STATIONED_WORK);
            case 6 -> work(Role.OFFICE_CADRE, ActivityType.HARDSHIP_PAIRING);
            case 7 -> waiver();
            case 8 -> centres.add(new ActivityCentre(district + "-centre" + (++added), "centre", pick(Level.SUB_DISTRICT).id(),
                    r.nextBoolean(), true));
            case 9 -> {
                Role body = new Role[] {Role.CONGRESS_DELEGATE, Role.EXECUTIVE_MEMBER, Role.STANDING_MEMBER}[r.nextInt(3)];
                positions.removeIf(p -> p.federationId().equals(district) && p.role() == body);
            }
            case 10 -> oddCount();
            case 11 -> outOfRange();
            case 12 -> notRecorded();
            case 13 -> wrongSubject();
            case 14 -> {   // Revision 3: a stint of zero days
                List<Activity> counted = activities.stream().filter(a -> a.type().countsDays()).toList();
                if (!counted.isEmpty()) {
                    Activity a = counted.get(r.nextInt(counted.size()));
                    activities.set(activities.indexOf(a), new Activity(a.id(), a.type(), a.subjectId(), a.date(), 0));
                }
            }
            case 15 -> {   // Revision 3: no leading or no office cadre
                Role cadre = r.nextBoolean() ? Role.LEADING_CADRE : Role.OFFICE_CADRE;
                positions.removeIf(p -> p.federationId().equals(district) && p.role() == cadre);
            }
            default -> {
                // A position listed twice, as two equal records, as a reader gives them. (The very same
                // instance listed twice is inserted once by the engine and gives no DUPLICATE_POSITION.)
                Position p = positions.get(r.nextInt(positions.size()));
                positions.add(new Position(p.personId(), p.federationId(), p.role()));
            }
        }
    }

    /**
     * Revision 3: a yes/no, a rank or a list left out (not recorded): a unit's, a building's, the
     * centre's, a full-time vice-chair's, or a Women's Home's.
     */
    private void notRecorded() {
        switch (r.nextInt(5)) {
            case 0 -> {
                int i = r.nextInt(units.size());
                Unit u = units.get(i);
                int which = r.nextInt(3);
                units.set(i, new Unit(u.id(), u.name(), u.type(), u.federationId(), u.women(),
                        which == 0 ? null : u.womensOrganization(), which == 1 ? null : u.functionalPartyBranch(),
                        which == 2 ? null : u.guidedByFederation()));
            }
            case 1 -> {
                if (!buildings.isEmpty()) {
                    int i = r.nextInt(buildings.size());
                    Building b = buildings.get(i);
                    buildings.set(i, new Building(b.id(), b.name(), b.federationId(), null));
                }
            }
            case 2 -> {
                if (!centres.isEmpty()) {
                    int i = r.nextInt(centres.size());
                    ActivityCentre c = centres.get(i);
                    boolean first = r.nextBoolean();
                    centres.set(i, new ActivityCentre(c.id(), c.name(), c.federationId(),
                            first ? null : c.positioningDefined(), first ? c.structureDefined() : null));
                }
            }
            case 3 -> person(p -> positions.stream().anyMatch(q -> q.personId().equals(p.id())
                    && q.role() == Role.FULL_TIME_VICE_CHAIR), p -> new Person(p.id(), p.name(), p.gender(),
                    p.outstandingRepresentative(), p.leadershipTeamOf(), p.twoCommitteesOf(),
                    r.nextBoolean() ? null : p.rank(), r.nextBoolean() ? null : p.substantiveRank()));
            default -> {
                if (!homes.isEmpty()) {
                    int i = r.nextInt(homes.size());
                    WomensHome h = homes.get(i);
                    boolean haves = r.nextBoolean();
                    homes.set(i, new WomensHome(h.id(), h.name(), h.federationId(), haves ? null : h.haves(),
                            haves ? h.services() : null, h.demonstration()));
                }
            }
        }
    }

    /** Revision 3: an activity recorded against a record of another kind than its type's subject. */
    private void wrongSubject() {
        Activity a = activities.get(r.nextInt(activities.size()));
        String subject = switch (r.nextInt(3)) {
            case 0 -> district;
            case 1 -> pick(Level.SUB_DISTRICT).id();
            default -> people.get(r.nextInt(people.size())).id();
        };
        activities.set(activities.indexOf(a), new Activity(a.id(), a.type(), subject, a.date(), a.days()));
    }

    /** One person in two offices of one federation: an officer given another office of it. */
    private void conflictingOffices() {
        List<Position> officers = positions.stream().filter(p -> p.role().isOfficer()).toList();
        Position p = officers.get(r.nextInt(officers.size()));
        Role other = p.role() == Role.CHAIR ? (r.nextBoolean() ? Role.FULL_TIME_VICE_CHAIR : Role.PART_TIME_VICE_CHAIR)
                : r.nextBoolean() ? Role.CHAIR : p.role() == Role.FULL_TIME_VICE_CHAIR ? Role.PART_TIME_VICE_CHAIR
                : Role.FULL_TIME_VICE_CHAIR;
        positions.add(new Position(p.personId(), p.federationId(), other));
    }

    /** Whether {@code p} holds an office a check judges by the person's record or counts outstanding. */
    private boolean interesting(Person p) {
        return positions.stream().anyMatch(q -> q.personId().equals(p.id())
                && (q.role() == Role.CHAIR || q.role() == Role.FULL_TIME_VICE_CHAIR
                || q.federationId().equals(district) && (q.role() == Role.PART_TIME_VICE_CHAIR || p.outstandingRepresentative())));
    }

    private boolean holds(Person p, String federation, Role... roles) {
        return positions.stream().anyMatch(q -> q.personId().equals(p.id()) && q.federationId().equals(federation)
                && List.of(roles).contains(q.role()));
    }

    /** A person matching {@code which} changed by {@code change} (removed when it gives null). */
    private void person(Predicate<Person> which, UnaryOperator<Person> change) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            if (which.test(people.get(i))) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        int i = candidates.get(r.nextInt(candidates.size()));
        Person changed = change.apply(people.get(i));
        if (changed == null) {
            people.remove(i);
        } else {
            people.set(i, changed);
        }
    }

    /**
     * A record of {@code type} for a district cadre in {@code role}: overlapping the cadre's work,
     * running over New Year, or without its number of days.
     */
    private void work(Role role, ActivityType type) {
        List<Position> cadres = positions.stream().filter(p -> p.role() == role && p.federationId().equals(district)).toList();
        if (cadres.isEmpty()) {
            return;
        }
        String cadre = cadres.get(r.nextInt(cadres.size())).personId();
        List<Activity> own = activities.stream().filter(a -> a.subjectId().equals(cadre) && a.type().countsDays()).toList();
        LocalDate date;
        Integer days;
        switch (r.nextInt(3)) {
            case 0 -> {   // over other work
                date = own.isEmpty() ? DAY : own.get(r.nextInt(own.size())).date().plusDays(r.nextInt(10));
                days = 5 + r.nextInt(40);
            }
            case 1 -> {   // over New Year, either end of the period
                date = r.nextBoolean() ? LocalDate.of(2024, 12, 1 + r.nextInt(31)) : LocalDate.of(2025, 12, 1 + r.nextInt(31));
                days = 10 + r.nextInt(50);
            }
            default -> {  // days not recorded, before or inside the period
                date = LocalDate.of(r.nextBoolean() ? 2024 : 2025, 1 + r.nextInt(12), 1 + r.nextInt(28));
                days = null;
            }
        }
        activities.add(new Activity(district + "-edit" + (++added), type, cadre, date, days));
    }

    /** A waiver that matches nothing, cannot be waived, reverses its dates, or waives a subject that meets. */
    private void waiver() {
        String id = district + "-wedit" + (++added);
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate until = LocalDate.of(2026, 6, 30);
        Waiver w = switch (r.nextInt(6)) {
            case 0 -> new Waiver(id, "FL-4.1c", pick(Level.COMMUNITY).id(), "r", "a", from, until);
            case 1 -> new Waiver(id, "FL-2.4a", "nobody", "r", "a", from, until);
            case 2 -> new Waiver(id, "FL-2.1a", district, "r", "a", from, until);
            case 3 -> new Waiver(id, "FL-9.9z", district, "r", "a", from, until);
            case 4 -> new Waiver(id, "FL-4.2c", pick(Level.COMMUNITY).id(), "r", "a", until, from);
            default -> new Waiver(id, "FL-4.2c", pick(Level.COMMUNITY).id(), "r", "a", from, until);
        };
        waivers.add(w);
    }

    /** A count that cannot be judged: a unit's women or a sub-district's population missing or negative, or negative days. */
    private void oddCount() {
        switch (r.nextInt(3)) {
            case 0 -> {
                int i = r.nextInt(units.size());
                Unit u = units.get(i);
                units.set(i, new Unit(u.id(), u.name(), u.type(), u.federationId(), r.nextBoolean() ? null : -1,
                        u.womensOrganization(), u.functionalPartyBranch(), u.guidedByFederation()));
            }
            case 1 -> {
                Federation s = pick(Level.SUB_DISTRICT);
                federations.set(federations.indexOf(s), new Federation(s.id(), s.level(), s.name(), s.parentId(),
                        new Integer[] {null, 0, -5}[r.nextInt(3)]));
            }
            default -> {
                List<Activity> counted = activities.stream().filter(a -> a.days() != null).toList();
                Activity a = counted.get(r.nextInt(counted.size()));
                activities.set(activities.indexOf(a), new Activity(a.id(), a.type(), a.subjectId(), a.date(), -a.days()));
            }
        }
    }

    /**
     * A dated record of a federation (a congress, an election, a revision of the working rules) at a
     * date outside any sensible range: moved there, or a second record of the same kind added there.
     */
    private void outOfRange() {
        List<Activity> dated = activities.stream().filter(a -> DATED.contains(a.type())).toList();
        Activity a = dated.get(r.nextInt(dated.size()));
        LocalDate odd = r.nextBoolean() ? LocalDate.of(1900, 1, 1) : LocalDate.of(2099, 1, 1);
        Activity moved = new Activity(r.nextBoolean() ? a.id() : district + "-edit" + (++added), a.type(), a.subjectId(), odd, null);
        if (moved.id().equals(a.id())) {
            activities.set(activities.indexOf(a), moved);
        } else {
            activities.add(moved);
        }
    }

    private Federation pick(Level level) {
        List<Federation> at = federations.stream().filter(f -> f.level() == level).toList();
        return at.get(r.nextInt(at.size()));
    }

    private DistrictData build() {
        return DistrictData.builder(data.period()).addAll(federations).addAll(people).addAll(positions)
                .addAll(homes).addAll(units).addAll(buildings).addAll(centres)
                .addAll(data.womensGroups()).addAll(activities).addAll(waivers).build();
    }
}
