package io.github.fulianrules.examples.baseline;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.model.Activity;
import io.github.fulianrules.model.ActivityCentre;
import io.github.fulianrules.model.ActivityType;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.BasicService;
import io.github.fulianrules.model.Building;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Gender;
import io.github.fulianrules.model.Have;
import io.github.fulianrules.model.Identified;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.model.Rank;
import io.github.fulianrules.model.Ref;
import io.github.fulianrules.model.Referencing;
import io.github.fulianrules.model.Role;
import io.github.fulianrules.model.Unit;
import io.github.fulianrules.model.UnitType;
import io.github.fulianrules.model.Waiver;
import io.github.fulianrules.model.WomensGroup;
import io.github.fulianrules.model.WomensHome;
import io.github.fulianrules.report.Kind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Every requirement of the catalogue (revision 1, {@code FL-1.1a} … {@code FL-5.1a}) and the data
 * findings, checked in plain Java the way a team would write them by hand without a rule engine:
 * one index of the district's records, then one method per requirement, each a loop over its
 * subjects. It is the yardstick the benchmarks measure the rules against, and the differential
 * tests check that both give the same {@link Outcome}s on generated districts.
 *
 * <p>Each method states its requirement as the catalogue words it; the words of its outcome
 * (measured, required, named items) are those the catalogue's messages use. A change of the
 * catalogue changes one method. {@link #only} restricts the checks to some requirements, e.g.
 * {@link #SUBSET}, the thirteen the rules-against-Java benchmark has measured since the start.
 *
 * <pre>{@code
 * PlainJavaChecks checks = PlainJavaChecks.withParametersOf(FulianRules.bundled(), data.period().end());
 * List<Outcome> outcomes = checks.check(data);
 * }</pre>
 */
public final class PlainJavaChecks {
    /** The catalogue's requirements, revision 1, each with its strength. */
    private static final Map<String, Strength> CATALOGUE = catalogue();
    /** Every requirement checked here, and {@code DATA} for the data findings. */
    public static final Set<String> REQUIREMENTS = Set.copyOf(withData(CATALOGUE.keySet()));
    /**
     * Thirteen requirements with every kind of check: shares compared in integers (FL-2.1a–c),
     * the per-mille floor (FL-4.1e), floors (FL-4.1f, FL-4.2d), IN_PRINCIPLE floors with waivers
     * (FL-2.4a, FL-4.1c, FL-4.2c), joins of people to their positions (FL-2.1a–c, FL-2.4b,
     * FL-4.1a), a yes/no condition (FL-4.3a) and a list (FL-4.4b).
     */
    public static final Set<String> SUBSET = Set.of("FL-2.1a", "FL-2.1b", "FL-2.1c", "FL-2.4a", "FL-2.4b",
            "FL-4.1a", "FL-4.1c", "FL-4.1e", "FL-4.1f", "FL-4.2c", "FL-4.2d", "FL-4.3a", "FL-4.4b");
    private static final String DATA = "DATA";

    /** The plan's wording, read as the kind of finding a failed check yields. */
    private enum Strength {
        MUST, IN_PRINCIPLE, SHOULD, ENCOURAGED;

        Kind kind() {
            return switch (this) {
                case MUST, IN_PRINCIPLE -> Kind.VIOLATION;
                case SHOULD -> Kind.WARNING;
                case ENCOURAGED -> Kind.RECOMMENDATION;
            };
        }
    }

    private final Map<String, Long> parameters;
    private final Set<String> checked;

    /** With the given parameter values, by the names of {@code parameters.yaml}; every requirement checked. */
    public PlainJavaChecks(Map<String, Long> parameters) {
        this(Map.copyOf(parameters), REQUIREMENTS);
    }

    private PlainJavaChecks(Map<String, Long> parameters, Set<String> checked) {
        this.parameters = parameters;
        this.checked = Set.copyOf(checked);
    }

    /** With the parameter values {@code engine} uses on {@code day}. */
    public static PlainJavaChecks withParametersOf(FulianRules engine, LocalDate day) {
        return new PlainJavaChecks(engine.parametersOn(day));
    }

    /** The same checks restricted to {@code requirements} (and {@code DATA} when it is among them). */
    public PlainJavaChecks only(Set<String> requirements) {
        return new PlainJavaChecks(parameters, requirements);
    }

    /** The requirements (and {@code DATA}) this instance checks. */
    public Set<String> requirements() {
        return checked;
    }

    /** The unmet outcomes and data findings on {@code data}, in {@link Outcome#ORDER}. */
    public List<Outcome> check(DistrictData data) {
        Index x = new Index(data);
        Result out = new Result(x, checked);
        // 二(一) party building
        reformReports(x, out);
        partyActivities(x, out);
        functionalPartyBranches(x, out);
        // 二(二) leadership bodies
        outstandingShare(x, out, "FL-2.1a", Role.CONGRESS_DELEGATE, param("congressShareMin"));
        outstandingShare(x, out, "FL-2.1b", Role.EXECUTIVE_MEMBER, param("executiveShareMin"));
        outstandingShare(x, out, "FL-2.1c", Role.STANDING_MEMBER, param("standingShareMin"));
        delegateContacts(x, out);
        activityAtLeastOnce(x, out, "FL-2.3a", ActivityType.EXECUTIVE_TRAINING);
        workingRulesRevised(x, out);
        districtPartTimeViceChairs(x, out);
        partTimeViceChairsAreWomen(x, out);
        activityCentre(x, out);
        // 二(三) cadres
        cadreDays(x, out, "FL-3.1a", Role.LEADING_CADRE, ActivityType.GRASSROOTS_RESEARCH, param("leadingCadreResearchMonths"));
        cadreDays(x, out, "FL-3.2a", Role.OFFICE_CADRE, ActivityType.STATIONED_WORK, param("officeCadreFieldMonths"));
        // 二(四) grassroots
        subDistrictChair(x, out);
        sectionChiefViceChair(x, out);
        floor(x, out, "FL-4.1c", Level.SUB_DISTRICT, Role.PART_TIME_VICE_CHAIR, param("subDistrictPartTimeViceChairsMin"));
        subDistrictCongress(x, out);
        executivePerMille(x, out);
        floor(x, out, "FL-4.1f", Level.SUB_DISTRICT, Role.EXECUTIVE_MEMBER, param("subDistrictExecutiveFloor"));
        floor(x, out, "FL-4.1g", Level.SUB_DISTRICT, Role.SOCIAL_WORKER, param("socialWorkersMin"));
        electionsInStep(x, out);
        communityChair(x, out);
        floor(x, out, "FL-4.2c", Level.COMMUNITY, Role.PART_TIME_VICE_CHAIR, param("communityPartTimeViceChairsMin"));
        floor(x, out, "FL-4.2d", Level.COMMUNITY, Role.EXECUTIVE_MEMBER, param("communityExecutiveFloor"));
        organsCovered(x, out);
        newFieldOrganizations(x, out);
        womensGroups(x, out);
        buildingStations(x, out);
        subDistrictHomes(x, out);
        sevenHaves(x, out);
        basicServices(x, out);
        homesAsPlatforms(x, out);
        demonstrationHomes(x, out);
        // 二(五) service innovation
        activityAtLeastOnce(x, out, "FL-5.1a", ActivityType.THEMED_PUBLICITY);
        // Facts that cannot be judged
        dataFindings(x, out);
        List<Outcome> sorted = new ArrayList<>(out.outcomes);
        sorted.sort(Outcome.ORDER);
        return sorted;
    }

    // ---- 二(一) ----

    /** FL-1.1a: reform reports to the district party committee in the period ≥ reformReportsPerYear. */
    private void reformReports(Index x, Result out) {
        long min = param("reformReportsPerYear");
        for (Federation f : x.districts) {
            out.atLeast("FL-1.1a", f.id(), "DISTRICT_FEDERATION", x.inPeriod(f.id(), ActivityType.REFORM_REPORT), min);
        }
    }

    /** FL-1.2a: the four kinds of party activity in the period; names the kinds missing. */
    private static void partyActivities(Index x, Result out) {
        List<ActivityType> kinds = List.of(ActivityType.TWO_STUDIES_ONE_ACTION, ActivityType.THEME_EDUCATION,
                ActivityType.ORGANIZATIONAL_LIFE, ActivityType.INTEGRITY_BUILDING);
        for (Federation f : x.districts) {
            List<String> missing = kinds.stream().filter(k -> x.inPeriod(f.id(), k) == 0).map(Enum::name).toList();
            out.allPresent("FL-1.2a", f.id(), "DISTRICT_FEDERATION", missing, kinds.size());
        }
    }

    /** FL-1.3a: a social organization under the federation's guidance has a functional party branch. */
    private static void functionalPartyBranches(Index x, Result out) {
        for (Unit u : x.data.units()) {
            if (u.type() == UnitType.SOCIAL_ORGANIZATION && u.guidedByFederation()) {
                out.yesNo("FL-1.3a", u.id(), "UNIT", u.functionalPartyBranch());
            }
        }
    }

    // ---- 二(二) ----

    /** FL-2.1a–c: 100·k ≥ p·N outstanding representatives in a district body; an empty body is a data finding. */
    private static void outstandingShare(Index x, Result out, String requirement, Role role, long percent) {
        for (Federation f : x.districts) {
            Set<String> members = x.holders(f.id(), role);
            if (members.isEmpty()) {
                out.data("EMPTY_BODY", f.id(), "DISTRICT_FEDERATION", role.name(), requirement);
                continue;
            }
            long k = members.stream().map(x.people::get).filter(p -> p != null && p.outstandingRepresentative()).count();
            long n = members.size();
            long deficit = percent * n - 100 * k;
            out.add(requirement, f.id(), "DISTRICT_FEDERATION", deficit <= 0, k + "/" + n, percent + "%",
                    deficit <= 0 ? 0 : (deficit + 99) / 100, List.of());
        }
    }

    /** FL-2.2a: every district congress delegate has a recorded contact in the period; lists those without. */
    private static void delegateContacts(Index x, Result out) {
        for (Federation f : x.districts) {
            Set<String> delegates = x.holders(f.id(), Role.CONGRESS_DELEGATE);
            if (delegates.isEmpty()) {
                continue;   // the empty body is FL-2.1a's data finding
            }
            List<String> without = delegates.stream()
                    .filter(pid -> x.inPeriod(pid, ActivityType.DELEGATE_CONTACT) == 0).sorted().toList();
            long n = delegates.size();
            out.add("FL-2.2a", f.id(), "DISTRICT_FEDERATION", without.isEmpty(), (n - without.size()) + "/" + n,
                    n + "/" + n, without.isEmpty() ? 0 : without.size(), without);
        }
    }

    /** FL-2.3a and FL-5.1a: at least one activity of the type in the period. */
    private static void activityAtLeastOnce(Index x, Result out, String requirement, ActivityType type) {
        for (Federation f : x.districts) {
            out.atLeast(requirement, f.id(), "DISTRICT_FEDERATION", x.inPeriod(f.id(), type), 1);
        }
    }

    /** FL-2.3b: the working rules have a recorded revision up to the period's end. */
    private static void workingRulesRevised(Index x, Result out) {
        for (Federation f : x.districts) {
            LocalDate last = x.latestUpToEnd(f.id(), ActivityType.WORKING_RULES_REVISION);
            out.condition("FL-2.3b", f.id(), "DISTRICT_FEDERATION", last != null,
                    last == null ? "-" : last.toString(), "≤ " + x.period.end());
        }
    }

    /** FL-2.4a: part-time vice-chairs of the district ≥ districtPartTimeViceChairsMin (waivable). */
    private void districtPartTimeViceChairs(Index x, Result out) {
        floor(x, out, "FL-2.4a", Level.DISTRICT, Role.PART_TIME_VICE_CHAIR, param("districtPartTimeViceChairsMin"));
    }

    /** FL-2.4b: every part-time vice-chair of the district is a woman (an unknown gender is MISSING_GENDER). */
    private static void partTimeViceChairsAreWomen(Index x, Result out) {
        for (Federation f : x.districts) {
            for (String pid : x.holders(f.id(), Role.PART_TIME_VICE_CHAIR)) {
                Person p = x.people.get(pid);
                if (p != null && p.gender() != null) {
                    out.condition("FL-2.4b", pid, "PERSON", p.gender() == Gender.FEMALE, p.gender().name(),
                            Gender.FEMALE.name());
                }
            }
        }
    }

    /** FL-2.5a: the activity centre has positioning, structure and a public-welfare activity in the period. */
    private static void activityCentre(Index x, Result out) {
        for (ActivityCentre c : x.data.activityCentres()) {
            List<String> missing = new ArrayList<>(3);
            if (!c.positioningDefined()) {
                missing.add("POSITIONING");
            }
            if (!c.structureDefined()) {
                missing.add("STRUCTURE");
            }
            if (x.inPeriod(c.id(), ActivityType.PUBLIC_WELFARE) == 0) {
                missing.add("PUBLIC_WELFARE");
            }
            out.allPresent("FL-2.5a", c.id(), "ACTIVITY_CENTRE", missing, 3);
        }
        if (x.data.activityCentres().isEmpty()) {
            for (Federation f : x.districts) {
                out.data("NO_ACTIVITY_CENTRE", f.id(), "DISTRICT_FEDERATION", "activityCentres", "FL-2.5a");
            }
        }
    }

    // ---- 二(三) ----

    /** FL-3.1a and FL-3.2a: a district cadre's days of the work in the period ≥ months × daysPerMonth. */
    private void cadreDays(Index x, Result out, String requirement, Role role, ActivityType work, long months) {
        long min = months * param("daysPerMonth");
        for (Federation f : x.districts) {
            for (String pid : x.holders(f.id(), role)) {
                long days = 0;
                for (Activity a : x.activities(pid)) {
                    if (a.type() == work && x.period.contains(a.date()) && a.days() != null && a.days() >= 0) {
                        days += a.days();
                    }
                }
                out.atLeast(requirement, pid, "PERSON", days, min);
            }
        }
    }

    // ---- 二(四) ----

    /** FL-4.1a: the sub-district chair is a woman in the same sub-district's leadership team. */
    private static void subDistrictChair(Index x, Result out) {
        for (Federation f : x.level(Level.SUB_DISTRICT)) {
            chairCondition(x, out, "FL-4.1a", f, "SUB_DISTRICT_FEDERATION", p -> f.id().equals(p.leadershipTeamOf()));
        }
    }

    /** FL-4.2b: the community chair is a woman on the community's two committees. */
    private static void communityChair(Index x, Result out) {
        for (Federation f : x.level(Level.COMMUNITY)) {
            chairCondition(x, out, "FL-4.2b", f, "COMMUNITY_FEDERATION", p -> f.id().equals(p.twoCommitteesOf()));
        }
    }

    private static void chairCondition(Index x, Result out, String requirement, Federation f, String type,
                                       java.util.function.Predicate<Person> seated) {
        Set<String> chairs = x.holders(f.id(), Role.CHAIR);
        long ok = chairs.stream().map(x.people::get)
                .filter(p -> p != null && p.gender() == Gender.FEMALE && seated.test(p)).count();
        out.add(requirement, f.id(), type, ok > 0, ok + "/" + chairs.size(), "1", ok > 0 ? 0 : 1,
                chairs.isEmpty() ? List.of("NO_CHAIR") : List.of());
    }

    /** FL-4.1b: a full-time vice-chair holds a substantive section-chief post. */
    private static void sectionChiefViceChair(Index x, Result out) {
        for (Federation f : x.level(Level.SUB_DISTRICT)) {
            Set<String> all = x.holders(f.id(), Role.FULL_TIME_VICE_CHAIR);
            long ok = all.stream().map(x.people::get)
                    .filter(p -> p != null && p.rank() == Rank.SECTION_CHIEF && p.substantiveRank()).count();
            out.add("FL-4.1b", f.id(), "SUB_DISTRICT_FEDERATION", ok > 0, ok + "/" + all.size(), "1", ok > 0 ? 0 : 1,
                    all.isEmpty() ? List.of("NO_FULL_TIME_VICE_CHAIR") : List.of());
        }
    }

    /** FL-2.4a, FL-4.1c, FL-4.1f, FL-4.1g, FL-4.2c, FL-4.2d: people in a role of each federation of the level ≥ min. */
    private static void floor(Index x, Result out, String requirement, Level level, Role role, long min) {
        for (Federation f : x.level(level)) {
            out.atLeast(requirement, f.id(), subjectType(level), x.holders(f.id(), role).size(), min);
        }
    }

    /** FL-4.1d: a women's congress within congressTermYears before the period's end. */
    private void subDistrictCongress(Index x, Result out) {
        LocalDate since = x.period.end().minusYears(param("congressTermYears"));
        for (Federation f : x.level(Level.SUB_DISTRICT)) {
            LocalDate last = x.latestUpToEnd(f.id(), ActivityType.CONGRESS);
            out.condition("FL-4.1d", f.id(), "SUB_DISTRICT_FEDERATION", last != null && last.isAfter(since),
                    last == null ? "-" : last.toString(), "> " + since);
        }
    }

    /** FL-4.1e: executive members ≥ ⌈resident women × per-mille / 1000⌉; no population is a data finding. */
    private void executivePerMille(Index x, Result out) {
        long perMille = param("subDistrictExecutivePerMille");
        for (Federation f : x.level(Level.SUB_DISTRICT)) {
            Integer women = f.residentWomen();
            if (women == null || women == 0) {
                out.data("MISSING_POPULATION", f.id(), "SUB_DISTRICT_FEDERATION", "residentWomen", "FL-4.1e");
            } else if (women > 0) {
                out.atLeast("FL-4.1e", f.id(), "SUB_DISTRICT_FEDERATION", x.holders(f.id(), Role.EXECUTIVE_MEMBER).size(),
                        (women * perMille + 999) / 1000);
            }
        }
    }

    /** FL-4.2a: the federation's last election within electionSyncToleranceDays of the residents' committee's. */
    private void electionsInStep(Index x, Result out) {
        long tolerance = param("electionSyncToleranceDays");
        for (Federation f : x.level(Level.COMMUNITY)) {
            LocalDate own = x.latestUpToEnd(f.id(), ActivityType.ELECTION);
            LocalDate committee = x.latestUpToEnd(f.id(), ActivityType.RESIDENTS_COMMITTEE_ELECTION);
            if (own == null) {
                out.data("NO_ELECTION_RECORD", f.id(), "COMMUNITY_FEDERATION", "activities", ActivityType.ELECTION.name());
            }
            if (committee == null) {
                out.data("NO_ELECTION_RECORD", f.id(), "COMMUNITY_FEDERATION", "activities",
                        ActivityType.RESIDENTS_COMMITTEE_ELECTION.name());
            }
            if (own != null && committee != null) {
                long apart = Math.abs(ChronoUnit.DAYS.between(own, committee));
                out.condition("FL-4.2a", f.id(), "COMMUNITY_FEDERATION", apart <= tolerance, Long.toString(apart),
                        "≤ " + tolerance);
            }
        }
    }

    /** FL-4.3a: every party or government organ and public institution has a women's organization. */
    private static void organsCovered(Index x, Result out) {
        for (Unit u : x.data.units()) {
            if (isOrganOrInstitution(u)) {
                out.yesNo("FL-4.3a", u.id(), "UNIT", u.womensOrganization());
            }
        }
    }

    /** FL-4.3b: a unit of the new fields with ≥ womenForOrganizationMin women has a women's organization. */
    private void newFieldOrganizations(Index x, Result out) {
        long min = param("womenForOrganizationMin");
        for (Unit u : x.data.units()) {
            if (isOrganOrInstitution(u)) {
                continue;
            }
            if (u.women() == null) {
                if (!u.womensOrganization()) {
                    out.data("MISSING_COUNT", u.id(), "UNIT", "women", "FL-4.3b");
                }
            } else if (u.women() >= min) {
                boolean has = u.womensOrganization();
                out.add("FL-4.3b", u.id(), "UNIT", has, has ? "YES" : "NO", "YES", has ? 0 : 1,
                        List.of(Integer.toString(u.women())));
            }
        }
    }

    /** FL-4.3c: the community federation has at least one women's group. */
    private static void womensGroups(Index x, Result out) {
        Map<String, Integer> groups = new HashMap<>();
        for (WomensGroup g : x.data.womensGroups()) {
            groups.merge(g.federationId(), 1, Integer::sum);
        }
        for (Federation f : x.level(Level.COMMUNITY)) {
            out.atLeast("FL-4.3c", f.id(), "COMMUNITY_FEDERATION", groups.getOrDefault(f.id(), 0), 1);
        }
    }

    /** FL-4.3d: a commercial building has a women's work station. */
    private static void buildingStations(Index x, Result out) {
        for (Building b : x.data.buildings()) {
            out.yesNo("FL-4.3d", b.id(), "BUILDING", b.womensWorkStation());
        }
    }

    /** FL-4.4a: the sub-district federation has a Women's Home. */
    private static void subDistrictHomes(Index x, Result out) {
        Map<String, Integer> homes = new HashMap<>();
        for (WomensHome h : x.data.womensHomes()) {
            homes.merge(h.federationId(), 1, Integer::sum);
        }
        for (Federation f : x.level(Level.SUB_DISTRICT)) {
            out.atLeast("FL-4.4a", f.id(), "SUB_DISTRICT_FEDERATION", homes.getOrDefault(f.id(), 0), 1);
        }
    }

    /** FL-4.4b: a Women's Home has all seven haves; names the missing ones. */
    private static void sevenHaves(Index x, Result out) {
        for (WomensHome h : x.data.womensHomes()) {
            EnumSet<Have> missing = EnumSet.allOf(Have.class);
            missing.removeAll(h.haves());
            out.allPresent("FL-4.4b", h.id(), "WOMENS_HOME", missing.stream().map(Enum::name).toList(), Have.values().length);
        }
    }

    /** FL-4.4c: a Women's Home offers all four basic services; names the missing ones. */
    private static void basicServices(Index x, Result out) {
        for (WomensHome h : x.data.womensHomes()) {
            EnumSet<BasicService> missing = EnumSet.allOf(BasicService.class);
            missing.removeAll(h.services());
            out.allPresent("FL-4.4c", h.id(), "WOMENS_HOME", missing.stream().map(Enum::name).toList(),
                    BasicService.values().length);
        }
    }

    /** FL-4.4d: a Women's Home hosts consultation, public service or governance in the period. */
    private static void homesAsPlatforms(Index x, Result out) {
        for (WomensHome h : x.data.womensHomes()) {
            long n = x.inPeriod(h.id(), ActivityType.DEMOCRATIC_CONSULTATION) + x.inPeriod(h.id(), ActivityType.PUBLIC_SERVICE)
                    + x.inPeriod(h.id(), ActivityType.SOCIAL_GOVERNANCE);
            out.atLeast("FL-4.4d", h.id(), "WOMENS_HOME", n, 1);
        }
    }

    /** FL-4.4e: demonstration Women's Homes in the district ≥ demonstrationHomesMin. */
    private void demonstrationHomes(Index x, Result out) {
        long n = x.data.womensHomes().stream().filter(WomensHome::demonstration).count();
        for (Federation f : x.districts) {
            out.atLeast("FL-4.4e", f.id(), "DISTRICT_FEDERATION", n, param("demonstrationHomesMin"));
        }
    }

    // ---- data findings ----

    /** Records that cannot be judged: duplicates, dangling references, negative counts, missing values, odd dates, structure. */
    private static void dataFindings(Index x, Result out) {
        DistrictData d = x.data;
        Map<String, List<Identified>> byId = new HashMap<>();
        identified(d).forEach(r -> byId.computeIfAbsent(r.id(), k -> new ArrayList<>(1)).add(r));
        for (List<Identified> same : byId.values()) {
            if (same.size() > 1) {
                for (Identified r : same) {
                    out.data("DUPLICATE_ID", r.id(), type(r), "id", r.id());
                }
            }
        }
        Stream.<Referencing>concat(identified(d).map(Referencing.class::cast), d.positions().stream()).forEach(r -> {
            for (Ref ref : r.references()) {
                List<Identified> targets = byId.getOrDefault(ref.id(), List.of());
                if (targets.stream().noneMatch(ref::accepts)) {
                    String subject = r instanceof Position p ? p.key() : ((Identified) r).id();
                    out.data("UNKNOWN_REFERENCE", subject, type(r), ref.field(), ref.id());
                }
            }
        });
        for (Federation f : d.federations()) {
            if (f.residentWomen() != null && f.residentWomen() < 0) {
                out.data("NEGATIVE_COUNT", f.id(), type(f), "residentWomen", null);
            }
            if (f.level() != Level.DISTRICT && f.parentId() == null) {
                out.data("MISSING_PARENT", f.id(), type(f), "parentId", null);
            }
            if (f.level() != Level.DISTRICT) {
                for (Identified parent : byId.getOrDefault(f.parentId(), List.of())) {
                    if (parent instanceof Federation pf && pf.level() != f.level().parent()) {
                        out.data("WRONG_PARENT_LEVEL", f.id(), type(f), "parentId", f.parentId());
                    }
                }
            }
        }
        for (Unit u : d.units()) {
            if (u.women() != null && u.women() < 0) {
                out.data("NEGATIVE_COUNT", u.id(), "UNIT", "women", null);
            }
        }
        Set<String> holdsPosition = new HashSet<>();
        Map<Position, Integer> positions = new HashMap<>();
        for (Position p : d.positions()) {
            holdsPosition.add(p.personId());
            positions.merge(p, 1, Integer::sum);
        }
        positions.forEach((p, n) -> {
            if (n > 1) {
                out.data("DUPLICATE_POSITION", p.key(), "POSITION", "role", p.role().name());
            }
        });
        for (Person p : d.people()) {
            if (p.gender() == null && holdsPosition.contains(p.id())) {
                out.data("MISSING_GENDER", p.id(), "PERSON", "gender", null);
            }
        }
        for (Activity a : d.activities()) {
            if (a.days() != null && a.days() < 0) {
                out.data("NEGATIVE_COUNT", a.id(), "ACTIVITY", "days", null);
            }
            if (!x.period.isSensible(a.date())) {
                out.data("DATE_OUT_OF_RANGE", a.id(), "ACTIVITY", "date", a.date().toString());
            }
            if ((a.type() == ActivityType.GRASSROOTS_RESEARCH || a.type() == ActivityType.STATIONED_WORK) && a.days() == null) {
                out.data("MISSING_COUNT", a.id(), "ACTIVITY", "days", a.type().name());
            }
        }
        if (x.districts.isEmpty()) {
            out.data("NO_DISTRICT", "-", "INPUT", "federations", null);
        }
        for (Federation f : x.districts) {
            if (x.districts.stream().anyMatch(g -> !g.id().equals(f.id()))) {
                out.data("SEVERAL_DISTRICTS", f.id(), "DISTRICT_FEDERATION", "level", null);
            }
        }
        for (Waiver w : d.waivers()) {
            if (!x.period.isSensible(w.validFrom()) || !x.period.isSensible(w.validUntil())) {
                out.data("DATE_OUT_OF_RANGE", w.id(), "WAIVER", x.period.isSensible(w.validFrom()) ? "validUntil" : "validFrom",
                        w.validFrom() + ".." + w.validUntil());
            }
            Strength strength = CATALOGUE.get(w.requirementId());
            if (strength == null) {
                out.data("UNKNOWN_REQUIREMENT", w.id(), "WAIVER", "requirementId", w.requirementId());
            } else if (strength != Strength.IN_PRINCIPLE) {
                out.data("WAIVER_NOT_ALLOWED", w.id(), "WAIVER", "requirementId", w.requirementId() + " " + strength);
            } else if (w.validFrom().isAfter(w.validUntil())) {
                out.data("INVALID_DATE_RANGE", w.id(), "WAIVER", "validUntil", w.validFrom() + ".." + w.validUntil());
            }
        }
    }

    private static Stream<Identified> identified(DistrictData d) {
        return Stream.of(d.federations(), d.people(), d.womensHomes(), d.units(), d.buildings(), d.activityCentres(),
                d.womensGroups(), d.activities(), d.waivers()).flatMap(List::stream).map(Identified.class::cast);
    }

    // ---- helpers ----

    private long param(String name) {
        Long value = parameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no value of parameter " + name);
        }
        return value;
    }

    private static boolean isOrganOrInstitution(Unit u) {
        return u.type() == UnitType.PARTY_GOVERNMENT_ORGAN || u.type() == UnitType.PUBLIC_INSTITUTION;
    }

    private static String subjectType(Level level) {
        return level.name() + "_FEDERATION";
    }

    /** The subject type the report names a record by. */
    private static String type(Object record) {
        if (record instanceof Federation f) {
            return subjectType(f.level());
        }
        if (record instanceof WomensHome) {
            return "WOMENS_HOME";
        }
        if (record instanceof ActivityCentre) {
            return "ACTIVITY_CENTRE";
        }
        if (record instanceof WomensGroup) {
            return "WOMENS_GROUP";
        }
        return record.getClass().getSimpleName().toUpperCase(java.util.Locale.ROOT);
    }

    private static Map<String, Strength> catalogue() {
        Map<String, Strength> c = new HashMap<>();
        for (String id : List.of("FL-1.1a", "FL-1.2a", "FL-1.3a", "FL-2.2a", "FL-2.3a", "FL-2.3b", "FL-2.5a", "FL-4.1d",
                "FL-4.1f", "FL-4.2d", "FL-4.3d", "FL-4.4a", "FL-4.4c", "FL-5.1a")) {
            c.put(id, Strength.SHOULD);
        }
        for (String id : List.of("FL-2.1a", "FL-2.1b", "FL-2.1c", "FL-2.4b", "FL-3.1a", "FL-3.2a", "FL-4.1a", "FL-4.1b",
                "FL-4.1e", "FL-4.1g", "FL-4.2a", "FL-4.2b", "FL-4.3a", "FL-4.4b")) {
            c.put(id, Strength.MUST);
        }
        for (String id : List.of("FL-2.4a", "FL-4.1c", "FL-4.2c")) {
            c.put(id, Strength.IN_PRINCIPLE);
        }
        for (String id : List.of("FL-4.3b", "FL-4.3c", "FL-4.4d", "FL-4.4e")) {
            c.put(id, Strength.ENCOURAGED);
        }
        return Map.copyOf(c);
    }

    private static Set<String> withData(Set<String> ids) {
        Set<String> all = new TreeSet<>(ids);
        all.add(DATA);
        return all;
    }

    /** The district's records indexed once: people by id, holders of each role, activities by subject. */
    private static final class Index {
        final DistrictData data;
        final AssessmentPeriod period;
        final Map<String, Person> people = new HashMap<>();
        final Map<String, Map<Role, Set<String>>> holders = new HashMap<>();
        final Map<String, List<Activity>> activities = new HashMap<>();
        final Map<Level, List<Federation>> levels = new EnumMap<>(Level.class);
        final List<Federation> districts;

        Index(DistrictData data) {
            this.data = data;
            this.period = data.period();
            for (Person p : data.people()) {
                people.putIfAbsent(p.id(), p);
            }
            for (Position p : data.positions()) {
                holders.computeIfAbsent(p.federationId(), k -> new EnumMap<>(Role.class))
                        .computeIfAbsent(p.role(), k -> new HashSet<>()).add(p.personId());
            }
            for (Activity a : data.activities()) {
                activities.computeIfAbsent(a.subjectId(), k -> new ArrayList<>()).add(a);
            }
            for (Level l : Level.values()) {
                levels.put(l, new ArrayList<>());
            }
            for (Federation f : data.federations()) {
                levels.get(f.level()).add(f);
            }
            districts = levels.get(Level.DISTRICT);
        }

        List<Federation> level(Level level) {
            return levels.get(level);
        }

        Set<String> holders(String federation, Role role) {
            return holders.getOrDefault(federation, Map.of()).getOrDefault(role, Set.of());
        }

        List<Activity> activities(String subject) {
            return activities.getOrDefault(subject, List.of());
        }

        /** Activities of the type about the subject dated inside the period. */
        long inPeriod(String subject, ActivityType type) {
            long n = 0;
            for (Activity a : activities(subject)) {
                if (a.type() == type && period.contains(a.date())) {
                    n++;
                }
            }
            return n;
        }

        /** The latest date of the subject's activities of the type up to the period's end, or null. */
        LocalDate latestUpToEnd(String subject, ActivityType type) {
            LocalDate last = null;
            for (Activity a : activities(subject)) {
                if (a.type() == type && period.notAfterEnd(a.date()) && (last == null || a.date().isAfter(last))) {
                    last = a.date();
                }
            }
            return last;
        }
    }

    /** The unmet outcomes and data findings collected (each once), waivers applied. */
    private static final class Result {
        final Set<Outcome> outcomes = new HashSet<>();
        final Map<String, Waiver> waivers = new HashMap<>();
        final Set<String> checked;

        Result(Index x, Set<String> checked) {
            this.checked = checked;
            // The waivers in force on the period's last day: the first by id for each requirement and subject.
            x.data.waivers().stream().sorted(Comparator.comparing(Waiver::id))
                    .filter(w -> CATALOGUE.get(w.requirementId()) == Strength.IN_PRINCIPLE
                            && !w.validFrom().isAfter(w.validUntil()) && w.validOn(x.period.end()))
                    .forEach(w -> waivers.putIfAbsent(w.requirementId() + "/" + w.subjectId(), w));
        }

        void atLeast(String requirement, String subject, String type, long measured, long min) {
            add(requirement, subject, type, measured >= min, Long.toString(measured), Long.toString(min),
                    Math.max(0, min - measured), List.of());
        }

        void condition(String requirement, String subject, String type, boolean met, String measured, String required) {
            add(requirement, subject, type, met, measured, required, met ? 0 : 1, List.of());
        }

        void yesNo(String requirement, String subject, String type, boolean has) {
            condition(requirement, subject, type, has, has ? "YES" : "NO", "YES");
        }

        void allPresent(String requirement, String subject, String type, List<String> missing, int expected) {
            add(requirement, subject, type, missing.isEmpty(), Integer.toString(expected - missing.size()),
                    Integer.toString(expected), missing.size(), missing);
        }

        void add(String requirement, String subject, String type, boolean met, String measured, String required,
                 long gap, List<String> details) {
            if (met || !checked.contains(requirement)) {
                return;
            }
            Strength strength = CATALOGUE.get(requirement);
            Waiver w = strength == Strength.IN_PRINCIPLE ? waivers.get(requirement + "/" + subject) : null;
            outcomes.add(new Outcome(requirement, null, subject, type, strength.kind(), w != null,
                    w == null ? null : w.reason() + " (" + w.approver() + ", " + w.id() + ")",
                    measured, required, gap, details));
        }

        void data(String code, String subject, String type, String field, String detail) {
            if (checked.contains(DATA)) {
                outcomes.add(new Outcome(DATA, code, subject, type, Kind.DATA, false, null, detail, null, 0,
                        field == null ? List.of() : List.of(field)));
            }
        }
    }
}
