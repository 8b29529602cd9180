package io.github.fulianrules.examples.baseline;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Gender;
import io.github.fulianrules.model.Have;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.model.Role;
import io.github.fulianrules.model.Unit;
import io.github.fulianrules.model.UnitType;
import io.github.fulianrules.model.Waiver;
import io.github.fulianrules.model.WomensHome;
import io.github.fulianrules.report.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Thirteen of the requirements checked in plain Java, the way a team would write them by hand
 * without a rule engine: a few maps, a loop per requirement. It is the yardstick the benchmarks
 * measure the rules against, and the differential tests check that both give the same
 * {@link Outcome}s on generated districts.
 *
 * <p>The subset has every kind of check the rules make: shares compared in integers
 * (FL-2.1a–c), the per-mille floor (FL-4.1e), floors (FL-4.1f, FL-4.2d), IN_PRINCIPLE floors with
 * waivers (FL-2.4a, FL-4.1c, FL-4.2c), joins of people to the positions they hold (FL-2.1a–c,
 * FL-2.4b, FL-4.1a), a yes/no condition (FL-4.3a) and a list (FL-4.4b, the seven haves); and the
 * counting rules of revision 2 that touch them: outstanding representatives are women, a person in
 * two offices of one federation counts in neither, and what is unknown (a gender, a person record)
 * leaves a check unjudged where it could tip it.
 *
 * <pre>{@code
 * PlainJavaChecks checks = PlainJavaChecks.withParametersOf(FulianRules.bundled(), data.period().end());
 * List<Outcome> outcomes = checks.check(data);
 * }</pre>
 */
public final class PlainJavaChecks {
    /** The requirements checked here. */
    public static final Set<String> REQUIREMENTS = Set.of("FL-2.1a", "FL-2.1b", "FL-2.1c", "FL-2.4a", "FL-2.4b",
            "FL-4.1a", "FL-4.1c", "FL-4.1e", "FL-4.1f", "FL-4.2c", "FL-4.2d", "FL-4.3a", "FL-4.4b");
    /** Those worded 原则上 (IN_PRINCIPLE): a valid waiver exempts the subject. */
    private static final Set<String> WAIVABLE = Set.of("FL-2.4a", "FL-4.1c", "FL-4.2c");
    /** Those worded 一般 (SHOULD): a warning, not a violation. */
    private static final Set<String> SHOULD = Set.of("FL-4.1f", "FL-4.2d");

    private final long congressShare;
    private final long executiveShare;
    private final long standingShare;
    private final long districtPartTime;
    private final long subDistrictPartTime;
    private final long communityPartTime;
    private final long perMille;
    private final long subDistrictFloor;
    private final long communityFloor;

    /** With the given parameter values, by the names of {@code parameters.yaml}. */
    public PlainJavaChecks(Map<String, Long> parameters) {
        congressShare = parameters.get("congressShareMin");
        executiveShare = parameters.get("executiveShareMin");
        standingShare = parameters.get("standingShareMin");
        districtPartTime = parameters.get("districtPartTimeViceChairsMin");
        subDistrictPartTime = parameters.get("subDistrictPartTimeViceChairsMin");
        communityPartTime = parameters.get("communityPartTimeViceChairsMin");
        perMille = parameters.get("subDistrictExecutivePerMille");
        subDistrictFloor = parameters.get("subDistrictExecutiveFloor");
        communityFloor = parameters.get("communityExecutiveFloor");
    }

    /** With the parameter values {@code engine} uses on {@code day}. */
    public static PlainJavaChecks withParametersOf(FulianRules engine, java.time.LocalDate day) {
        return new PlainJavaChecks(engine.parametersOn(day));
    }

    /** The unmet outcomes of the subset on {@code data}, in report order. */
    public List<Outcome> check(DistrictData data) {
        // 1. Index the people and, per federation and role, the distinct people holding it.
        Map<String, Person> people = new HashMap<>();
        for (Person p : data.people()) {
            people.putIfAbsent(p.id(), p);
        }
        Map<String, Set<String>> holders = new HashMap<>();
        Map<String, Set<Role>> offices = new HashMap<>();
        for (Position p : data.positions()) {
            holders.computeIfAbsent(p.federationId() + "/" + p.role(), k -> new HashSet<>()).add(p.personId());
            if (p.role().isOfficer()) {
                offices.computeIfAbsent(p.federationId() + "/" + p.personId(), k -> new HashSet<>()).add(p.role());
            }
        }
        // A person in two offices (chair, full-time or part-time vice-chair) of one federation counts in neither.
        for (Position p : data.positions()) {
            if (p.role().isOfficer() && offices.get(p.federationId() + "/" + p.personId()).size() > 1) {
                holders.get(p.federationId() + "/" + p.role()).remove(p.personId());
            }
        }
        // 2. The waivers in force on the period's last day, the first by id for each requirement and subject.
        Map<String, Waiver> waivers = new HashMap<>();
        data.waivers().stream().sorted(Comparator.comparing(Waiver::id))
                .filter(w -> WAIVABLE.contains(w.requirementId()) && !w.validFrom().isAfter(w.validUntil())
                        && w.validOn(data.period().end()))
                .forEach(w -> waivers.putIfAbsent(w.requirementId() + "/" + w.subjectId(), w));
        Result out = new Result(waivers);
        // 3. The requirements, by kind of subject.
        for (Federation f : data.federations()) {
            String id = f.id();
            switch (f.level()) {
                case DISTRICT -> {
                    share(out, "FL-2.1a", f, holders, people, Role.CONGRESS_DELEGATE, congressShare);
                    share(out, "FL-2.1b", f, holders, people, Role.EXECUTIVE_MEMBER, executiveShare);
                    share(out, "FL-2.1c", f, holders, people, Role.STANDING_MEMBER, standingShare);
                    out.atLeast("FL-2.4a", id, "DISTRICT_FEDERATION", count(holders, id, Role.PART_TIME_VICE_CHAIR),
                            districtPartTime);
                    for (String pid : held(holders, id, Role.PART_TIME_VICE_CHAIR)) {
                        Person p = people.get(pid);
                        if (p != null && p.gender() != null) {
                            out.holds("FL-2.4b", pid, "PERSON", p.gender() == Gender.FEMALE, p.gender().name(),
                                    Gender.FEMALE.name(), List.of());
                        }
                    }
                }
                case SUB_DISTRICT -> {
                    Set<String> chairs = held(holders, id, Role.CHAIR);
                    long ok = chairs.stream().map(people::get)
                            .filter(p -> p != null && p.gender() == Gender.FEMALE && id.equals(p.leadershipTeamOf()))
                            .count();
                    // Unknown is not "no": a chair without a record, or on the team with no gender, might qualify.
                    long known = chairs.stream().map(people::get)
                            .filter(p -> p != null && (p.gender() != null || !id.equals(p.leadershipTeamOf()))).count();
                    if (ok > 0 || known == chairs.size()) {
                        out.holds("FL-4.1a", id, "SUB_DISTRICT_FEDERATION", ok > 0, ok + "/" + chairs.size(), "1",
                                chairs.isEmpty() ? List.of("NO_CHAIR") : List.of());
                    }
                    out.atLeast("FL-4.1c", id, "SUB_DISTRICT_FEDERATION", count(holders, id, Role.PART_TIME_VICE_CHAIR),
                            subDistrictPartTime);
                    long executive = count(holders, id, Role.EXECUTIVE_MEMBER);
                    Integer women = f.residentWomen();
                    if (women != null && women > 0) {
                        long min = (women * perMille + 999) / 1000;
                        out.add("FL-4.1e", id, "SUB_DISTRICT_FEDERATION", executive >= min, Long.toString(executive),
                                Long.toString(min), Math.max(0, min - executive), List.of(Integer.toString(women)));
                    }
                    out.atLeast("FL-4.1f", id, "SUB_DISTRICT_FEDERATION", executive, subDistrictFloor);
                }
                case COMMUNITY -> {
                    out.atLeast("FL-4.2c", id, "COMMUNITY_FEDERATION", count(holders, id, Role.PART_TIME_VICE_CHAIR),
                            communityPartTime);
                    out.atLeast("FL-4.2d", id, "COMMUNITY_FEDERATION", count(holders, id, Role.EXECUTIVE_MEMBER),
                            communityFloor);
                }
            }
        }
        for (Unit u : data.units()) {
            if (u.type() == UnitType.PARTY_GOVERNMENT_ORGAN || u.type() == UnitType.PUBLIC_INSTITUTION) {
                boolean has = u.womensOrganization();
                out.holds("FL-4.3a", u.id(), "UNIT", has, has ? "YES" : "NO", "YES", List.of());
            }
        }
        for (WomensHome h : data.womensHomes()) {
            List<String> missing = h.missingHaves().stream().map(Have::name).toList();
            int all = Have.values().length;
            out.add("FL-4.4b", h.id(), "WOMENS_HOME", missing.isEmpty(), Integer.toString(all - missing.size()),
                    Integer.toString(all), missing.size(), missing);
        }
        List<Outcome> sorted = new ArrayList<>(new HashSet<>(out.outcomes));
        sorted.sort(Outcome.ORDER);
        return sorted;
    }

    /**
     * 100·k ≥ p·N, in integers, counting outstanding women; an empty body is a data issue, and so is a
     * share that members of unknown qualification (no record, or outstanding with no gender) could tip.
     */
    private static void share(Result out, String requirement, Federation f, Map<String, Set<String>> holders,
                              Map<String, Person> people, Role role, long percent) {
        Set<String> members = held(holders, f.id(), role);
        if (members.isEmpty()) {
            return;
        }
        long k = members.stream().map(people::get)
                .filter(p -> p != null && p.outstandingRepresentative() && p.gender() == Gender.FEMALE).count();
        long unknown = members.stream().map(people::get)
                .filter(p -> p == null || p.outstandingRepresentative() && p.gender() == null).count();
        long n = members.size();
        if (100 * k < percent * n && 100 * (k + unknown) >= percent * n) {
            return;
        }
        long deficit = percent * n - 100 * k;
        out.add(requirement, f.id(), "DISTRICT_FEDERATION", deficit <= 0, k + "/" + n, percent + "%",
                deficit <= 0 ? 0 : (deficit + 99) / 100, List.of());
    }

    private static Set<String> held(Map<String, Set<String>> holders, String federation, Role role) {
        return holders.getOrDefault(federation + "/" + role, Set.of());
    }

    private static long count(Map<String, Set<String>> holders, String federation, Role role) {
        return held(holders, federation, role).size();
    }

    /** The unmet outcomes collected, waivers applied. */
    private static final class Result {
        final List<Outcome> outcomes = new ArrayList<>();
        final Map<String, Waiver> waivers;

        Result(Map<String, Waiver> waivers) {
            this.waivers = waivers;
        }

        void atLeast(String requirement, String subject, String type, long measured, long min) {
            add(requirement, subject, type, measured >= min, Long.toString(measured), Long.toString(min),
                    Math.max(0, min - measured), List.of());
        }

        void holds(String requirement, String subject, String type, boolean met, String measured, String required,
                   List<String> details) {
            add(requirement, subject, type, met, measured, required, met ? 0 : Math.max(1, details.size()), details);
        }

        void add(String requirement, String subject, String type, boolean met, String measured, String required,
                 long gap, List<String> details) {
            if (met) {
                return;
            }
            Waiver w = waivers.get(requirement + "/" + subject);
            Kind kind = SHOULD.contains(requirement) ? Kind.WARNING : Kind.VIOLATION;
            outcomes.add(new Outcome(requirement, subject, type, kind, w != null,
                    w == null ? null : w.reason() + " (" + w.approver() + ", " + w.id() + ")",
                    measured, required, gap, details));
        }
    }
}
