package io.github.fulianrules.internal;

import io.github.fulianrules.model.ActivityCentre;
import io.github.fulianrules.model.Building;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Identified;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Unit;
import io.github.fulianrules.model.WomensGroup;
import io.github.fulianrules.model.WomensHome;
import io.github.fulianrules.report.Accounting;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.report.Kind;
import io.github.fulianrules.report.Provenance;
import io.github.fulianrules.report.RecordAccount;
import io.github.fulianrules.report.Rejection;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.report.RequirementScore;
import io.github.fulianrules.report.ScoreLine;
import io.github.fulianrules.report.Scorecard;
import io.github.fulianrules.rulesupport.Assessment;
import io.github.fulianrules.rulesupport.SubjectType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Completes a report with what is computed from the facts as well as the conclusions: the
 * scorecard per area, the accounting of the input records and the organizations' names.
 * A pure function of its arguments: the order in which the engine hands back facts does not
 * matter (of records sharing an id, one is chosen by a fixed order).
 */
public final class ReportDetails {
    private static final Area NONE = new Area(null, null);

    private ReportDetails() {
    }

    /**
     * {@code base} with its scorecard, accounting, names and the areas of its findings' subjects,
     * from the assessments and the facts, and the {@code provenance} it was made with.
     */
    public static Report complete(Report base, Collection<Assessment> assessments, DistrictData facts,
                                  Provenance provenance) {
        HashMap<String, String> names = names(facts);
        Areas areas = new Areas(facts);
        Scorecard scorecard = scorecard(base, assessments, areas, names);
        HashMap<String, String> subjectAreas = new HashMap<>();
        for (Finding f : base.findings()) {
            String federation = areas.of(f.subjectType(), f.subjectId()).narrowest();
            if (federation != null) {
                subjectAreas.putIfAbsent(f.subjectId(), federation);
            }
        }
        return new Report(base.districtId(), base.period(), base.findings(), base.summary(), scorecard,
                accounting(base.findings(), facts), KeyOrderedMap.handedOver(names), KeyOrderedMap.handedOver(subjectAreas),
                provenance);
    }

    /**
     * The display names of the organizations and the people by id, in one map: of records of one
     * kind sharing an id, the name of the first by {@link #first}'s order; of records of two kinds, the
     * kind listed first's (federations, Women's Homes, units, buildings, centres, people).
     */
    private static HashMap<String, String> names(DistrictData facts) {
        List<List<? extends Identified>> kinds = List.of(facts.federations(), facts.womensHomes(), facts.units(),
                facts.buildings(), facts.activityCentres(), facts.people());
        HashMap<String, Object> chosen = sized(kinds.stream().mapToInt(List::size).sum());
        for (List<? extends Identified> records : kinds) {
            for (Identified r : records) {
                String name = SubjectNames.nameOf(r);
                if (name != null && !name.isBlank()) {
                    chosen.merge(r.id(), r, (a, b) -> a.getClass() != b.getClass() || byText(a, b) ? a : b);
                }
            }
        }
        chosen.replaceAll((id, r) -> SubjectNames.nameOf(r));
        @SuppressWarnings("unchecked")   // every value is a name now: one map, not one per kind and another of names
        HashMap<String, String> names = (HashMap<String, String>) (HashMap<String, ?>) chosen;
        return names;
    }

    /** Whether {@code a} comes first of two records sharing an id: by their text. */
    private static boolean byText(Object a, Object b) {
        return String.valueOf(a).compareTo(String.valueOf(b)) <= 0;
    }

    /**
     * Of the {@code records} that {@code keep} takes, one per id: where records share an id, the first
     * by their text, so that the order in which the engine hands back facts does not matter (most ids
     * are unique, and no record is sorted or turned into text for them).
     */
    private static <T> Map<String, T> first(List<T> records, Function<T, String> id, Predicate<T> keep) {
        Map<String, T> first = sized(records.size());
        for (T r : records) {
            if (keep.test(r)) {
                first.merge(id.apply(r), r, (a, b) -> byText(a, b) ? a : b);
            }
        }
        return first;
    }

    /** A hash map that holds {@code n} entries without growing. */
    private static <K, V> HashMap<K, V> sized(int n) {
        return new HashMap<>(n * 4 / 3 + 1);
    }

    // ---- scorecard

    /** The area of a subject: its sub-district and community, either or both unknown. */
    private record Area(String subDistrict, String community) {
        /** The federation of the narrowest area known, or {@code null} for the district's. */
        String narrowest() {
            return community != null ? community : subDistrict;
        }
    }

    /** The area of every subject, by what it is or is attached to. */
    private static final class Areas {
        private final Map<String, Federation> byId;
        private final Map<String, Area> ofFederation;
        private final Map<String, String> attachedTo;
        /** A person's area: the narrowest holding every federation she holds a position in, else is linked to. */
        private final Map<String, Area> ofPerson;

        Areas(DistrictData facts) {
            byId = first(facts.federations(), Federation::id, f -> true);
            ofFederation = sized(byId.size());
            attachedTo = sized(facts.womensHomes().size() + facts.units().size() + facts.buildings().size()
                    + facts.activityCentres().size() + facts.womensGroups().size());
            ofPerson = sized(facts.people().size());
            byId.values().forEach(f -> ofFederation.put(f.id(), areaOf(f, byId)));
            attach(facts.womensHomes(), WomensHome::id, WomensHome::federationId);
            attach(facts.units(), Unit::id, Unit::federationId);
            attach(facts.buildings(), Building::id, Building::federationId);
            attach(facts.activityCentres(), ActivityCentre::id, ActivityCentre::federationId);
            attach(facts.womensGroups(), WomensGroup::id, WomensGroup::federationId);
            facts.positions().forEach(p -> narrow(p.personId(), p.federationId()));
            // People who hold no position: the federations they are linked to (of people sharing an id, the first's).
            for (Person p : first(facts.people(), Person::id, r -> !ofPerson.containsKey(r.id())).values()) {
                if (p.leadershipTeamOf() != null) {
                    narrow(p.id(), p.leadershipTeamOf());
                }
                if (p.twoCommitteesOf() != null) {
                    narrow(p.id(), p.twoCommitteesOf());
                }
            }
        }

        /** Narrows {@code personId}'s area to what it shares with {@code federationId}'s. */
        private void narrow(String personId, String federationId) {
            ofPerson.merge(personId, ofFederation.getOrDefault(federationId, NONE), ReportDetails::common);
        }

        /** Each record's federation, of records of the same kind sharing an id the first's (by {@link #first}). */
        private <T> void attach(List<T> records, Function<T, String> id, Function<T, String> federation) {
            first(records, id, r -> true).forEach((key, r) -> attachedTo.putIfAbsent(key, federation.apply(r)));
        }

        /** The area of the subject {@code subjectId} of type {@code subjectType} (a {@link SubjectType} name). */
        Area of(String subjectType, String subjectId) {
            if (subjectType == null) {
                return NONE;
            }
            return switch (subjectType) {
                case "DISTRICT_FEDERATION", "SUB_DISTRICT_FEDERATION", "COMMUNITY_FEDERATION" ->
                        ofFederation.getOrDefault(subjectId, NONE);
                case "PERSON" -> ofPerson.getOrDefault(subjectId, NONE);
                case "POSITION" -> NONE;
                default -> {
                    String federation = attachedTo.get(subjectId);
                    yield federation == null ? NONE : ofFederation.getOrDefault(federation, NONE);
                }
            };
        }

        Collection<Federation> federations() {
            return byId.values();
        }

        Area ofFederation(String id) {
            return ofFederation.get(id);
        }
    }

    private static Scorecard scorecard(Report base, Collection<Assessment> assessments, Areas areas,
                                       Map<String, String> names) {

        List<String> order = new ArrayList<>(base.summary().scores().keySet());
        Map<String, Integer> indexOf = sized(order.size());
        for (int i = 0; i < order.size(); i++) {
            indexOf.put(order.get(i), i);
        }
        Map<String, int[]> counts = new HashMap<>();
        Set<String> waived = new HashSet<>();
        for (Finding f : base.findings()) {
            if (f.waived()) {
                waived.add(f.requirementId() + "\u0000" + f.subjectId());
            }
        }
        for (Assessment a : assessments) {
            Area area = areas.of(a.subjectType().name(), a.subjectId());
            int requirement = indexOf.get(a.requirementId());
            boolean isWaived = !a.met() && waived.contains(a.requirementId() + "\u0000" + a.subjectId());
            count(counts, area.subDistrict(), order.size(), requirement, a.met(), isWaived);
            count(counts, area.community(), order.size(), requirement, a.met(), isWaived);
        }

        List<ScoreLine> subDistricts = new ArrayList<>();
        List<ScoreLine> communities = new ArrayList<>();
        for (Federation f : areas.federations()) {
            if (f.level() == Level.SUB_DISTRICT) {
                subDistricts.add(line(f, counts.get(f.id()), order, names));
            } else if (f.level() == Level.COMMUNITY) {
                communities.add(line(f, counts.get(f.id()), order, names));
            }
        }
        subDistricts.sort(Comparator.comparing(ScoreLine::areaId, NaturalOrder.IDS));
        communities.sort(Comparator.comparing((ScoreLine l) -> areas.ofFederation(l.areaId()).subDistrict(), NaturalOrder.IDS)
                .thenComparing(ScoreLine::areaId, NaturalOrder.IDS));
        String districtId = base.districtId();
        ScoreLine overall = new ScoreLine(districtId, districtId == null ? null : names.getOrDefault(districtId, districtId),
                Level.DISTRICT, null, base.summary().scores());
        return new Scorecard(overall, subDistricts, communities);
    }

    private static Area areaOf(Federation f, Map<String, Federation> byId) {
        return switch (f.level()) {
            case DISTRICT -> NONE;
            case SUB_DISTRICT -> new Area(f.id(), null);
            case COMMUNITY -> {
                Federation parent = f.parentId() == null ? null : byId.get(f.parentId());
                yield new Area(parent != null && parent.level() == Level.SUB_DISTRICT ? parent.id() : null, f.id());
            }
        };
    }

    /** The narrowest area holding both {@code a} and {@code b}; none when they lie in different sub-districts. */
    private static Area common(Area a, Area b) {
        String sd = Objects.equals(a.subDistrict(), b.subDistrict()) ? b.subDistrict() : null;
        String c = Objects.equals(a.community(), b.community()) ? b.community() : null;
        return new Area(sd, c);
    }

    /**
     * Counts an assessment of the requirement at {@code requirement} (of {@code requirements} in
     * the summary's order) in the area {@code areaId}, if any: checked, met, waived, three per requirement.
     */
    private static void count(Map<String, int[]> counts, String areaId, int requirements, int requirement,
                              boolean met, boolean waived) {
        if (areaId == null) {
            return;
        }
        int[] c = counts.computeIfAbsent(areaId, k -> new int[3 * requirements]);
        c[3 * requirement]++;
        if (met) {
            c[3 * requirement + 1]++;
        } else if (waived) {
            c[3 * requirement + 2]++;
        }
    }

    private static ScoreLine line(Federation f, int[] counts, List<String> order, Map<String, String> names) {
        Map<String, RequirementScore> scores = new LinkedHashMap<>();
        for (int i = 0; counts != null && i < order.size(); i++) {
            if (counts[3 * i] > 0) {
                String id = order.get(i);
                scores.put(id, new RequirementScore(id, counts[3 * i], counts[3 * i + 1], counts[3 * i + 2]));
            }
        }
        return new ScoreLine(f.id(), names.getOrDefault(f.id(), f.id()), f.level(), f.parentId(), scores);
    }

    // ---- accounting

    /** The data findings of one record: their codes, and the place of the first that has one. */
    private static final class Rejected {
        final Set<String> codes = new TreeSet<>();
        String location;
    }

    private static Accounting accounting(List<Finding> findings, DistrictData facts) {
        // kind -> record id -> what was found wrong with it
        Map<String, Map<String, Rejected>> codes = new HashMap<>();
        for (Finding f : findings) {
            if (f.kind() == Kind.DATA) {
                String kind = kindOf(f.subjectType());
                if (kind != null) {
                    Rejected r = codes.computeIfAbsent(kind, k -> new HashMap<>()).computeIfAbsent(f.subjectId(), k -> new Rejected());
                    r.codes.add(f.code());
                    if (r.location == null) {
                        r.location = f.location();
                    }
                }
            }
        }
        Set<String> attributed = new HashSet<>();
        List<RecordAccount> accounts = new ArrayList<>();
        account(accounts, "federations", facts.federations(), codes, attributed);
        account(accounts, "people", facts.people(), codes, attributed);
        account(accounts, "positions", facts.positions(), codes, attributed);
        account(accounts, "womensHomes", facts.womensHomes(), codes, attributed);
        account(accounts, "units", facts.units(), codes, attributed);
        account(accounts, "buildings", facts.buildings(), codes, attributed);
        account(accounts, "activityCentres", facts.activityCentres(), codes, attributed);
        account(accounts, "womensGroups", facts.womensGroups(), codes, attributed);
        account(accounts, "activities", facts.activities(), codes, attributed);
        account(accounts, "waivers", facts.waivers(), codes, attributed);
        List<String> other = new ArrayList<>();
        for (Finding f : findings) {
            if (f.kind() == Kind.DATA) {
                String kind = kindOf(f.subjectType());
                if (kind == null || !attributed.contains(kind + "\u0000" + f.subjectId())) {
                    other.add(Accounting.issueOf(f));
                }
            }
        }
        return new Accounting(accounts, other);
    }

    private static void account(List<RecordAccount> accounts, String kind, List<?> records,
                                Map<String, Map<String, Rejected>> codes, Set<String> attributed) {
        List<Rejection> rejected = new ArrayList<>();
        Map<String, Rejected> ofKind = codes.get(kind);
        for (Object r : ofKind == null ? List.of() : records) {
            String id = SubjectType.idOf(r);
            Rejected why = ofKind.get(id);
            if (why != null) {
                rejected.add(new Rejection(id, why.location, List.copyOf(why.codes)));
                attributed.add(kind + "\u0000" + id);
            }
        }
        rejected.sort(Comparator.comparing(Rejection::recordId, NaturalOrder.IDS)
                .thenComparing(r -> String.join(",", r.codes())));
        accounts.add(new RecordAccount(kind, records.size(), records.size() - rejected.size(), rejected));
    }

    /** The input field of the records of a subject type; {@code null} for the input as a whole. */
    static String kindOf(String subjectType) {
        if (subjectType == null) {
            return null;
        }
        return switch (subjectType) {
            case "DISTRICT_FEDERATION", "SUB_DISTRICT_FEDERATION", "COMMUNITY_FEDERATION" -> "federations";
            case "PERSON" -> "people";
            case "POSITION" -> "positions";
            case "WOMENS_HOME" -> "womensHomes";
            case "UNIT" -> "units";
            case "BUILDING" -> "buildings";
            case "ACTIVITY_CENTRE" -> "activityCentres";
            case "WOMENS_GROUP" -> "womensGroups";
            case "ACTIVITY" -> "activities";
            case "WAIVER" -> "waivers";
            default -> null;
        };
    }
}
