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
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Every requirement of the catalogue (revision 2: the 38 IDs {@code FL-1.1a} … {@code FL-5.1a}) and
 * the data findings, checked in plain Java the way a team would write them by hand without a rule
 * engine: one index of the district's records, then one method per requirement, each a loop over
 * its subjects. It is the yardstick the benchmarks measure the rules against, and the differential
 * tests check that both give the same {@link Outcome}s on generated districts.
 *
 * <p>Each method states its requirement as the catalogue ({@code ../shared/requirements.md}) words
 * it, and applies revision 2's counting rules:
 * <ul>
 *   <li>days inside the period: a record of days occupies the days from its date on, only those in
 *       the period count, and a day two records occupy counts once (FL-3.1a, FL-3.2a); a pairing is
 *       in force when it occupies a day of the period (FL-3.2b);
 *   <li>unknown is not "no": a count of days not recorded, a person record that does not exist, a
 *       gender not recorded, a missing population or election date, a date outside any sensible
 *       range leaves the check to its data finding wherever the unknown value could tip it (and
 *       only there);
 *   <li>outstanding representatives are women (FL-2.1a–c); the executive committee is the members
 *       listed as such, officers included;
 *   <li>one person in two offices (chair, full-time or part-time vice-chair) of one federation is
 *       {@code CONFLICTING_ROLES} and counts in none of them;
 * </ul>
 * and revision 3's (unknown is not "no" in every counting path):
 * <ul>
 *   <li>a check that a person in conflicting offices could tip, were she counted in either, is left
 *       to her {@code CONFLICTING_ROLES}; one decided anyway names {@code CONFLICTED} where it would
 *       otherwise say there is nobody in the office;
 *   <li>a yes/no, rank or list left out is not recorded: where it decides a check, {@code NOT_RECORDED}
 *       names it instead;
 *   <li>a stint of zero ({@code ZERO_DAYS}) or negative days leaves the cadre's total unknown, as one
 *       without its days does;
 *   <li>no leading (office) cadre is {@code EMPTY_BODY} for FL-3.1a (FL-3.2a, FL-3.2b); an activity
 *       against a subject of the wrong kind is {@code WRONG_SUBJECT};
 *   <li>a waiver counts only for an IN_PRINCIPLE requirement and a subject it is checked on, else it
 *       is a data finding; an empty body is named for each requirement that needed it (FL-2.1a–c,
 *       FL-2.2a); FL-2.5a judges the district federation's own centres.
 * </ul>
 * Where the catalogue leaves a choice open, the rules' documented choice is followed and noted at
 * the method. The words of an outcome (measured, required, named items) are those the catalogue's
 * messages use. {@link #only} restricts the checks to some requirements, e.g. {@link #SUBSET}, the
 * thirteen the rules-against-Java benchmark has measured since the start.
 *
 * <pre>{@code
 * PlainJavaChecks checks = PlainJavaChecks.withParametersOf(FulianRules.bundled(), data.period().end());
 * List<Outcome> outcomes = checks.check(data);
 * }</pre>
 */
public final class PlainJavaChecks {
    /** The catalogue's requirements, revision 2, each with its strength. */
    private static final Map<String, Strength> CATALOGUE = catalogue();
    private static final String DATA = "DATA";
    /** Every requirement checked here, and {@code DATA} for the data findings. */
    public static final Set<String> REQUIREMENTS = withData(CATALOGUE.keySet());
    /**
     * Thirteen requirements with every kind of check: shares compared in integers (FL-2.1a–c),
     * the per-mille floor (FL-4.1e), floors (FL-4.1f, FL-4.2d), IN_PRINCIPLE floors with waivers
     * (FL-2.4a, FL-4.1c, FL-4.2c), joins of people to their positions (FL-2.1a–c, FL-2.4b,
     * FL-4.1a), a yes/no condition (FL-4.3a) and a list (FL-4.4b).
     */
    public static final Set<String> SUBSET = Set.of("FL-2.1a", "FL-2.1b", "FL-2.1c", "FL-2.4a", "FL-2.4b",
            "FL-4.1a", "FL-4.1c", "FL-4.1e", "FL-4.1f", "FL-4.2c", "FL-4.2d", "FL-4.3a", "FL-4.4b");
    private static final List<ActivityType> PARTY_ACTIVITIES = List.of(ActivityType.TWO_STUDIES_ONE_ACTION,
            ActivityType.THEME_EDUCATION, ActivityType.ORGANIZATIONAL_LIFE, ActivityType.INTEGRITY_BUILDING);
    private static final Set<ActivityType> PLATFORM = EnumSet.of(ActivityType.DEMOCRATIC_CONSULTATION,
            ActivityType.PUBLIC_SERVICE, ActivityType.SOCIAL_GOVERNANCE);

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

    /** One requirement's check (or the data findings'), given the index and where to put what it finds. */
    private interface Check {
        void run(Index x, Result out);
    }

    private final Map<String, Long> parameters;
    private final Set<String> checked;
    /** The checks to run, in catalogue order, each under the requirement (or {@code DATA}) it reports. */
    private final Map<String, Check> checks;

    /** With the given parameter values, by the names of {@code parameters.yaml}; every requirement checked. */
    public PlainJavaChecks(Map<String, Long> parameters) {
        this(Map.copyOf(parameters), REQUIREMENTS);
    }

    private PlainJavaChecks(Map<String, Long> parameters, Set<String> checked) {
        this.parameters = parameters;
        this.checked = Set.copyOf(checked);
        Map<String, Check> all = allChecks();
        all.keySet().retainAll(this.checked);
        this.checks = all;
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
        Result out = new Result(checked.contains(DATA));
        // A requirement is run even where every subject is left undecided (to a data finding).
        out.requirementsRun.addAll(checks.keySet());
        checks.values().forEach(c -> c.run(x, out));
        return out.outcomes(x);
    }

    private Map<String, Check> allChecks() {
        Map<String, Check> c = new LinkedHashMap<>();
        // 二(一) party building
        // Revision 3: the thresholds per year (FL-1.1a, FL-1.2a, FL-3.1a, FL-3.2a, FL-3.2c) apply to a
        // one-year period only; on another, PERIOD_NOT_A_YEAR (dataFindings) stands instead.
        c.put("FL-1.1a", yearly((x, out) -> activities(x, out, "FL-1.1a", EnumSet.of(ActivityType.REFORM_REPORT),
                param("reformReportsPerYear"))));
        c.put("FL-1.2a", yearly((x, out) -> partyActivities(x, out, param("partyStudySessionsPerYear"))));
        c.put("FL-1.2b", (x, out) -> activities(x, out, "FL-1.2b", EnumSet.of(ActivityType.STRICT_AND_SOLID_EDUCATION), 1));
        c.put("FL-1.3a", PlainJavaChecks::functionalPartyBranches);
        // 二(二) leadership bodies
        c.put("FL-2.1a", (x, out) -> outstandingShare(x, out, "FL-2.1a", Role.CONGRESS_DELEGATE, param("congressShareMin")));
        c.put("FL-2.1b", (x, out) -> outstandingShare(x, out, "FL-2.1b", Role.EXECUTIVE_MEMBER, param("executiveShareMin")));
        c.put("FL-2.1c", (x, out) -> outstandingShare(x, out, "FL-2.1c", Role.STANDING_MEMBER, param("standingShareMin")));
        c.put("FL-2.2a", PlainJavaChecks::delegateContacts);
        c.put("FL-2.3a", (x, out) -> activities(x, out, "FL-2.3a", EnumSet.of(ActivityType.EXECUTIVE_TRAINING), 1));
        c.put("FL-2.3b", PlainJavaChecks::workingRulesRevised);
        c.put("FL-2.4a", (x, out) -> floor(x, out, "FL-2.4a", Level.DISTRICT, Role.PART_TIME_VICE_CHAIR,
                param("districtPartTimeViceChairsMin")));
        c.put("FL-2.4b", PlainJavaChecks::partTimeViceChairsAreWomen);
        c.put("FL-2.5a", PlainJavaChecks::activityCentres);
        // 二(三) cadres
        c.put("FL-3.1a", yearly((x, out) -> cadreDays(x, out, "FL-3.1a", Role.LEADING_CADRE,
                EnumSet.of(ActivityType.GRASSROOTS_RESEARCH, ActivityType.GRASSROOTS_WOMENS_WORK),
                param("leadingCadreResearchMonths") * param("daysPerMonth"))));
        c.put("FL-3.2a", yearly((x, out) -> cadreDays(x, out, "FL-3.2a", Role.OFFICE_CADRE, EnumSet.of(ActivityType.STATIONED_WORK),
                param("officeCadreFieldMonths") * param("daysPerMonth"))));
        c.put("FL-3.2b", PlainJavaChecks::hardshipPairings);
        c.put("FL-3.2c", yearly((x, out) -> fieldVisits(x, out, param("fieldVisitCampaignsPerYear"))));
        // 二(四) grassroots
        c.put("FL-4.1a", (x, out) -> chairs(x, out, "FL-4.1a", Level.SUB_DISTRICT, Person::leadershipTeamOf));
        c.put("FL-4.1b", PlainJavaChecks::sectionChiefViceChairs);
        c.put("FL-4.1c", (x, out) -> floor(x, out, "FL-4.1c", Level.SUB_DISTRICT, Role.PART_TIME_VICE_CHAIR,
                param("subDistrictPartTimeViceChairsMin")));
        c.put("FL-4.1d", (x, out) -> subDistrictCongresses(x, out, param("congressTermYears")));
        c.put("FL-4.1e", (x, out) -> executivePerMille(x, out, param("subDistrictExecutivePerMille")));
        c.put("FL-4.1f", (x, out) -> floor(x, out, "FL-4.1f", Level.SUB_DISTRICT, Role.EXECUTIVE_MEMBER,
                param("subDistrictExecutiveFloor")));
        c.put("FL-4.1g", (x, out) -> floor(x, out, "FL-4.1g", Level.SUB_DISTRICT, Role.SOCIAL_WORKER, param("socialWorkersMin")));
        c.put("FL-4.2a", (x, out) -> electionsInStep(x, out, param("electionSyncToleranceDays")));
        c.put("FL-4.2b", (x, out) -> chairs(x, out, "FL-4.2b", Level.COMMUNITY, Person::twoCommitteesOf));
        c.put("FL-4.2c", (x, out) -> floor(x, out, "FL-4.2c", Level.COMMUNITY, Role.PART_TIME_VICE_CHAIR,
                param("communityPartTimeViceChairsMin")));
        c.put("FL-4.2d", (x, out) -> floor(x, out, "FL-4.2d", Level.COMMUNITY, Role.EXECUTIVE_MEMBER,
                param("communityExecutiveFloor")));
        c.put("FL-4.3a", PlainJavaChecks::organsCovered);
        c.put("FL-4.3b", (x, out) -> newFieldOrganizations(x, out, param("womenForOrganizationMin")));
        c.put("FL-4.3c", PlainJavaChecks::womensGroups);
        c.put("FL-4.3d", PlainJavaChecks::buildingStations);
        c.put("FL-4.4a", PlainJavaChecks::subDistrictHomes);
        c.put("FL-4.4b", PlainJavaChecks::sevenHaves);
        c.put("FL-4.4c", PlainJavaChecks::basicServices);
        c.put("FL-4.4d", PlainJavaChecks::homesAsPlatforms);
        c.put("FL-4.4e", (x, out) -> demonstrationHomes(x, out, param("demonstrationHomesMin")));
        // 二(五) service innovation
        c.put("FL-5.1a", (x, out) -> activities(x, out, "FL-5.1a", EnumSet.of(ActivityType.THEMED_PUBLICITY), 1));
        // Facts that cannot be judged
        c.put(DATA, PlainJavaChecks::dataFindings);
        if (!c.keySet().equals(REQUIREMENTS)) {
            throw new IllegalStateException("a requirement without its check, or a check without its requirement");
        }
        return c;
    }

    /** {@code check} on a one-year period only. */
    private static Check yearly(Check check) {
        return (x, out) -> {
            if (x.period.isYear()) {
                check.run(x, out);
            }
        };
    }

    // ---- 二(一) ----

    /** FL-1.1a, FL-1.2b, FL-2.3a, FL-5.1a: the district federation's activities of the types in the period ≥ min. */
    private static void activities(Index x, Result out, String requirement, Set<ActivityType> types, long min) {
        for (Federation f : x.districts) {
            out.atLeast(requirement, f.id(), "DISTRICT_FEDERATION", x.inPeriod(f.id(), types::contains).size(), min);
        }
    }

    /**
     * FL-1.2a: the four kinds of party activity in the period; names the kinds missing. Revision 3:
     * "两学一做" is to be regular, as FL-3.2c reads 常态化: at least {@code studies} in the period
     * (else TWO_STUDIES_ONE_ACTION_TOO_FEW, or the kind itself when there is none) and, where more
     * than one is asked, not all in one quarter (TWO_STUDIES_ONE_ACTION_ONE_QUARTER).
     */
    private static void partyActivities(Index x, Result out, long studies) {
        for (Federation f : x.districts) {
            Set<ActivityType> held = EnumSet.noneOf(ActivityType.class);
            x.inPeriod(f.id(), t -> true).forEach(a -> held.add(a.type()));
            List<Activity> twoStudies = x.inPeriod(f.id(), t -> t == ActivityType.TWO_STUDIES_ONE_ACTION);
            Set<Integer> quarters = new HashSet<>();
            twoStudies.forEach(a -> quarters.add(a.date().getYear() * 4 + (a.date().getMonthValue() - 1) / 3));
            String first = PARTY_ACTIVITIES.get(0).name();
            List<String> missing = new ArrayList<>();
            if (twoStudies.isEmpty()) {
                missing.add(first);
            } else if (twoStudies.size() < studies) {
                missing.add(first + "_TOO_FEW");
            } else if (studies > 1 && quarters.size() == 1) {
                missing.add(first + "_ONE_QUARTER");
            }
            PARTY_ACTIVITIES.stream().skip(1).filter(k -> !held.contains(k)).map(Enum::name).forEach(missing::add);
            out.allPresent("FL-1.2a", f.id(), "DISTRICT_FEDERATION", missing, PARTY_ACTIVITIES.size());
        }
    }

    /**
     * FL-1.3a: a social organization under the federation's guidance has a functional party branch.
     * Guidance or branch not recorded: NOT_RECORDED, unless the branch is in place anyway.
     */
    private static void functionalPartyBranches(Index x, Result out) {
        for (Unit u : x.data.units()) {
            Boolean guided = u.guidedByFederation();
            Boolean branch = u.functionalPartyBranch();
            if (u.type() != UnitType.SOCIAL_ORGANIZATION || Boolean.FALSE.equals(guided)) {
                continue;
            }
            if (Boolean.TRUE.equals(guided) && branch != null) {
                out.yesNo("FL-1.3a", u.id(), "UNIT", branch);
            } else if (!Boolean.TRUE.equals(branch)) {
                if (guided == null) {
                    out.data("NOT_RECORDED", u.id(), "UNIT", "guidedByFederation", "FL-1.3a");
                }
                if (branch == null) {
                    out.data("NOT_RECORDED", u.id(), "UNIT", "functionalPartyBranch", "FL-1.3a");
                }
            }
        }
    }

    // ---- 二(二) ----

    /**
     * FL-2.1a–c: 100·k ≥ p·N outstanding women in a district body. An empty body is a data finding;
     * so, in effect, is a share that members of unknown qualification (no person record, or
     * outstanding with no gender) could tip either way: it is left to their own data findings.
     */
    private static void outstandingShare(Index x, Result out, String requirement, Role role, long percent) {
        for (Federation f : x.districts) {
            Set<String> members = x.holders(f.id(), role);
            long n = members.size();
            if (n == 0) {
                out.data("EMPTY_BODY", f.id(), "DISTRICT_FEDERATION", role.name(), requirement);
                continue;
            }
            long k = 0;
            long unknown = 0;
            for (String pid : members) {
                Person p = x.people.get(pid);
                if (p == null || p.outstandingRepresentative() && p.gender() == null) {
                    unknown++;
                } else if (p.outstandingRepresentative() && p.gender() == Gender.FEMALE) {
                    k++;
                }
            }
            boolean met = 100 * k >= percent * n;
            if (!met && 100 * (k + unknown) >= percent * n) {
                continue;   // the unknown members could meet it
            }
            long deficit = percent * n - 100 * k;
            out.add(requirement, f.id(), "DISTRICT_FEDERATION", met, k + "/" + n, percent + "%",
                    met ? 0 : (deficit + 99) / 100, List.of());
        }
    }

    /**
     * FL-2.2a: every district congress delegate has a recorded contact in the period; lists those
     * without. No delegates is the empty-body data finding of FL-2.2a too (revision 2).
     */
    private static void delegateContacts(Index x, Result out) {
        for (Federation f : x.districts) {
            Set<String> delegates = x.holders(f.id(), Role.CONGRESS_DELEGATE);
            if (delegates.isEmpty()) {
                out.data("EMPTY_BODY", f.id(), "DISTRICT_FEDERATION", Role.CONGRESS_DELEGATE.name(), "FL-2.2a");
                continue;
            }
            List<String> without = delegates.stream()
                    .filter(pid -> x.inPeriod(pid, t -> t == ActivityType.DELEGATE_CONTACT).isEmpty()).sorted().toList();
            long n = delegates.size();
            out.add("FL-2.2a", f.id(), "DISTRICT_FEDERATION", without.isEmpty(), (n - without.size()) + "/" + n,
                    n + "/" + n, without.size(), without);
        }
    }

    /**
     * FL-2.3b: the working rules have a recorded revision at any date up to the period's end. A
     * revision at no sensible date might be one, so without another it is left to its DATE_OUT_OF_RANGE.
     */
    private static void workingRulesRevised(Index x, Result out) {
        for (Federation f : x.districts) {
            LocalDate last = x.latestUpToEnd(f.id(), ActivityType.WORKING_RULES_REVISION);
            if (last == null && x.undated(f.id(), ActivityType.WORKING_RULES_REVISION)) {
                continue;
            }
            out.condition("FL-2.3b", f.id(), "DISTRICT_FEDERATION", last != null,
                    last == null ? "NONE" : last.toString(), "≤ " + x.period.end(), List.of());
        }
    }

    /**
     * FL-2.4b: every part-time vice-chair of the district is a woman. One whose gender is not
     * recorded is not judged (MISSING_GENDER stands instead), nor one without a person record
     * (UNKNOWN_REFERENCE), nor one in a conflicting office.
     */
    private static void partTimeViceChairsAreWomen(Index x, Result out) {
        for (Federation f : x.districts) {
            for (String pid : x.holders(f.id(), Role.PART_TIME_VICE_CHAIR)) {
                Person p = x.people.get(pid);
                if (p != null && p.gender() != null) {
                    out.condition("FL-2.4b", pid, "PERSON", p.gender() == Gender.FEMALE, p.gender().name(),
                            Gender.FEMALE.name(), List.of());
                }
            }
        }
    }

    /**
     * FL-2.5a: the district federation's activity centre has positioning, structure and a
     * public-welfare activity in the period; names what is missing. A district without a centre is
     * NO_ACTIVITY_CENTRE; a centre of another federation is not judged (CENTRE_NOT_OF_DISTRICT).
     */
    private static void activityCentres(Index x, Result out) {
        for (Federation f : x.districts) {
            boolean any = false;
            for (ActivityCentre c : x.data.activityCentres()) {
                if (!c.federationId().equals(f.id())) {
                    continue;
                }
                any = true;
                // Revision 3: a flag not recorded, or public-welfare activities recorded against another
                // subject that might be the centre's, is unknown: judged only when something is missing anyway.
                List<String> missing = new ArrayList<>(3);
                boolean unknown = false;
                if (c.positioningDefined() == null) {
                    out.data("NOT_RECORDED", c.id(), "ACTIVITY_CENTRE", "positioningDefined", "FL-2.5a");
                    unknown = true;
                } else if (!c.positioningDefined()) {
                    missing.add("POSITIONING");
                }
                if (c.structureDefined() == null) {
                    out.data("NOT_RECORDED", c.id(), "ACTIVITY_CENTRE", "structureDefined", "FL-2.5a");
                    unknown = true;
                } else if (!c.structureDefined()) {
                    missing.add("STRUCTURE");
                }
                if (x.inPeriod(c.id(), t -> t == ActivityType.PUBLIC_WELFARE).isEmpty()) {
                    boolean elsewhere = x.data.activities().stream().anyMatch(a -> a.type() == ActivityType.PUBLIC_WELFARE
                            && !a.subjectId().equals(c.id()) && x.period.contains(a.date()));
                    if (elsewhere) {
                        unknown = true;
                    } else {
                        missing.add("PUBLIC_WELFARE");
                    }
                }
                if (!missing.isEmpty() || !unknown) {
                    out.allPresent("FL-2.5a", c.id(), "ACTIVITY_CENTRE", missing, 3);
                }
            }
            if (!any) {
                out.data("NO_ACTIVITY_CENTRE", f.id(), "DISTRICT_FEDERATION", "activityCentres", "FL-2.5a");
            }
        }
    }

    // ---- 二(三) ----

    /**
     * FL-3.1a (research or women's work, widened by revision 2) and FL-3.2a (stationed work): the
     * days of the period a district cadre's records of the work occupy ≥ min, a day occupied twice
     * counted once. A record without its number of days occupies its first day for certain; while
     * the cadre is short, such a record could make up the rest, so the check is left to its
     * MISSING_COUNT. Records at no sensible date are left out (their DATE_OUT_OF_RANGE stands).
     */
    private static void cadreDays(Index x, Result out, String requirement, Role role, Set<ActivityType> work, long min) {
        x.noCadre(out, role, requirement);
        for (String pid : x.districtHolders(role)) {
            List<Activity> records = x.reachingPeriod(pid, work);
            long days = x.daysOccupied(records).cardinality();
            if (days < min && records.stream().anyMatch(PlainJavaChecks::daysUnknown)) {
                continue;
            }
            out.atLeast(requirement, pid, "PERSON", days, min);
        }
    }

    /**
     * FL-3.2b: a district office cadre has a pairing with a family in hardship in force during the
     * period, i.e. occupying at least one of its days; a pairing without its days is in force on its
     * first day, and one starting before the period without its days leaves the check to its
     * MISSING_COUNT when no other pairing is in force.
     */
    private static void hardshipPairings(Index x, Result out) {
        x.noCadre(out, Role.OFFICE_CADRE, "FL-3.2b");
        for (String pid : x.districtHolders(Role.OFFICE_CADRE)) {
            List<Activity> records = x.reachingPeriod(pid, EnumSet.of(ActivityType.HARDSHIP_PAIRING));
            long inForce = records.stream().filter(a -> !x.daysOccupied(List.of(a)).isEmpty()).count();
            if (inForce == 0 && records.stream().anyMatch(PlainJavaChecks::daysUnknown)) {
                continue;
            }
            out.atLeast("FL-3.2b", pid, "PERSON", inForce, 1);
        }
    }

    /**
     * FL-3.2c: "下基层、访妇情、办实事" activities of the district federation in the period ≥ min and,
     * where more than one is asked, not all in one calendar quarter (the rules' reading of
     * "常态化", README and catalogue.yaml): the finding names {@code ONE_QUARTER}, and asks for at
     * least one more activity (in another quarter).
     */
    private static void fieldVisits(Index x, Result out, long min) {
        for (Federation f : x.districts) {
            List<Activity> visits = x.inPeriod(f.id(), t -> t == ActivityType.FIELD_VISIT);
            Set<Integer> quarters = new HashSet<>();
            visits.forEach(a -> quarters.add(a.date().getYear() * 4 + (a.date().getMonthValue() - 1) / 3));
            boolean oneQuarter = min > 1 && visits.size() > 1 && quarters.size() == 1;   // one visit is short, not a campaign
            long gap = Math.max(Math.max(0, min - visits.size()), oneQuarter ? 1 : 0);
            out.add("FL-3.2c", f.id(), "DISTRICT_FEDERATION", gap == 0, Integer.toString(visits.size()), Long.toString(min),
                    gap, oneQuarter ? List.of("ONE_QUARTER") : List.of());
        }
    }

    // ---- 二(四) ----

    /**
     * FL-4.1a (a woman on the same sub-district's leadership team) and FL-4.2b (a woman on the
     * community's two committees): the federation's chair qualifies. When none qualifies but one
     * could (no person record, or seated but no gender recorded), the check is left to that chair's
     * data finding; no chair at all is a violation naming NO_CHAIR.
     */
    private static void chairs(Index x, Result out, String requirement, Level level, Function<Person, String> seat) {
        for (Federation f : x.level(level)) {
            Set<String> chairs = x.holders(f.id(), Role.CHAIR);
            long ok = 0;
            boolean couldQualify = false;
            for (String pid : chairs) {
                Person p = x.people.get(pid);
                boolean seated = p != null && f.id().equals(seat.apply(p));
                if (seated && p.gender() == Gender.FEMALE) {
                    ok++;
                } else if (p == null || seated && p.gender() == null) {
                    couldQualify = true;
                }
            }
            // Revision 3: a chair in conflicting offices might qualify unless she certainly does not.
            Set<String> conflicted = x.conflicted(f.id(), Role.CHAIR);
            for (String pid : conflicted) {
                Person p = x.people.get(pid);
                couldQualify |= p == null || p.gender() != Gender.MALE && f.id().equals(seat.apply(p));
            }
            if (ok == 0 && couldQualify) {
                continue;
            }
            out.condition(requirement, f.id(), subjectType(level), ok > 0, ok + "/" + chairs.size(), "1",
                    nobody(chairs.size(), conflicted.size(), "NO_CHAIR"));
        }
    }

    /**
     * FL-4.1b: a full-time vice-chair holds a substantive section-chief post. A vice-chair without a
     * person record could, so when none qualifies the check is left to UNKNOWN_REFERENCE.
     */
    private static void sectionChiefViceChairs(Index x, Result out) {
        for (Federation f : x.level(Level.SUB_DISTRICT)) {
            Set<String> all = x.holders(f.id(), Role.FULL_TIME_VICE_CHAIR);
            long ok = all.stream().map(x.people::get)
                    .filter(p -> p != null && p.rank() == Rank.SECTION_CHIEF && Boolean.TRUE.equals(p.substantiveRank())).count();
            boolean couldQualify = false;
            for (String pid : all) {
                Person p = x.people.get(pid);
                // Revision 3: a rank, or whether it is substantive, not recorded is unknown.
                boolean rankUnknown = p != null && p.rank() == null && !Boolean.FALSE.equals(p.substantiveRank());
                boolean substantiveUnknown = p != null && p.substantiveRank() == null
                        && (p.rank() == null || p.rank() == Rank.SECTION_CHIEF);
                if (rankUnknown || substantiveUnknown) {
                    if (p.rank() == null) {
                        out.data("NOT_RECORDED", pid, "PERSON", "rank", "FL-4.1b");
                    }
                    if (p.substantiveRank() == null) {
                        out.data("NOT_RECORDED", pid, "PERSON", "substantiveRank", "FL-4.1b");
                    }
                }
                couldQualify |= p == null || rankUnknown || substantiveUnknown;
            }
            Set<String> conflicted = x.conflicted(f.id(), Role.FULL_TIME_VICE_CHAIR);
            for (String pid : conflicted) {
                Person p = x.people.get(pid);
                couldQualify |= p == null || !(p.rank() != null && p.rank() != Rank.SECTION_CHIEF
                        || Boolean.FALSE.equals(p.substantiveRank()));
            }
            if (ok == 0 && couldQualify) {
                continue;
            }
            out.condition("FL-4.1b", f.id(), "SUB_DISTRICT_FEDERATION", ok > 0, ok + "/" + all.size(), "1",
                    nobody(all.size(), conflicted.size(), "NO_FULL_TIME_VICE_CHAIR"));
        }
    }

    /**
     * FL-2.4a, FL-4.1c, FL-4.1f, FL-4.1g, FL-4.2c, FL-4.2d: the people in a role of each federation
     * of the level ≥ min (people, not position records; an officer in a conflicting office not counted).
     */
    private static void floor(Index x, Result out, String requirement, Level level, Role role, long min) {
        for (Federation f : x.level(level)) {
            long n = x.holders(f.id(), role).size();
            long conflicted = x.conflicted(f.id(), role).size();
            if (n < min && n + conflicted >= min) {
                continue;   // Revision 3: those in conflicting offices could make up the number
            }
            out.add(requirement, f.id(), subjectType(level), n >= min, Long.toString(n), Long.toString(min),
                    Math.max(0, min - n), conflicted > 0 ? List.of("CONFLICTED") : List.of());
        }
    }

    /** The named item of a check of an office nobody counted holds: CONFLICTED when someone is recorded in it beside another. */
    private static List<String> nobody(int counted, int conflicted, String none) {
        return counted > 0 ? List.of() : conflicted > 0 ? List.of("CONFLICTED") : List.of(none);
    }

    /** Whether a record's days cannot be counted (none, zero or negative): the total is unknown. */
    private static boolean daysUnknown(Activity a) {
        return a.days() == null || a.days() <= 0;
    }

    /**
     * FL-4.1d: a women's congress within the last congressTermYears years before the period's end.
     * Measured: the last congress up to the period's end (or NONE); required: the first day that
     * counts; named: the day the next one was due, or NO_CONGRESS (the rules' message words). A
     * congress at no sensible date might have been within the term: short of another, it is left to
     * its DATE_OUT_OF_RANGE (unknown is not "no").
     */
    private static void subDistrictCongresses(Index x, Result out, long years) {
        LocalDate since = x.period.end().minusYears(years);
        for (Federation f : x.level(Level.SUB_DISTRICT)) {
            LocalDate last = x.latestUpToEnd(f.id(), ActivityType.CONGRESS);
            boolean met = last != null && last.isAfter(since);
            if (!met && x.undated(f.id(), ActivityType.CONGRESS)) {
                continue;
            }
            out.condition("FL-4.1d", f.id(), "SUB_DISTRICT_FEDERATION", met,
                    last == null ? "NONE" : last.toString(), "≥ " + since.plusDays(1),
                    last == null ? List.of("NO_CONGRESS") : List.of(last.plusYears(years).toString()));
        }
    }

    /**
     * FL-4.1e: executive members ≥ ⌈resident women × per-mille / 1000⌉, naming the population. No
     * population (or 0) is MISSING_POPULATION; a negative one is only its NEGATIVE_COUNT.
     */
    private static void executivePerMille(Index x, Result out, long perMille) {
        for (Federation f : x.level(Level.SUB_DISTRICT)) {
            Integer women = f.residentWomen();
            if (women == null || women == 0) {
                out.data("MISSING_POPULATION", f.id(), "SUB_DISTRICT_FEDERATION", "residentWomen", "FL-4.1e");
            } else if (women > 0) {
                long min = (women * perMille + 999) / 1000;
                long n = x.holders(f.id(), Role.EXECUTIVE_MEMBER).size();
                out.add("FL-4.1e", f.id(), "SUB_DISTRICT_FEDERATION", n >= min, Long.toString(n), Long.toString(min),
                        Math.max(0, min - n), List.of(Integer.toString(women)));
            }
        }
    }

    /**
     * FL-4.2a: the federation's last election (up to the period's end) within
     * electionSyncToleranceDays of the residents' committee's; a missing one is NO_ELECTION_RECORD. An
     * election at no sensible date might be the last one: nothing is judged, its DATE_OUT_OF_RANGE stands.
     */
    private static void electionsInStep(Index x, Result out, long tolerance) {
        for (Federation f : x.level(Level.COMMUNITY)) {
            LocalDate own = x.latestUpToEnd(f.id(), ActivityType.ELECTION);
            LocalDate committee = x.latestUpToEnd(f.id(), ActivityType.RESIDENTS_COMMITTEE_ELECTION);
            boolean ownUndated = x.undated(f.id(), ActivityType.ELECTION);
            boolean committeeUndated = x.undated(f.id(), ActivityType.RESIDENTS_COMMITTEE_ELECTION);
            if (own == null && !ownUndated) {
                out.data("NO_ELECTION_RECORD", f.id(), "COMMUNITY_FEDERATION", "activities", ActivityType.ELECTION.name());
            }
            if (committee == null && !committeeUndated) {
                out.data("NO_ELECTION_RECORD", f.id(), "COMMUNITY_FEDERATION", "activities",
                        ActivityType.RESIDENTS_COMMITTEE_ELECTION.name());
            }
            if (own != null && committee != null && !ownUndated && !committeeUndated) {
                long apart = Math.abs(ChronoUnit.DAYS.between(own, committee));
                out.condition("FL-4.2a", f.id(), "COMMUNITY_FEDERATION", apart <= tolerance, Long.toString(apart),
                        "≤ " + tolerance, List.of());
            }
        }
    }

    /** FL-4.3a: every party or government organ and public institution has a women's organization. */
    private static void organsCovered(Index x, Result out) {
        for (Unit u : x.data.units()) {
            if (isOrganOrInstitution(u) && u.womensOrganization() == null) {
                out.data("NOT_RECORDED", u.id(), "UNIT", "womensOrganization", "FL-4.3a");
            } else if (isOrganOrInstitution(u)) {
                out.yesNo("FL-4.3a", u.id(), "UNIT", u.womensOrganization());
            }
        }
    }

    /**
     * FL-4.3b: a unit of the new fields with ≥ womenForOrganizationMin women has a women's
     * organization, naming its women. Without the count it is MISSING_COUNT, unless it has one.
     */
    private static void newFieldOrganizations(Index x, Result out, long min) {
        for (Unit u : x.data.units()) {
            if (isOrganOrInstitution(u)) {
                continue;
            }
            if ((u.women() == null || u.women() >= min) && u.womensOrganization() == null) {
                out.data("NOT_RECORDED", u.id(), "UNIT", "womensOrganization", "FL-4.3b");
            }
            if (u.women() == null) {
                if (!Boolean.TRUE.equals(u.womensOrganization())) {
                    out.data("MISSING_COUNT", u.id(), "UNIT", "women", "FL-4.3b");
                }
            } else if (u.women() >= min && u.womensOrganization() != null) {
                boolean has = u.womensOrganization();
                out.condition("FL-4.3b", u.id(), "UNIT", has, has ? "YES" : "NO", "YES", List.of(Integer.toString(u.women())));
            }
        }
    }

    /** FL-4.3c: the community federation has at least one women's group (a residents' or an interest group). */
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
            if (b.womensWorkStation() == null) {
                out.data("NOT_RECORDED", b.id(), "BUILDING", "womensWorkStation", "FL-4.3d");
            } else {
                out.yesNo("FL-4.3d", b.id(), "BUILDING", b.womensWorkStation());
            }
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
            if (h.haves() == null) {
                out.data("NOT_RECORDED", h.id(), "WOMENS_HOME", "haves", "FL-4.4b");
                continue;
            }
            EnumSet<Have> missing = EnumSet.allOf(Have.class);
            missing.removeAll(h.haves());
            out.allPresent("FL-4.4b", h.id(), "WOMENS_HOME", missing.stream().map(Enum::name).toList(), Have.values().length);
        }
    }

    /** FL-4.4c: a Women's Home offers all four basic services; names the missing ones. */
    private static void basicServices(Index x, Result out) {
        for (WomensHome h : x.data.womensHomes()) {
            if (h.services() == null) {
                out.data("NOT_RECORDED", h.id(), "WOMENS_HOME", "services", "FL-4.4c");
                continue;
            }
            EnumSet<BasicService> missing = EnumSet.allOf(BasicService.class);
            missing.removeAll(h.services());
            out.allPresent("FL-4.4c", h.id(), "WOMENS_HOME", missing.stream().map(Enum::name).toList(),
                    BasicService.values().length);
        }
    }

    /** FL-4.4d: a Women's Home hosts consultation, public service or governance in the period. */
    private static void homesAsPlatforms(Index x, Result out) {
        for (WomensHome h : x.data.womensHomes()) {
            out.atLeast("FL-4.4d", h.id(), "WOMENS_HOME", x.inPeriod(h.id(), PLATFORM::contains).size(), 1);
        }
    }

    /** FL-4.4e: demonstration Women's Homes in the district (all the input's homes) ≥ demonstrationHomesMin. */
    private static void demonstrationHomes(Index x, Result out, long min) {
        long n = x.data.womensHomes().stream().filter(WomensHome::demonstration).count();
        for (Federation f : x.districts) {
            out.atLeast("FL-4.4e", f.id(), "DISTRICT_FEDERATION", n, min);
        }
    }

    // ---- data findings ----

    /**
     * Records that cannot be judged: duplicates, dangling references, negative counts, missing
     * genders and counts, odd dates, the structure of the federations, conflicting offices and
     * centres of other federations. (The data findings a requirement needs, such as EMPTY_BODY, are
     * given by its check; those of the waivers by {@link Result#outcomes}.)
     */
    private static void dataFindings(Index x, Result out) {
        DistrictData d = x.data;
        for (Map.Entry<String, List<Identified>> same : x.byId.entrySet()) {
            if (same.getValue().size() > 1) {
                for (Identified r : same.getValue()) {
                    out.data("DUPLICATE_ID", r.id(), type(r), "id", r.id());
                }
            }
        }
        Stream.<Referencing>concat(identified(d).filter(Referencing.class::isInstance).map(Referencing.class::cast),
                d.positions().stream()).forEach(r -> {
            for (Ref ref : r.references()) {
                if (x.byId.getOrDefault(ref.id(), List.of()).stream().noneMatch(ref::accepts)) {
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
                for (Identified parent : x.byId.getOrDefault(f.parentId(), List.of())) {
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
        // Revision 2: one person in two offices of one federation; the detail names the federation.
        x.conflicts.forEach(h -> out.data("CONFLICTING_ROLES", h.personId(), "PERSON", "role", h.federationId()));
        for (Activity a : d.activities()) {
            if (a.days() != null && a.days() < 0) {
                out.data("NEGATIVE_COUNT", a.id(), "ACTIVITY", "days", null);
            }
            if (!x.period.isSensible(a.date())) {
                out.data("DATE_OUT_OF_RANGE", a.id(), "ACTIVITY", "date", a.date().toString());
            }
            if (a.type().countsDays() && (a.days() == null || a.days() == 0)) {
                // The detail names the requirement that needs the days.
                String needs = switch (a.type()) {
                    case STATIONED_WORK -> "FL-3.2a";
                    case HARDSHIP_PAIRING -> "FL-3.2b";
                    default -> "FL-3.1a";
                };
                out.data(a.days() == null ? "MISSING_COUNT" : "ZERO_DAYS", a.id(), "ACTIVITY", "days", needs);
            }
            // Revision 3: an activity against a record of another kind than its type's subject.
            List<Identified> subjects = x.byId.getOrDefault(a.subjectId(), List.of());
            String expected = expectedSubject(a.type());
            if (!subjects.isEmpty() && subjects.stream().noneMatch(r -> fits(expected, r))) {
                out.data("WRONG_SUBJECT", a.id(), "ACTIVITY", "subjectId", expected);
            }
        }
        for (Waiver w : d.waivers()) {
            if (!x.period.isSensible(w.validFrom())) {
                out.data("DATE_OUT_OF_RANGE", w.id(), "WAIVER", "validFrom", w.validFrom().toString());
            } else if (!x.period.isSensible(w.validUntil())) {
                out.data("DATE_OUT_OF_RANGE", w.id(), "WAIVER", "validUntil", w.validUntil().toString());
            }
        }
        if (!x.period.isYear()) {
            out.data("PERIOD_NOT_A_YEAR", "-", "INPUT", "period", x.period.start() + ".." + x.period.end());
        }
        if (x.districts.isEmpty()) {
            out.data("NO_DISTRICT", "-", "INPUT", "federations", null);
        }
        if (x.districts.size() > 1) {
            for (Federation f : x.districts) {
                out.data("SEVERAL_DISTRICTS", f.id(), "DISTRICT_FEDERATION", "level", null);
            }
        }
        // Revision 2: FL-2.5a judges the district federation's centre; a centre of another federation is a data finding.
        for (ActivityCentre c : d.activityCentres()) {
            for (Identified owner : x.byId.getOrDefault(c.federationId(), List.of())) {
                if (owner instanceof Federation f && f.level() != Level.DISTRICT) {
                    out.data("CENTRE_NOT_OF_DISTRICT", c.id(), "ACTIVITY_CENTRE", "federationId", c.federationId());
                }
            }
        }
    }

    /** The kind of subject an activity of {@code type} is recorded against (ActivityType's documentation). */
    private static String expectedSubject(ActivityType type) {
        return switch (type) {
            case DELEGATE_CONTACT, GRASSROOTS_RESEARCH, GRASSROOTS_WOMENS_WORK, STATIONED_WORK, HARDSHIP_PAIRING -> "PERSON";
            case PUBLIC_WELFARE -> "ACTIVITY_CENTRE";
            case CONGRESS -> "SUB_DISTRICT_FEDERATION";
            case ELECTION -> "FEDERATION";
            case RESIDENTS_COMMITTEE_ELECTION -> "COMMUNITY_FEDERATION";
            case DEMOCRATIC_CONSULTATION, PUBLIC_SERVICE, SOCIAL_GOVERNANCE -> "WOMENS_HOME";
            default -> "DISTRICT_FEDERATION";
        };
    }

    private static boolean fits(String expected, Identified record) {
        return "FEDERATION".equals(expected) ? record instanceof Federation : type(record).equals(expected);
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
        return record.getClass().getSimpleName().toUpperCase(Locale.ROOT);
    }

    private static Map<String, Strength> catalogue() {
        Map<String, Strength> c = new HashMap<>();
        for (String id : List.of("FL-1.1a", "FL-1.2a", "FL-1.2b", "FL-1.3a", "FL-2.2a", "FL-2.3a", "FL-2.3b", "FL-2.5a",
                "FL-3.2b", "FL-3.2c", "FL-4.1d", "FL-4.1f", "FL-4.2d", "FL-4.3d", "FL-4.4a", "FL-4.4c", "FL-5.1a")) {
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
        return Set.copyOf(all);
    }

    /** A person and a federation, the key of an office conflict. */
    private record Holding(String personId, String federationId) {
    }

    /** The district's records indexed once: by id, people, holders of each role, activities by subject. */
    private static final class Index {
        final DistrictData data;
        final AssessmentPeriod period;
        final Map<String, List<Identified>> byId = new HashMap<>();
        final Map<String, Person> people = new HashMap<>();
        /** Per federation and role, the people holding it; an officer in conflicting offices in none. */
        final Map<String, Map<Role, Set<String>>> holders = new HashMap<>();
        /** Each person recorded in more than one office of one federation, with that federation. */
        final Set<Holding> conflicts = new HashSet<>();
        /** Per federation and office, the people recorded in it beside another office of the federation. */
        final Map<String, Map<Role, Set<String>>> conflicted = new HashMap<>();
        final Map<String, List<Activity>> activities = new HashMap<>();
        final Map<Level, List<Federation>> levels = new EnumMap<>(Level.class);
        final List<Federation> districts;

        Index(DistrictData data) {
            this.data = data;
            this.period = data.period();
            identified(data).forEach(r -> byId.computeIfAbsent(r.id(), k -> new ArrayList<>(1)).add(r));
            for (Person p : data.people()) {
                people.putIfAbsent(p.id(), p);
            }
            Map<Holding, Set<Role>> offices = new HashMap<>();
            for (Position p : data.positions()) {
                holders.computeIfAbsent(p.federationId(), k -> new EnumMap<>(Role.class))
                        .computeIfAbsent(p.role(), k -> new HashSet<>()).add(p.personId());
                if (p.role().isOfficer()) {
                    offices.computeIfAbsent(new Holding(p.personId(), p.federationId()), k -> EnumSet.noneOf(Role.class))
                            .add(p.role());
                }
            }
            offices.forEach((h, roles) -> {
                if (roles.size() > 1) {
                    conflicts.add(h);
                    roles.forEach(role -> holders.get(h.federationId()).get(role).remove(h.personId()));
                    roles.forEach(role -> conflicted.computeIfAbsent(h.federationId(), k -> new EnumMap<>(Role.class))
                            .computeIfAbsent(role, k -> new TreeSet<>()).add(h.personId()));
                }
            });
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

        Set<String> conflicted(String federation, Role role) {
            return conflicted.getOrDefault(federation, Map.of()).getOrDefault(role, Set.of());
        }

        /** Revision 3: a district federation with nobody in {@code role} is EMPTY_BODY for {@code requirement}. */
        void noCadre(Result out, Role role, String requirement) {
            for (Federation f : districts) {
                if (holders(f.id(), role).isEmpty()) {
                    out.data("EMPTY_BODY", f.id(), "DISTRICT_FEDERATION", role.name(), requirement);
                }
            }
        }

        /** The people in {@code role} of any district federation (each once). */
        Set<String> districtHolders(Role role) {
            Set<String> all = new TreeSet<>();
            districts.forEach(f -> all.addAll(holders(f.id(), role)));
            return all;
        }

        List<Activity> activities(String subject) {
            return activities.getOrDefault(subject, List.of());
        }

        /** The subject's activities of the types dated inside the period. */
        List<Activity> inPeriod(String subject, Predicate<ActivityType> types) {
            List<Activity> found = new ArrayList<>();
            for (Activity a : activities(subject)) {
                if (types.test(a.type()) && period.contains(a.date())) {
                    found.add(a);
                }
            }
            return found;
        }

        /** The latest sensible date of the subject's activities of the type up to the period's end, or null. */
        LocalDate latestUpToEnd(String subject, ActivityType type) {
            LocalDate last = null;
            for (Activity a : activities(subject)) {
                if (a.type() == type && period.isSensible(a.date()) && period.notAfterEnd(a.date())
                        && (last == null || a.date().isAfter(last))) {
                    last = a.date();
                }
            }
            return last;
        }

        /** Whether the subject has an activity of the type at no sensible date: when it took place is unknown. */
        boolean undated(String subject, ActivityType type) {
            return activities(subject).stream().anyMatch(a -> a.type() == type && !period.isSensible(a.date()));
        }

        /** The subject's records of the types that could reach into the period: at a sensible date, up to its end. */
        List<Activity> reachingPeriod(String subject, Set<ActivityType> types) {
            List<Activity> found = new ArrayList<>();
            for (Activity a : activities(subject)) {
                if (types.contains(a.type()) && period.isSensible(a.date()) && period.notAfterEnd(a.date())) {
                    found.add(a);
                }
            }
            return found;
        }

        /**
         * The days of the period (bit i: the period's first day plus i) that the records occupy: each
         * its days from its date on, one day when the number is not recorded, none when it is negative.
         */
        BitSet daysOccupied(List<Activity> records) {
            BitSet days = new BitSet();
            long start = period.start().toEpochDay();
            long end = period.end().toEpochDay();
            for (Activity a : records) {
                long length = a.days() == null ? 1 : a.days();
                long from = Math.max(a.date().toEpochDay(), start);
                long to = Math.min(a.date().toEpochDay() + length - 1, end);
                if (length > 0 && from <= to) {
                    days.set((int) (from - start), (int) (to - start) + 1);
                }
            }
            return days;
        }
    }

    /** An unmet check, before waivers. */
    private record Unmet(String requirement, String subject, String type, String measured, String required, long gap,
                         List<String> details) {
    }

    /** What the checks found (each once), then waivers applied to it. */
    private static final class Result {
        final boolean withData;
        final Set<Unmet> unmet = new HashSet<>();
        final Set<Outcome> dataFindings = new HashSet<>();
        /** Requirement and subject of every check made, met or not: the subjects a waiver may name. */
        final Set<String> assessed = new HashSet<>();
        final Set<String> requirementsRun = new HashSet<>();

        Result(boolean withData) {
            this.withData = withData;
        }

        void atLeast(String requirement, String subject, String type, long measured, long min) {
            add(requirement, subject, type, measured >= min, Long.toString(measured), Long.toString(min),
                    Math.max(0, min - measured), List.of());
        }

        /** A plain condition; the gap is the number of named items, at least one. */
        void condition(String requirement, String subject, String type, boolean met, String measured, String required,
                       List<String> details) {
            add(requirement, subject, type, met, measured, required, met ? 0 : Math.max(1, details.size()), details);
        }

        void yesNo(String requirement, String subject, String type, boolean has) {
            condition(requirement, subject, type, has, has ? "YES" : "NO", "YES", List.of());
        }

        void allPresent(String requirement, String subject, String type, List<String> missing, int expected) {
            add(requirement, subject, type, missing.isEmpty(), Integer.toString(expected - missing.size()),
                    Integer.toString(expected), missing.size(), missing);
        }

        void add(String requirement, String subject, String type, boolean met, String measured, String required,
                 long gap, List<String> details) {
            assessed.add(requirement + "/" + subject);
            if (!met) {
                unmet.add(new Unmet(requirement, subject, type, measured, required, gap, List.copyOf(details)));
            }
        }

        void data(String code, String subject, String type, String field, String detail) {
            if (withData) {
                dataFindings.add(new Outcome(DATA, code, subject, type, Kind.DATA, false, null, detail, null, 0,
                        field == null ? List.of() : List.of(field)));
            }
        }

        /**
         * The outcomes, waivers applied: a waiver counts for an IN_PRINCIPLE requirement and a
         * subject it was checked on, from its first to its last day, on the period's last day (the
         * first by id when several would); else it is a data finding, in this order of precedence:
         * an unknown requirement, one that cannot be waived, a subject not checked, dates reversed.
         */
        List<Outcome> outcomes(Index x) {
            Map<String, Waiver> valid = new HashMap<>();
            for (Waiver w : x.data.waivers().stream().sorted(Comparator.comparing(Waiver::id)).toList()) {
                Strength strength = CATALOGUE.get(w.requirementId());
                String key = w.requirementId() + "/" + w.subjectId();
                if (strength == null) {
                    data("UNKNOWN_REQUIREMENT", w.id(), "WAIVER", "requirementId", w.requirementId());
                } else if (strength != Strength.IN_PRINCIPLE) {
                    data("WAIVER_NOT_ALLOWED", w.id(), "WAIVER", "requirementId", w.requirementId() + " " + strength);
                } else if (!requirementsRun.contains(w.requirementId())) {
                    continue;   // not checked here (only): neither applied nor refused
                } else if (!assessed.contains(key)) {
                    data("WAIVER_SUBJECT_MISMATCH", w.id(), "WAIVER", "subjectId", w.subjectId());
                } else if (w.validFrom().isAfter(w.validUntil())) {
                    data("INVALID_DATE_RANGE", w.id(), "WAIVER", "validUntil", w.validFrom() + ".." + w.validUntil());
                } else if (w.validOn(x.period.end())) {
                    valid.putIfAbsent(key, w);
                }
            }
            List<Outcome> all = new ArrayList<>(dataFindings);
            for (Unmet u : unmet) {
                Strength strength = CATALOGUE.get(u.requirement());
                Waiver w = strength == Strength.IN_PRINCIPLE ? valid.get(u.requirement() + "/" + u.subject()) : null;
                all.add(new Outcome(u.requirement(), null, u.subject(), u.type(), strength.kind(), w != null,
                        w == null ? null : w.reason() + " (" + w.approver() + ", " + w.id() + ")",
                        u.measured(), u.required(), u.gap(), u.details()));
            }
            all.sort(Outcome.ORDER);
            return all;
        }
    }
}
