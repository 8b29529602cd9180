package io.github.fulianrules.model;

import io.github.fulianrules.internal.Locations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * All facts about one district for one assessment period: what {@code evaluate} takes.
 *
 * <p>{@code locations} maps a record's id (a position's {@link Position#key()}) to where it was
 * read, e.g. {@code district.json:120}, so that data findings can point at the input.
 *
 * <pre>{@code
 * DistrictData data = DistrictData.builder(AssessmentPeriod.year(2025))
 *         .add(new Federation("d", Level.DISTRICT, "示例区妇联", null, null))
 *         .add(Person.woman("p1"))
 *         .add(new Position("p1", "d", Role.PART_TIME_VICE_CHAIR))
 *         .build();
 * }</pre>
 */
public record DistrictData(AssessmentPeriod period, List<Federation> federations, List<Person> people,
                           List<Position> positions, List<WomensHome> womensHomes, List<Unit> units,
                           List<Building> buildings, List<ActivityCentre> activityCentres,
                           List<WomensGroup> womensGroups, List<Activity> activities, List<Waiver> waivers,
                           Map<String, String> locations) {
    public DistrictData {
        Checks.required(period, "period");
        federations = List.copyOf(federations);
        people = List.copyOf(people);
        positions = List.copyOf(positions);
        womensHomes = List.copyOf(womensHomes);
        units = List.copyOf(units);
        buildings = List.copyOf(buildings);
        activityCentres = List.copyOf(activityCentres);
        womensGroups = List.copyOf(womensGroups);
        activities = List.copyOf(activities);
        waivers = List.copyOf(waivers);
        locations = Locations.copyOf(locations);
    }

    /** Every fact, in a fixed order: federations, people, positions, homes, units, buildings, centres, groups, activities, waivers. */
    public Stream<Object> facts() {
        return Stream.of(federations, people, positions, womensHomes, units, buildings, activityCentres,
                womensGroups, activities, waivers).flatMap(List::stream);
    }

    /** How many facts there are. */
    public int size() {
        return federations.size() + people.size() + positions.size() + womensHomes.size() + units.size()
                + buildings.size() + activityCentres.size() + womensGroups.size() + activities.size()
                + waivers.size();
    }

    /** The district federation, when there is one. */
    public Optional<Federation> district() {
        return federations.stream().filter(f -> f.level() == Level.DISTRICT).findFirst();
    }

    public static Builder builder(AssessmentPeriod period) {
        return new Builder(period);
    }

    /** Collects facts of any of the model's types. */
    public static final class Builder {
        private final AssessmentPeriod period;
        private final List<Federation> federations = new ArrayList<>();
        private final List<Person> people = new ArrayList<>();
        private final List<Position> positions = new ArrayList<>();
        private final List<WomensHome> homes = new ArrayList<>();
        private final List<Unit> units = new ArrayList<>();
        private final List<Building> buildings = new ArrayList<>();
        private final List<ActivityCentre> centres = new ArrayList<>();
        private final List<WomensGroup> groups = new ArrayList<>();
        private final List<Activity> activities = new ArrayList<>();
        private final List<Waiver> waivers = new ArrayList<>();
        private final Map<String, String> locations = new LinkedHashMap<>();

        private Builder(AssessmentPeriod period) {
            this.period = period;
        }

        /** Adds one fact; throws {@link IllegalArgumentException} for a type outside the model. */
        public Builder add(Object fact) {
            if (fact instanceof Federation f) {
                federations.add(f);
            } else if (fact instanceof Person p) {
                people.add(p);
            } else if (fact instanceof Position p) {
                positions.add(p);
            } else if (fact instanceof WomensHome h) {
                homes.add(h);
            } else if (fact instanceof Unit u) {
                units.add(u);
            } else if (fact instanceof Building b) {
                buildings.add(b);
            } else if (fact instanceof ActivityCentre c) {
                centres.add(c);
            } else if (fact instanceof WomensGroup g) {
                groups.add(g);
            } else if (fact instanceof Activity a) {
                activities.add(a);
            } else if (fact instanceof Waiver w) {
                waivers.add(w);
            } else {
                throw new IllegalArgumentException("not a fact of the model: "
                        + (fact == null ? "null" : fact.getClass().getName()));
            }
            return this;
        }

        public Builder addAll(Iterable<?> facts) {
            facts.forEach(this::add);
            return this;
        }

        /** Records where the record {@code id} was read, for data findings. */
        public Builder location(String id, String where) {
            locations.putIfAbsent(id, where);
            return this;
        }

        public DistrictData build() {
            return new DistrictData(period, federations, people, positions, homes, units, buildings, centres,
                    groups, activities, waivers, locations);
        }
    }
}
