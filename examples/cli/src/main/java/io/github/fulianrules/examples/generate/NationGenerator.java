package io.github.fulianrules.examples.generate;

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
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A synthetic nation: districts of invented federations, people, Women's Homes, units and
 * activities for 2025, in the proportions of the sample district and with a realistic share of
 * unmet requirements (most subjects meet each requirement; some fall short, some exactly at the
 * boundary). The same seed always gives the same nation; district {@code i} depends only on the
 * seed and {@code i}, so any district can be made on its own.
 *
 * <pre>{@code
 * NationGenerator nation = new NationGenerator(42, NationGenerator.Scale.FULL);
 * DistrictData d = nation.district(7);
 * nation.write(2_800, out);     // JSON lines, one district per line
 * NextPeriod later = nation.nextPeriod(7);   // the same district a year on, some findings rectified
 * }</pre>
 *
 * <p>At {@link Scale#FULL} a district has 10–20 sub-districts and 100–300 communities, on average 4,100
 * people and 11,200 facts; at {@link Scale#SMALL} 1–3 sub-districts and 2–8 communities, for tests
 * that need thousands of districts.
 */
public final class NationGenerator {
    /** How large each district is. */
    public enum Scale { SMALL, FULL }

    /** The assessment period of every generated district. */
    public static final AssessmentPeriod PERIOD = AssessmentPeriod.year(2025);

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
            + "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String[] WOMEN = ("芳 秀英 丽 敏 静 丹 婷 玉兰 桂英 红梅 晓燕 雪 慧 颖 佳 琳 倩 洁 雯 霞 娟 萍 燕 艳 蓉 薇 璐 悦 "
            + "欣怡 梓涵 诗涵 雨桐 思琪 晓红 春梅 秋菊 冬梅 海燕 美玲 淑芬 凤英 素珍 晓敏 丽华 文静 雅琴 惠兰 彩霞").split(" ");
    private static final String[] MEN = "伟 强 磊 军 勇 杰 涛 斌 超 明 建国 志强 海涛 建华 国庆 卫东 文斌 振华".split(" ");
    private static final String[] PLACES = ("清河 望江 东湖 柳岸 桃源 云台 杏林 北门 河畔 滨江 渔光 临江 荷花 湖滨 翠竹 春晖 石桥 "
            + "南浦 梨花 花溪 竹园 观云 松涛 凤鸣 金沙 银杏 丰收 新华 光明 长安 永宁 和平 平安 文昌 兴隆").split(" ");
    private static final UnitType[] NEW_FIELDS = {UnitType.NON_PUBLIC_ENTERPRISE, UnitType.SOCIAL_ORGANIZATION,
        UnitType.TECHNOLOGY_PARK, UnitType.NEW_GROUP};
    private static final ActivityType[] PLATFORM = {ActivityType.PUBLIC_SERVICE, ActivityType.DEMOCRATIC_CONSULTATION,
        ActivityType.SOCIAL_GOVERNANCE};

    private final long seed;
    private final Scale scale;

    public NationGenerator(long seed, Scale scale) {
        this.seed = seed;
        this.scale = scale;
    }

    /** Writes districts {@code 0 … count-1} to {@code out} as JSON lines; {@code out} is not closed. */
    public void write(int count, OutputStream out) throws IOException {
        try (DistrictJsonWriter writer = new DistrictJsonWriter(out)) {
            for (int i = 0; i < count; i++) {
                writer.write(district(i), name(i));
            }
        }
    }

    /**
     * Writes districts {@code 0 … count-1} to {@code out} and the same districts one period later,
     * after a year of rectification ({@link #nextPeriod}), to {@code next}; neither is closed.
     */
    public void write(int count, OutputStream out, OutputStream next) throws IOException {
        try (DistrictJsonWriter writer = new DistrictJsonWriter(out); DistrictJsonWriter later = new DistrictJsonWriter(next)) {
            for (int i = 0; i < count; i++) {
                writer.write(district(i), name(i));
                later.write(nextPeriod(i).district(), name(i, PERIOD.start().getYear() + 1));
            }
        }
    }

    /** The display name of district {@code index}. */
    public String name(int index) {
        return name(index, PERIOD.start().getYear());
    }

    private String name(int index, int year) {
        return String.format("合成区 %04d %d（合成数据 seed %d）", index, year, seed);
    }

    /**
     * District {@code index} one period later, some findings rectified and some new, drawn from the
     * seed and the index; the same seed always gives the same changes.
     */
    public NextPeriod nextPeriod(int index) {
        return NextPeriod.of(district(index), new SplittableRandom(mix(~seed) ^ mix(index + 0x9E3779B97F4A7C15L)));
    }

    /** District {@code index} of the nation. */
    public DistrictData district(int index) {
        // Each district has a stream of its own: the seed and the index, mixed so that nearby seeds differ everywhere.
        return new District(new SplittableRandom(mix(seed) ^ mix(index + 0x9E3779B97F4A7C15L)),
                String.format("d%04d", index)).build();
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** One district being made. */
    private final class District {
        private final SplittableRandom r;
        private final String d;
        private final DistrictData.Builder b = DistrictData.builder(PERIOD);
        private final List<Activity> activities = new ArrayList<>();
        private final List<Waiver> waivers = new ArrayList<>();
        private int people;
        private int activityCount;
        private final boolean full = scale == Scale.FULL;

        District(SplittableRandom r, String id) {
            this.r = r;
            this.d = id;
        }

        DistrictData build() {
            int subDistricts = full ? between(10, 20) : between(1, 3);
            int communities = full ? between(100, 300) : between(subDistricts, 8);
            int[] women = new int[subDistricts];
            long total = 0;
            for (int s = 0; s < subDistricts; s++) {
                women[s] = full ? between(15_000, 60_000) : between(2_000, 36_000);
                total += women[s];
            }
            b.add(new Federation(d, Level.DISTRICT, place() + "区妇联", null, (int) Math.min(Integer.MAX_VALUE, total)));
            districtFederation();
            for (int s = 0; s < subDistricts; s++) {
                subDistrict(d + "-s" + two(s + 1), women[s]);
            }
            for (int c = 0; c < communities; c++) {
                community(d + "-s" + two(c % subDistricts + 1) + "-c" + three(c + 1));
            }
            units(subDistricts);
            buildings(subDistricts);
            b.addAll(activities);
            b.addAll(waivers);
            return b.build();
        }

        // ------------------------------------------------------------ the district federation

        private void districtFederation() {
            int delegates = full ? between(150, 300) : between(10, 30);
            int executive = full ? between(40, 70) : between(12, 24);
            int standing = full ? between(12, 19) : between(5, 9);
            int partTime = chance(0.75) ? between(4, 5) : between(2, 3);                      // FL-2.4a
            if (partTime < 4 && chance(0.5)) {
                waiver("FL-2.4a", d);
            }
            String chair = person(d, Gender.FEMALE, false, null, null, Rank.DIVISION_CHIEF, true,
                    Role.CHAIR, Role.EXECUTIVE_MEMBER, Role.STANDING_MEMBER, Role.LEADING_CADRE, Role.CONGRESS_DELEGATE);
            List<String> cadres = new ArrayList<>(List.of(chair));
            for (int i = 0; i < 2; i++) {
                cadres.add(person(d, Gender.FEMALE, false, null, null, Rank.DEPUTY_DIVISION_CHIEF, true,
                        Role.FULL_TIME_VICE_CHAIR, Role.EXECUTIVE_MEMBER, Role.STANDING_MEMBER, Role.LEADING_CADRE,
                        Role.CONGRESS_DELEGATE));
            }
            for (int i = 0, n = between(1, 2); i < n; i++) {
                cadres.add(person(d, gender(0.8), false, null, null, Rank.DEPUTY_DIVISION_CHIEF, true,
                        Role.LEADING_CADRE, Role.EXECUTIVE_MEMBER));
            }
            for (int i = 0; i < partTime; i++) {                                          // FL-2.4b: nearly all women
                person(d, gender(0.97), false, null, null, Rank.NONE, false,
                        Role.PART_TIME_VICE_CHAIR, Role.EXECUTIVE_MEMBER, Role.STANDING_MEMBER);
            }
            // FL-2.1a–c: the bodies' members apart from the leadership carry the outstanding representatives.
            int leadersStanding = 3 + partTime;
            int leadersExecutive = cadres.size() + partTime;
            int standingOnly = Math.max(0, standing - leadersStanding);
            int standingOutstanding = Math.min(standingOnly, shareCount(leadersStanding + standingOnly, 20));
            // Outstanding representatives "of working women and intellectual women" are women (revision 2).
            for (int i = 0; i < standingOnly; i++) {
                person(d, womanIf(i < standingOutstanding, 0.9), i < standingOutstanding, null, null, Rank.NONE, false,
                        Role.STANDING_MEMBER, Role.EXECUTIVE_MEMBER);
            }
            int executiveOnly = Math.max(0, executive - leadersExecutive - standingOnly);
            int executiveAll = leadersExecutive + standingOnly + executiveOnly;
            int executiveOutstanding = Math.max(0, Math.min(executiveOnly,
                    shareCount(executiveAll, 40) - standingOutstanding));
            for (int i = 0; i < executiveOnly; i++) {
                person(d, womanIf(i < executiveOutstanding, 0.85), i < executiveOutstanding, null, null, Rank.NONE, false,
                        Role.EXECUTIVE_MEMBER);
            }
            List<String> delegateIds = new ArrayList<>(cadres.subList(0, 3));
            int delegatesOnly = Math.max(0, delegates - 3);
            int delegatesOutstanding = Math.min(delegatesOnly, shareCount(delegates, 80));
            for (int i = 0; i < delegatesOnly; i++) {
                delegateIds.add(person(d, womanIf(i < delegatesOutstanding, 0.9), i < delegatesOutstanding, null, null,
                        Rank.NONE, false, Role.CONGRESS_DELEGATE));
            }
            // FL-2.2a: in most districts every delegate has contacted women in 2025.
            int silent = chance(0.7) ? 0 : between(1, 3);
            for (int i = 0; i < delegateIds.size(); i++) {
                if (i >= delegateIds.size() - silent) {
                    if (chance(0.5)) {
                        activity(ActivityType.DELEGATE_CONTACT, delegateIds.get(i), LocalDate.of(2024, 12, between(1, 28)), null);
                    }
                    continue;
                }
                for (int k = 0, n = between(1, 3); k < n; k++) {
                    activity(ActivityType.DELEGATE_CONTACT, delegateIds.get(i), day2025(), null);
                }
            }
            // FL-3.1a: three months of research and women's work, exactly 90 days now and then; FL-3.2a: a
            // month stationed. Some work runs over New Year: only its days in 2025 count.
            for (String cadre : cadres) {
                int days = chance(0.85) ? 90 + between(0, 3) * between(0, 10) : between(45, 89);
                int womensWork = chance(0.3) ? between(10, 30) : 0;
                stints(ActivityType.GRASSROOTS_RESEARCH, cadre, days - womensWork, 3);
                if (womensWork > 0) {
                    activity(ActivityType.GRASSROOTS_WOMENS_WORK, cadre, LocalDate.of(2025, 11, between(1, 20)), womensWork);
                }
                if (chance(0.1)) {
                    activity(ActivityType.GRASSROOTS_RESEARCH, cadre, LocalDate.of(2025, 12, between(20, 31)), between(10, 20));
                }
            }
            for (int i = 0, n = full ? between(6, 12) : between(2, 4); i < n; i++) {
                String cadre = person(d, gender(0.8), false, null, null, Rank.SECTION_MEMBER, true, Role.OFFICE_CADRE);
                stints(ActivityType.STATIONED_WORK, cadre, chance(0.85) ? 30 + between(0, 2) * between(0, 8) : between(0, 29), 2);
                // Revision 3: now and then a stint recorded with zero days (ZERO_DAYS): the cadre's total is
                // unknown unless the other days meet the floor. Chosen without a draw, so that the rest of
                // the district is the same as before.
                if (activityCount % 13 == 0) {
                    activity(ActivityType.STATIONED_WORK, cadre, LocalDate.of(2025, 10, 8), 0);
                }
                // FL-3.2b: most cadres have a pairing with a family in hardship running through 2025.
                double pairing = r.nextDouble();
                if (pairing < 0.8) {
                    activity(ActivityType.HARDSHIP_PAIRING, cadre, LocalDate.of(between(2024, 2025), between(1, 6), between(1, 28)),
                            chance(0.99) ? 365 + between(0, 365) : null);
                } else if (pairing < 0.9) {
                    activity(ActivityType.HARDSHIP_PAIRING, cadre, LocalDate.of(2023, between(1, 12), between(1, 28)), 365);
                }
            }
            // Task 1, FL-2.3a/b, FL-5.1a: the district federation's own activities.
            for (int i = 0, n = chance(0.75) ? 2 : 1; i < n; i++) {
                activity(ActivityType.REFORM_REPORT, d, day2025(), null);
            }
            // Revision 3: now and then a public-welfare activity recorded against the district federation
            // instead of its centre (WRONG_SUBJECT); chosen without a draw, as above.
            if (activityCount % 7 == 0) {
                activity(ActivityType.PUBLIC_WELFARE, d, LocalDate.of(2025, 5, 20), null);
            }
            for (ActivityType t : new ActivityType[] {ActivityType.TWO_STUDIES_ONE_ACTION, ActivityType.THEME_EDUCATION,
                ActivityType.INTEGRITY_BUILDING}) {
                if (chance(0.92)) {
                    activity(t, d, day2025(), null);
                    // Revision 3, FL-1.2a: "两学一做" is to be regular (partyStudySessionsPerYear, once a
                    // quarter): in two districts of three it is, in the others one session falls short.
                    // Chosen without a draw, so that the rest of the district is the same as before.
                    if (t == ActivityType.TWO_STUDIES_ONE_ACTION && activityCount % 3 != 0) {
                        for (int month : new int[] {2, 5, 8, 11}) {
                            activity(t, d, LocalDate.of(2025, month, 15), null);
                        }
                    }
                }
            }
            for (int month = 1; month <= 12; month++) {
                activity(ActivityType.ORGANIZATIONAL_LIFE, d, LocalDate.of(2025, month, 15), null);
            }
            if (chance(0.8)) {
                activity(ActivityType.EXECUTIVE_TRAINING, d, day2025(), null);
            }
            if (chance(0.7)) {
                activity(ActivityType.WORKING_RULES_REVISION, d, LocalDate.of(between(2019, 2025), between(1, 12), between(1, 28)), null);
            }
            for (int i = 0, n = chance(0.85) ? between(1, 4) : 0; i < n; i++) {
                activity(ActivityType.THEMED_PUBLICITY, d, day2025(), null);
            }
            // FL-1.2b: cadre education under the "三严三实" in most years.
            activity(ActivityType.STRICT_AND_SOLID_EDUCATION, d, chance(0.85) ? day2025() : LocalDate.of(2024, between(1, 12), 10), null);
            // FL-3.2c: "下基层、访妇情、办实事" once a quarter or more; sometimes too few, sometimes all in one quarter.
            double visits = r.nextDouble();
            int quarters = visits < 0.8 ? 4 : visits < 0.9 ? between(2, 3) : 1;
            for (int i = 0, n = quarters == 1 ? between(4, 6) : quarters + between(0, 2); i < n; i++) {
                activity(ActivityType.FIELD_VISIT, d, LocalDate.of(2025, 1 + 3 * (i % quarters), between(1, 28)), null);
            }
            if (chance(0.97)) {                                                          // FL-2.5a
                String centre = d + "-centre";
                b.add(new ActivityCentre(centre, place() + "区妇女儿童活动中心", d, chance(0.9), chance(0.8)));
                for (int i = 0, n = chance(0.9) ? between(1, 4) : 0; i < n; i++) {
                    activity(ActivityType.PUBLIC_WELFARE, centre, day2025(), null);
                }
            }
        }

        // ------------------------------------------------------------ sub-districts and communities

        private void subDistrict(String id, int women) {
            boolean populationKnown = chance(0.99);
            b.add(new Federation(id, Level.SUB_DISTRICT, place() + "街道妇联", d, populationKnown ? women : null));
            int floor = (women + 999) / 1000;                                              // FL-4.1e at 1‰
            int executive = chance(0.8) ? floor + between(0, 1) * between(0, 8) : Math.max(1, floor - between(1, 5));
            int members = 0;
            boolean chairWoman = chance(0.93);                                             // FL-4.1a
            person(id, chairWoman ? Gender.FEMALE : Gender.MALE, false, chance(0.9) ? id : null, null,
                    Rank.DEPUTY_DIVISION_CHIEF, true, Role.CHAIR, Role.EXECUTIVE_MEMBER);
            members++;
            if (chance(0.95)) {                                                            // FL-4.1b
                boolean ok = chance(0.85);
                person(id, gender(0.9), false, null, null, ok || chance(0.5) ? Rank.SECTION_CHIEF : Rank.DEPUTY_SECTION_CHIEF,
                        ok, Role.FULL_TIME_VICE_CHAIR, Role.EXECUTIVE_MEMBER);
                members++;
            }
            int partTime = chance(0.8) ? between(2, 4) : between(0, 1);                    // FL-4.1c
            if (partTime < 2 && chance(0.4)) {
                waiver("FL-4.1c", id);
            }
            for (int i = 0; i < partTime; i++) {
                person(id, gender(0.9), true, null, null, Rank.NONE, false, Role.PART_TIME_VICE_CHAIR, Role.EXECUTIVE_MEMBER);
                members++;
            }
            for (int i = members; i < executive; i++) {
                person(id, gender(0.9), false, null, null, Rank.NONE, false, Role.EXECUTIVE_MEMBER);
            }
            for (int i = 0, n = chance(0.85) ? between(1, 2) : 0; i < n; i++) {           // FL-4.1g
                person(id, gender(0.8), false, null, null, Rank.NONE, false, Role.SOCIAL_WORKER);
            }
            double congress = r.nextDouble();                                              // FL-4.1d
            if (congress < 0.85) {
                activity(ActivityType.CONGRESS, id, LocalDate.of(between(2021, 2025), between(1, 12), between(1, 28)), null);
            } else if (congress < 0.95) {
                activity(ActivityType.CONGRESS, id, LocalDate.of(between(2016, 2020), between(1, 12), between(1, 28)), null);
            }
            if (chance(0.92)) {                                                            // FL-4.4a
                home(id + "-home", id);
            }
        }

        private void community(String id) {
            b.add(new Federation(id, Level.COMMUNITY, place() + "社区妇联", id.substring(0, id.lastIndexOf('-')),
                    between(1_500, 6_000)));
            int executive = chance(0.75) ? between(15, 20) : between(10, 14);              // FL-4.2d
            int members = 0;
            if (chance(0.97)) {                                                            // FL-4.2b
                person(id, gender(0.96), false, null, chance(0.9) ? id : null, Rank.NONE, false, Role.CHAIR, Role.EXECUTIVE_MEMBER);
                members++;
            }
            int partTime = chance(0.85) ? between(2, 3) : between(0, 1);                   // FL-4.2c
            if (partTime < 2 && chance(0.3)) {
                waiver("FL-4.2c", id);
            }
            for (int i = 0; i < partTime; i++) {
                person(id, gender(0.9), false, null, i == 0 ? id : null, Rank.NONE, false,
                        Role.PART_TIME_VICE_CHAIR, Role.EXECUTIVE_MEMBER);
                members++;
            }
            for (int i = members; i < executive; i++) {
                person(id, gender(0.92), false, null, null, Rank.NONE, false, Role.EXECUTIVE_MEMBER);
            }
            // FL-4.2a: elected with the residents' committee, within 90 days, in most communities.
            LocalDate committee = LocalDate.of(2021, 3, 1).plusDays(between(0, 120));
            LocalDate own = chance(0.9) ? committee.plusDays(between(0, 30) * between(0, 3)) : committee.plusDays(between(91, 400));
            activity(ActivityType.ELECTION, id, own, null);
            if (chance(0.99)) {
                activity(ActivityType.RESIDENTS_COMMITTEE_ELECTION, id, committee, null);
            }
            for (int g = 0, n = chance(0.85) ? between(1, 3) : 0; g < n; g++) {           // FL-4.3c
                b.add(new WomensGroup(id + "-g" + (g + 1), id, g % 2 == 0 ? GroupSetting.RESIDENTS_GROUP : GroupSetting.INTEREST_GROUP));
            }
            if (chance(0.9)) {
                home(id + "-home", id);
            }
        }

        private void home(String id, String federation) {
            Set<Have> haves = EnumSet.noneOf(Have.class);                                  // FL-4.4b
            for (Have h : Have.values()) {
                if (chance(0.97)) {
                    haves.add(h);
                }
            }
            Set<BasicService> services = EnumSet.noneOf(BasicService.class);               // FL-4.4c
            for (BasicService s : BasicService.values()) {
                if (chance(0.95)) {
                    services.add(s);
                }
            }
            b.add(new WomensHome(id, place() + "妇女之家", federation, haves, services, chance(0.03)));
            for (int i = 0, n = chance(0.85) ? between(1, 3) : 0; i < n; i++) {           // FL-4.4d
                activity(PLATFORM[i], id, chance(0.95) ? day2025() : LocalDate.of(2024, between(1, 12), between(1, 28)), null);
            }
        }

        // ------------------------------------------------------------ units and buildings

        private void units(int subDistricts) {
            int n = full ? between(40, 120) : between(3, 8);
            for (int i = 0; i < n; i++) {
                String id = d + "-u" + three(i + 1);
                String federation = chance(0.4) ? d : d + "-s" + two(between(1, subDistricts));
                if (chance(0.4)) {                                                         // FL-4.3a
                    UnitType type = chance(0.5) ? UnitType.PARTY_GOVERNMENT_ORGAN : UnitType.PUBLIC_INSTITUTION;
                    b.add(new Unit(id, place() + (type == UnitType.PUBLIC_INSTITUTION ? "中心" : "局"), type, federation,
                            between(5, 400), chance(0.9), false, false));
                } else {                                                                   // FL-4.3b, FL-1.3a
                    UnitType type = NEW_FIELDS[r.nextInt(NEW_FIELDS.length)];
                    boolean guided = type == UnitType.SOCIAL_ORGANIZATION && chance(0.6);
                    Integer women = chance(0.995) ? between(0, 10) * between(0, 60) : null;
                    b.add(new Unit(id, place() + name(type), type, federation, women, chance(0.6),
                            guided && chance(0.8), guided));
                }
            }
        }

        private void buildings(int subDistricts) {
            for (int i = 0, n = full ? between(10, 40) : between(1, 4); i < n; i++) {    // FL-4.3d
                String id = d + "-b" + three(i + 1);
                String name = place() + "大厦";
                String federation = d + "-s" + two(between(1, subDistricts));
                boolean station = chance(0.75);
                // Revision 3: the fourth building of a district has its station not recorded (NOT_RECORDED).
                b.add(new Building(id, name, federation, i == 3 ? null : station));
            }
        }

        // ------------------------------------------------------------ helpers

        /** A member count meeting {@code percent} of {@code total} usually, sometimes exactly, sometimes a few short. */
        private int shareCount(int total, int percent) {
            int min = (percent * total + 99) / 100;
            return chance(0.75) ? Math.min(total, min + between(0, 1) * between(0, 3)) : Math.max(0, min - between(1, 3));
        }

        private String person(String federation, Gender gender, boolean outstanding, String leadershipTeamOf, String twoCommitteesOf,
                              Rank rank, boolean substantive, Role... roles) {
            String id = d + "-p" + String.format("%05d", ++people);
            b.add(new Person(id, name(gender), gender, outstanding, leadershipTeamOf, twoCommitteesOf, rank, substantive));
            for (Role role : roles) {
                b.add(new Position(id, federation, role));
            }
            return id;
        }

        private void activity(ActivityType type, String subject, LocalDate date, Integer days) {
            activities.add(new Activity(d + "-a" + String.format("%05d", ++activityCount), type, subject, date, days));
        }

        private void stints(ActivityType type, String person, int total, int parts) {
            int left = total;
            for (int i = 0; i < parts && left > 0; i++) {
                int days = i == parts - 1 ? left : Math.max(1, left / (parts - i) + between(-3, 3));
                days = Math.min(days, left);
                activity(type, person, LocalDate.of(2025, 2 + 3 * i, 3 + 7 * i), days);
                left -= days;
            }
        }

        private void waiver(String requirement, String subject) {
            boolean valid = chance(0.7);
            waivers.add(new Waiver(d + "-w" + (waivers.size() + 1), requirement, subject, "换届前过渡，人选调整中",
                    place() + "区委组织部", LocalDate.of(valid ? 2025 : 2024, 3, 1), LocalDate.of(valid ? 2026 : 2025, 6, 30)));
        }

        private Gender gender(double women) {
            return chance(women) ? Gender.FEMALE : Gender.MALE;
        }

        /** A woman when {@code woman}, else a woman with the given chance; draws the same either way. */
        private Gender womanIf(boolean woman, double women) {
            Gender drawn = gender(women);
            return woman ? Gender.FEMALE : drawn;
        }

        private String name(Gender gender) {
            String[] given = gender == Gender.FEMALE ? WOMEN : MEN;
            return SURNAMES.charAt(r.nextInt(SURNAMES.length())) + given[r.nextInt(given.length)];
        }

        private String name(UnitType type) {
            return switch (type) {
                case NON_PUBLIC_ENTERPRISE -> "科技有限公司";
                case SOCIAL_ORGANIZATION -> "妇女发展促进会";
                case TECHNOLOGY_PARK -> "科技园";
                default -> "志愿服务队";
            };
        }

        private String place() {
            return PLACES[r.nextInt(PLACES.length)];
        }

        private LocalDate day2025() {
            return LocalDate.ofYearDay(2025, between(1, 365));
        }

        private boolean chance(double p) {
            return r.nextDouble() < p;
        }

        /** A whole number from {@code min} to {@code max}, both included. */
        private int between(int min, int max) {
            return min + r.nextInt(max - min + 1);
        }
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String three(int n) {
        return String.format("%03d", n);
    }
}
