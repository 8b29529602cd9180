package io.github.fulianrules.rules;

import static org.quicktheories.QuickTheory.qt;

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
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Small but meaningful generated districts for property tests: a district federation, one to
 * three sub-districts with up to two communities each, people holding positions in them, Women's
 * Homes, units, buildings, an activity centre, women's groups, dated activities and waivers.
 *
 * <p>Values are drawn near the plan's thresholds (four part-time vice-chairs, the seven haves,
 * 30,000 resident women, 90 days) so that most requirements come out met somewhere and unmet
 * elsewhere. Every value is one draw from QuickTheories' {@link RandomnessSource}, so QuickTheories
 * records the draws and a failing district shrinks to a small one: each list's size towards its
 * minimum, each number towards 0 or the end of its range nearest 0, each choice towards the first option
 * (false, null where a value may be missing, the first constant of an enum). References point into
 * the district by index, taken modulo what exists.
 */
final class Districts {
    static final AssessmentPeriod PERIOD = AssessmentPeriod.year(2025);
    private static final LocalDate FIRST_DAY = PERIOD.start();
    /** Types of activity whose subject is the district federation. */
    private static final Set<ActivityType> OF_THE_DISTRICT = Set.of(ActivityType.REFORM_REPORT,
            ActivityType.TWO_STUDIES_ONE_ACTION, ActivityType.THEME_EDUCATION, ActivityType.ORGANIZATIONAL_LIFE,
            ActivityType.INTEGRITY_BUILDING, ActivityType.EXECUTIVE_TRAINING, ActivityType.WORKING_RULES_REVISION,
            ActivityType.THEMED_PUBLICITY, ActivityType.STRICT_AND_SOLID_EDUCATION, ActivityType.FIELD_VISIT);
    private static final Set<ActivityType> OF_A_PERSON = Set.of(ActivityType.DELEGATE_CONTACT,
            ActivityType.GRASSROOTS_RESEARCH, ActivityType.GRASSROOTS_WOMENS_WORK, ActivityType.STATIONED_WORK,
            ActivityType.HARDSHIP_PAIRING);
    private static final Set<ActivityType> OF_A_HOME = Set.of(ActivityType.DEMOCRATIC_CONSULTATION,
            ActivityType.PUBLIC_SERVICE, ActivityType.SOCIAL_GOVERNANCE);
    private static final List<Integer> SUB_DISTRICT_WOMEN = List.of(9_000, 29_999, 30_000, 30_001, 31_000, 45_000);
    private static final List<Integer> DAYS = List.of(1, 30, 89, 90, 120);
    private static final List<String> WAIVABLE = List.of("FL-2.4a", "FL-4.1c", "FL-4.2c", "FL-1.1a");

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

    /** A whole district for 2025, described fact by fact when QuickTheories reports it. */
    static Gen<DistrictData> districts() {
        // Arguments are evaluated left to right: the draws keep their order, so shrinking works as before.
        Gen<DistrictData> districts = in -> new Parts(
                shape(in),
                listOf(in, 2, 16, Districts::person),
                listOf(in, 0, 4, Districts::home),
                listOf(in, 0, 4, Districts::unit),
                listOf(in, 0, 3, Districts::bool),
                listOf(in, 0, 3, x -> oneOf(x, GroupSetting.values())),
                listOf(in, 0, 14, Districts::activity),
                listOf(in, 0, 2, Districts::waiver))
                .district();
        return districts.describedAs(Districts::describe);
    }

    /**
     * {@code count} districts drawn as QuickTheories draws them for a property (its first examples
     * are the simplest, the smallest and the largest, then random ones), for tests that want
     * realistic districts but check no property over them. The seed is QuickTheories' own
     * ({@code QT_SEED} if set).
     */
    static List<DistrictData> sample(int count) {
        List<DistrictData> sample = new ArrayList<>(count);
        while (sample.size() < count) {   // QuickTheories skips a district it has already drawn
            qt().withExamples(count - sample.size()).forAll(districts()).check(sample::add);
        }
        return List.copyOf(sample);
    }

    /** The facts of {@code district}, one a line. */
    static String describe(DistrictData district) {
        return district.facts().map(String::valueOf)
                .collect(Collectors.joining("\n  ", "district of " + district.size() + " facts:\n  ", ""));
    }

    static Shape shape(RandomnessSource in) {
        return new Shape(between(in, 1, 3), listOf(in, 3, 3, x -> between(x, 0, 2)),
                orNull(in, 10, x -> between(x, 100_000, 200_000)),
                listOf(in, 3, 3, x -> orNull(x, 10, y -> oneOf(y, SUB_DISTRICT_WOMEN))));
    }

    static PersonSpec person(RandomnessSource in) {
        return new PersonSpec(between(in, 0, 9), between(in, 0, 3) < 3 /* three in four are women */, bool(in),
                setOf(in, Role.values(), 0, 3), oneOf(in, Rank.values()), bool(in), bool(in), bool(in));
    }

    static HomeSpec home(RandomnessSource in) {
        return new HomeSpec(between(in, 0, 9), setOf(in, Have.values(), Have.values().length - 2, Have.values().length),
                setOf(in, BasicService.values(), BasicService.values().length - 1, BasicService.values().length),
                bool(in));
    }

    static UnitSpec unit(RandomnessSource in) {
        return new UnitSpec(between(in, 0, 9), oneOf(in, UnitType.values()), orNull(in, 10, x -> between(x, 0, 60)),
                bool(in), bool(in), bool(in));
    }

    static ActivitySpec activity(RandomnessSource in) {
        return new ActivitySpec(oneOf(in, ActivityType.values()), between(in, 0, 20), between(in, -1_500, 364),
                orNull(in, 5, x -> oneOf(x, DAYS)));
    }

    static WaiverSpec waiver(RandomnessSource in) {
        return new WaiverSpec(oneOf(in, WAIVABLE), between(in, 0, 9), bool(in));
    }

    /** A whole number from {@code lo} to {@code hi}, both included, shrinking towards {@code lo} (or 0 if in range). */
    static int between(RandomnessSource in, int lo, int hi) {
        return (int) in.next(Constraint.between(lo, hi));
    }

    /** True or false, even odds, shrinking towards false. */
    static boolean bool(RandomnessSource in) {
        return in.next(Constraint.between(0, 1)) == 1;
    }

    /** One of {@code values}, each as likely, shrinking towards the first. */
    @SafeVarargs
    static <T> T oneOf(RandomnessSource in, T... values) {
        return oneOf(in, Arrays.asList(values));
    }

    static <T> T oneOf(RandomnessSource in, List<T> values) {
        return values.get(between(in, 0, values.size() - 1));
    }

    /** Null once in {@code oneIn} draws, else a value from {@code value}; shrinking towards null. */
    static <T> T orNull(RandomnessSource in, int oneIn, Function<RandomnessSource, T> value) {
        boolean missing = between(in, 0, oneIn - 1) == 0;
        T t = value.apply(in);   // drawn either way, so that the draws after it keep their places
        return missing ? null : t;
    }

    /**
     * A list of {@code min} to {@code max} elements, its size drawn first. All {@code max} elements
     * are drawn and the first {@code size} kept, so that every draw has its place whatever the
     * values before it: QuickTheories shrinks by changing one recorded draw at a time and replays
     * the others in order, and a shorter list or set then leaves the draws after it where they were.
     */
    static <T> List<T> listOf(RandomnessSource in, int min, int max, Function<RandomnessSource, T> element) {
        int size = between(in, min, max);
        List<T> list = new ArrayList<>(max);
        for (int i = 0; i < max; i++) {
            list.add(element.apply(in));
        }
        return Collections.unmodifiableList(list.subList(0, size));   // may hold nulls
    }

    /**
     * A set of {@code min} to {@code max} distinct constants of an enum: its size drawn first, then
     * each member among those not yet taken, so every set of that size is as likely. As in
     * {@link #listOf}, all {@code max} members are drawn and the first {@code size} kept.
     */
    static <E extends Enum<E>> Set<E> setOf(RandomnessSource in, E[] values, int min, int max) {
        int most = Math.min(max, values.length);
        int size = between(in, min, most);
        List<E> left = new ArrayList<>(Arrays.asList(values));
        Set<E> set = EnumSet.noneOf(values[0].getDeclaringClass());
        for (int i = 0; i < most; i++) {
            E member = left.remove(between(in, 0, left.size() - 1));
            if (i < size) {
                set.add(member);
            }
        }
        return set;
    }

    /** The parts as drawn, assembled into a district once all are there. */
    record Parts(Shape shape, List<PersonSpec> people, List<HomeSpec> homes, List<UnitSpec> units,
                 List<Boolean> buildings, List<GroupSetting> groups, List<ActivitySpec> activities,
                 List<WaiverSpec> waivers) {
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
                b.add(new Activity("a" + i, a.type(), subject, FIRST_DAY.plusDays(a.day()), a.type().countsDays() ? a.days() : null));
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
