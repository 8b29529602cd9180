package io.github.fulianrules.rules;

import io.github.fulianrules.model.Activity;
import io.github.fulianrules.model.ActivityCentre;
import io.github.fulianrules.model.ActivityType;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.BasicService;
import io.github.fulianrules.model.Building;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Gender;
import io.github.fulianrules.model.GroupSetting;
import io.github.fulianrules.model.Have;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.model.Rank;
import io.github.fulianrules.model.Role;
import io.github.fulianrules.model.Unit;
import io.github.fulianrules.model.UnitType;
import io.github.fulianrules.model.Waiver;
import io.github.fulianrules.model.WomensGroup;
import io.github.fulianrules.model.WomensHome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/**
 * Small but meaningful generated districts for property tests: a district federation, one to
 * three sub-districts with up to two communities each, people holding positions in them, Women's
 * Homes, units, buildings, an activity centre, women's groups, dated activities and waivers.
 *
 * <p>Values are drawn near the plan's thresholds (four part-time vice-chairs, the seven haves,
 * 30,000 resident women, 90 days) so that most requirements come out met somewhere and unmet
 * elsewhere. Every part is a plain jqwik arbitrary, so a failing district shrinks to a small one.
 * References point into the district by index, taken modulo what exists.
 */
final class Districts {
    static final AssessmentPeriod PERIOD = AssessmentPeriod.year(2025);
    private static final LocalDate FIRST_DAY = PERIOD.start();
    /** Types of activity whose subject is the district federation. */
    private static final Set<ActivityType> OF_THE_DISTRICT = Set.of(ActivityType.REFORM_REPORT,
            ActivityType.TWO_STUDIES_ONE_ACTION, ActivityType.THEME_EDUCATION, ActivityType.ORGANIZATIONAL_LIFE,
            ActivityType.INTEGRITY_BUILDING, ActivityType.EXECUTIVE_TRAINING, ActivityType.WORKING_RULES_REVISION,
            ActivityType.THEMED_PUBLICITY);
    private static final Set<ActivityType> OF_A_PERSON = Set.of(ActivityType.DELEGATE_CONTACT,
            ActivityType.GRASSROOTS_RESEARCH, ActivityType.STATIONED_WORK);
    private static final Set<ActivityType> OF_A_HOME = Set.of(ActivityType.DEMOCRATIC_CONSULTATION,
            ActivityType.PUBLIC_SERVICE, ActivityType.SOCIAL_GOVERNANCE);

    private Districts() {
    }

    record PersonSpec(int federation, boolean female, boolean outstanding, Set<Role> roles, Rank rank,
                      boolean substantive, boolean leadership, boolean twoCommittees) {
    }

    record HomeSpec(int federation, Set<Have> haves, Set<BasicService> services, boolean demonstration) {
    }

    record UnitSpec(int federation, UnitType type, Integer women, boolean organization, boolean branch, boolean guided) {
    }

    record ActivitySpec(ActivityType type, int subject, int day, Integer days) {
    }

    record WaiverSpec(String requirementId, int subject, boolean valid) {
    }

    record Shape(int subDistricts, List<Integer> communities, Integer districtWomen, List<Integer> subDistrictWomen) {
    }

    /** A whole district for 2025. */
    static Arbitrary<DistrictData> districts() {
        Arbitrary<Shape> shape = Combinators.combine(Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(0, 2).list().ofSize(3),
                Arbitraries.integers().between(100_000, 200_000).injectNull(0.1),
                Arbitraries.of(9_000, 29_999, 30_000, 30_001, 31_000, 45_000).injectNull(0.1).list().ofSize(3))
                .as(Shape::new);
        return Builders.withBuilder(() -> new Parts())
                .use(shape).in((p, s) -> p.with(s))
                .use(people().list().ofMinSize(2).ofMaxSize(16)).in((p, l) -> p.withPeople(l))
                .use(homes().list().ofMaxSize(4)).in((p, l) -> p.withHomes(l))
                .use(units().list().ofMaxSize(4)).in((p, l) -> p.withUnits(l))
                .use(Arbitraries.of(true, false).list().ofMaxSize(3)).in((p, l) -> p.withBuildings(l))
                .use(Arbitraries.of(GroupSetting.class).list().ofMaxSize(3)).in((p, l) -> p.withGroups(l))
                .use(activities().list().ofMaxSize(14)).in((p, l) -> p.withActivities(l))
                .use(waivers().list().ofMaxSize(2)).in((p, l) -> p.withWaivers(l))
                .build(Parts::district);
    }

    static Arbitrary<PersonSpec> people() {
        Arbitrary<Set<Role>> roles = Arbitraries.of(Role.class).set().ofMaxSize(3);
        return Combinators.combine(Arbitraries.integers().between(0, 9), Arbitraries.of(true, true, true, false),
                Arbitraries.of(true, false), roles, Arbitraries.of(Rank.class),
                Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as(PersonSpec::new);
    }

    static Arbitrary<HomeSpec> homes() {
        return Combinators.combine(Arbitraries.integers().between(0, 9),
                Arbitraries.of(Have.class).set().ofMinSize(Have.values().length - 2),
                Arbitraries.of(BasicService.class).set().ofMinSize(BasicService.values().length - 1),
                Arbitraries.of(true, false)).as(HomeSpec::new);
    }

    static Arbitrary<UnitSpec> units() {
        return Combinators.combine(Arbitraries.integers().between(0, 9), Arbitraries.of(UnitType.class),
                Arbitraries.integers().between(0, 60).injectNull(0.1), Arbitraries.of(true, false),
                Arbitraries.of(true, false), Arbitraries.of(true, false)).as(UnitSpec::new);
    }

    static Arbitrary<ActivitySpec> activities() {
        return Combinators.combine(Arbitraries.of(ActivityType.class), Arbitraries.integers().between(0, 20),
                Arbitraries.integers().between(-1_500, 364), Arbitraries.of(1, 30, 89, 90, 120).injectNull(0.2))
                .as(ActivitySpec::new);
    }

    static Arbitrary<WaiverSpec> waivers() {
        return Combinators.combine(Arbitraries.of("FL-2.4a", "FL-4.1c", "FL-4.2c", "FL-1.1a"),
                Arbitraries.integers().between(0, 9), Arbitraries.of(true, false)).as(WaiverSpec::new);
    }

    /** The parts as drawn, assembled into a district once all are there. */
    static final class Parts {
        private Shape shape;
        private List<PersonSpec> people = List.of();
        private List<HomeSpec> homes = List.of();
        private List<UnitSpec> units = List.of();
        private List<Boolean> buildings = List.of();
        private List<GroupSetting> groups = List.of();
        private List<ActivitySpec> activities = List.of();
        private List<WaiverSpec> waivers = List.of();

        Parts with(Shape s) {
            shape = s;
            return this;
        }

        Parts withPeople(List<PersonSpec> l) {
            people = l;
            return this;
        }

        Parts withHomes(List<HomeSpec> l) {
            homes = l;
            return this;
        }

        Parts withUnits(List<UnitSpec> l) {
            units = l;
            return this;
        }

        Parts withBuildings(List<Boolean> l) {
            buildings = l;
            return this;
        }

        Parts withGroups(List<GroupSetting> l) {
            groups = l;
            return this;
        }

        Parts withActivities(List<ActivitySpec> l) {
            activities = l;
            return this;
        }

        Parts withWaivers(List<WaiverSpec> l) {
            waivers = l;
            return this;
        }

        DistrictData district() {
            DistrictData.Builder b = DistrictData.builder(PERIOD);
            List<String> federations = new ArrayList<>();
            List<String> subDistricts = new ArrayList<>();
            List<String> communities = new ArrayList<>();
            b.add(new Federation("d", Level.DISTRICT, "区妇联", null, shape.districtWomen()));
            federations.add("d");
            for (int s = 1; s <= shape.subDistricts(); s++) {
                String sd = "s" + s;
                b.add(new Federation(sd, Level.SUB_DISTRICT, "街道" + s, "d", shape.subDistrictWomen().get(s - 1)));
                federations.add(sd);
                subDistricts.add(sd);
                for (int c = 1; c <= shape.communities().get(s - 1); c++) {
                    String co = sd + "c" + c;
                    b.add(new Federation(co, Level.COMMUNITY, "社区" + co, sd, null));
                    federations.add(co);
                    communities.add(co);
                }
            }
            List<String> personIds = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                PersonSpec p = people.get(i);
                String id = "p" + i;
                String fed = federations.get(p.federation() % federations.size());
                personIds.add(id);
                b.add(new Person(id, "姓名" + i, p.female() ? Gender.FEMALE : Gender.MALE, p.outstanding(),
                        p.leadership() ? fed : null, p.twoCommittees() ? fed : null, p.rank(), p.substantive()));
                for (Role role : p.roles()) {
                    b.add(new Position(id, fed, role));
                }
            }
            List<String> homeIds = new ArrayList<>();
            for (int i = 0; i < homes.size(); i++) {
                HomeSpec h = homes.get(i);
                String id = "h" + i;
                homeIds.add(id);
                b.add(new WomensHome(id, "妇女之家" + i, federations.get(h.federation() % federations.size()), h.haves(),
                        h.services(), h.demonstration()));
            }
            for (int i = 0; i < units.size(); i++) {
                UnitSpec u = units.get(i);
                b.add(new Unit("u" + i, "单位" + i, u.type(), federations.get(u.federation() % federations.size()),
                        u.women(), u.organization(), u.branch(), u.guided()));
            }
            for (int i = 0; i < buildings.size(); i++) {
                b.add(new Building("b" + i, "楼宇" + i, subDistricts.get(i % subDistricts.size()), buildings.get(i)));
            }
            b.add(new ActivityCentre("c1", "区妇女儿童活动中心", "d", true, people.size() % 2 == 0));
            List<String> groupFederations = communities.isEmpty() ? subDistricts : communities;
            for (int i = 0; i < groups.size(); i++) {
                b.add(new WomensGroup("g" + i, groupFederations.get(i % groupFederations.size()), groups.get(i)));
            }
            for (int i = 0; i < activities.size(); i++) {
                ActivitySpec a = activities.get(i);
                String subject = subjectOf(a, federations, subDistricts, communities, personIds, homeIds);
                boolean counted = a.type() == ActivityType.GRASSROOTS_RESEARCH || a.type() == ActivityType.STATIONED_WORK;
                b.add(new Activity("a" + i, a.type(), subject, FIRST_DAY.plusDays(a.day()), counted ? a.days() : null));
            }
            for (int i = 0; i < waivers.size(); i++) {
                WaiverSpec w = waivers.get(i);
                String subject = w.requirementId().equals("FL-2.4a") || w.requirementId().equals("FL-1.1a") ? "d"
                        : w.requirementId().equals("FL-4.1c") ? subDistricts.get(w.subject() % subDistricts.size())
                        : communities.isEmpty() ? "d" : communities.get(w.subject() % communities.size());
                b.add(new Waiver("w" + i, w.requirementId(), subject, "换届前过渡", "区委组织部",
                        LocalDate.of(2025, 1, 1), w.valid() ? LocalDate.of(2026, 6, 30) : LocalDate.of(2025, 6, 30)));
            }
            return b.build();
        }

        private static String subjectOf(ActivitySpec a, List<String> federations, List<String> subDistricts,
                                        List<String> communities, List<String> people, List<String> homes) {
            int k = a.subject();
            if (OF_THE_DISTRICT.contains(a.type())) {
                return "d";
            } else if (OF_A_PERSON.contains(a.type())) {
                return people.get(k % people.size());
            } else if (OF_A_HOME.contains(a.type())) {
                return homes.isEmpty() ? "d" : homes.get(k % homes.size());
            } else if (a.type() == ActivityType.PUBLIC_WELFARE) {
                return "c1";
            } else if (a.type() == ActivityType.CONGRESS) {
                return subDistricts.get(k % subDistricts.size());
            } else if (a.type() == ActivityType.RESIDENTS_COMMITTEE_ELECTION) {
                return communities.isEmpty() ? "d" : communities.get(k % communities.size());
            }
            return federations.get(k % federations.size());
        }
    }
}
