package io.github.fulianrules.compare;

import io.github.fulianrules.internal.NaturalOrder;
import io.github.fulianrules.internal.Sentences;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.report.Provenance;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.report.RequirementIds;
import io.github.fulianrules.report.ScoreLine;
import io.github.fulianrules.report.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares two reports of one district, an earlier and a later one, finding by finding: after a
 * year of rectification (整改), which findings of last year are closed, which are new, which
 * persist, and is the gap narrowing?
 *
 * <pre>{@code
 * ReportDifference d = ReportDiff.between(ReportJsonReader.read(Path.of("2024.json")),
 *                                         ReportJsonReader.read(Path.of("2025.json")));
 * d.warnings().forEach(w -> System.err.println(w.zh()));
 * d.changes(ChangeKind.NEW).forEach(c -> System.out.println(c.requirementId() + " " + c.subjectId()));
 * }</pre>
 *
 * <p>Findings are matched by requirement, subject and data code. Where one report has several
 * findings with the same three (data findings about different fields of one record), those with
 * the same details are matched first, then the rest in report order. A finding in both is
 * {@link ChangeKind#NARROWED narrowed} or {@link ChangeKind#WIDENED widened} when its gap changed,
 * else {@link ChangeKind#PERSISTING persisting}; waived or not, it is the same finding.
 */
public final class ReportDiff {
    private ReportDiff() {
    }

    /** The difference from {@code before} to {@code after}. */
    public static ReportDifference between(Report before, Report after) {
        List<Text> warnings = new ArrayList<>();
        if (before.districtId() != null && after.districtId() != null && !before.districtId().equals(after.districtId())) {
            warnings.add(warning("districts", before.districtId(), after.districtId()));
        }
        warnings.addAll(warnings(before.provenance(), after.provenance()));

        Map<String, List<Finding>> was = byKey(before);
        Map<String, List<Finding>> now = byKey(after);
        Set<String> keys = new LinkedHashSet<>(was.keySet());
        keys.addAll(now.keySet());
        List<FindingChange> changes = new ArrayList<>();
        for (String key : keys) {
            List<Finding> olds = new ArrayList<>(was.getOrDefault(key, List.of()));
            List<Finding> news = new ArrayList<>(now.getOrDefault(key, List.of()));
            // Same details first, then the rest in order.
            for (int i = 0; i < olds.size(); ) {
                int j = indexOfDetails(news, olds.get(i));
                if (j >= 0) {
                    changes.add(matched(olds.remove(i), news.remove(j), before, after));
                } else {
                    i++;
                }
            }
            while (!olds.isEmpty() && !news.isEmpty()) {
                changes.add(matched(olds.remove(0), news.remove(0), before, after));
            }
            olds.forEach(f -> changes.add(new FindingChange(ChangeKind.CLOSED, before.areaOf(f.subjectId()), f, null,
                    before.period())));
            news.forEach(f -> changes.add(new FindingChange(ChangeKind.NEW, after.areaOf(f.subjectId()), null, f,
                    after.period())));
        }
        changes.sort(Comparator.comparing(FindingChange::latest, Finding.ORDER).thenComparing(FindingChange::kind));

        Map<String, ChangeCounts> byRequirement = new TreeMap<>(RequirementIds.ORDER);
        ChangeCounts total = ChangeCounts.NONE;
        for (FindingChange c : changes) {
            ChangeCounts one = ChangeCounts.of(c.kind());
            byRequirement.merge(c.requirementId(), one, ChangeCounts::plus);
            total = total.plus(one);
        }
        String district = after.districtId() != null ? after.districtId() : before.districtId();
        Report named = after.districtId() != null ? after : before;
        return new ReportDifference(district, district == null ? null : named.nameOf(district), before.period(),
                after.period(), warnings, changes, byRequirement, byFederation(changes, before, after, district), total);
    }

    /**
     * What differs between the provenance of two reports, one sentence each: the rule set, its
     * rules, its catalogue (naming the requirements in one only) and each parameter's value.
     * Empty when both were made alike, or when neither says how it was made.
     */
    public static List<Text> warnings(Provenance before, Provenance after) {
        List<Text> warnings = new ArrayList<>();
        if (before == null && after == null) {
            return warnings;
        }
        if (before == null || after == null) {
            warnings.add(warning(before == null ? "noProvenance.before" : "noProvenance.after"));
            return warnings;
        }
        if (!Objects.equals(before.ruleSet(), after.ruleSet())) {
            warnings.add(warning("ruleSets", before.ruleSet(), after.ruleSet()));
        }
        if (!Objects.equals(before.rulesDigest(), after.rulesDigest())) {
            warnings.add(warning("rules", shortDigest(before.rulesDigest()), shortDigest(after.rulesDigest())));
        }
        if (!Objects.equals(before.catalogueDigest(), after.catalogueDigest())
                || !before.requirements().equals(after.requirements())) {
            List<String> onlyBefore = new ArrayList<>(before.requirements());
            onlyBefore.removeAll(after.requirements());
            List<String> onlyAfter = new ArrayList<>(after.requirements());
            onlyAfter.removeAll(before.requirements());
            String key = onlyBefore.isEmpty() ? onlyAfter.isEmpty() ? "catalogues.reworded" : "catalogues.onlyAfter"
                    : onlyAfter.isEmpty() ? "catalogues.onlyBefore" : "catalogues.both";
            warnings.add(warning(key, shortDigest(before.catalogueDigest()), shortDigest(after.catalogueDigest()),
                    String.join(", ", onlyBefore), String.join(", ", onlyAfter)));
        }
        Set<String> names = new LinkedHashSet<>(before.parameters().keySet());
        names.addAll(after.parameters().keySet());
        for (String name : names) {
            Long b = before.parameters().get(name);
            Long a = after.parameters().get(name);
            if (!Objects.equals(a, b)) {
                warnings.add(warning("parameter", name, b == null ? WORD_NONE : b, a == null ? WORD_NONE : a));
            }
        }
        return warnings;
    }

    private static Object shortDigest(String digest) {
        return digest == null ? WORD_UNKNOWN : digest.substring(0, Math.min(12, digest.length()));
    }

    /** Put in a warning for a value a report does not have: the word {@code key} in the warning's language. */
    private record Word(String key) {
    }

    /** The warnings' words, {@code warnings_zh.properties} and {@code warnings_en.properties}. */
    private static final Sentences WARNINGS = Sentences.of(ReportDiff.class, "warnings");
    private static final Word WORD_NONE = new Word("none");
    private static final Word WORD_UNKNOWN = new Word("unknown");

    /**
     * The warning {@code key} of the bundle {@code warnings} in both languages, with {@code args}
     * in its {@code {0}}, {@code {1}}…: numbers as digits, a {@link Word} in the warning's language.
     */
    static Text warning(String key, Object... args) {
        return new Text(format(Locale.CHINESE, key, args), format(Locale.ENGLISH, key, args));
    }

    private static String format(Locale locale, String key, Object... args) {
        Object[] plain = Arrays.stream(args).map(a -> a instanceof Word w ? WARNINGS.say(locale, w.key()) : a).toArray();
        return WARNINGS.say(locale, key, plain);
    }

    private static Map<String, List<Finding>> byKey(Report report) {
        Map<String, List<Finding>> map = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            map.computeIfAbsent(f.requirementId() + "\u0000" + f.subjectId() + "\u0000" + (f.code() == null ? "" : f.code()),
                    k -> new ArrayList<>()).add(f);
        }
        return map;
    }

    private static int indexOfDetails(List<Finding> findings, Finding like) {
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).details().equals(like.details())) {
                return i;
            }
        }
        return -1;
    }

    private static FindingChange matched(Finding was, Finding now, Report before, Report after) {
        ChangeKind kind = now.gap() < was.gap() ? ChangeKind.NARROWED
                : now.gap() > was.gap() ? ChangeKind.WIDENED : ChangeKind.PERSISTING;
        return new FindingChange(kind, after.areaOf(now.subjectId()), was, now, before.period());
    }

    /** The counts per federation, each change counted in its area and every area above it. */
    private static List<FederationCounts> byFederation(List<FindingChange> changes, Report before, Report after,
                                                       String district) {
        Map<String, ScoreLine> lines = new LinkedHashMap<>();
        for (Report r : List.of(after, before)) {
            r.scorecard().lines().filter(l -> l.areaId() != null).forEach(l -> lines.putIfAbsent(l.areaId(), l));
        }
        Map<String, ChangeCounts> counts = new HashMap<>();
        for (FindingChange c : changes) {
            ChangeCounts one = ChangeCounts.of(c.kind());
            Set<String> seen = new LinkedHashSet<>();
            for (String id = c.federationId(); id != null && seen.add(id); ) {
                counts.merge(id, one, ChangeCounts::plus);
                ScoreLine line = lines.get(id);
                id = line == null || line.parentId() == null ? (id.equals(district) ? null : district) : line.parentId();
            }
        }
        List<FederationCounts> result = new ArrayList<>();
        if (district != null) {
            ScoreLine d = lines.get(district);
            result.add(new FederationCounts(district, d == null ? district : d.name(), Level.DISTRICT, null,
                    counts.getOrDefault(district, ChangeCounts.NONE)));
        }
        List<ScoreLine> areas = new ArrayList<>(lines.values());
        areas.removeIf(l -> l.level() == Level.DISTRICT);
        areas.sort(Comparator.comparing((ScoreLine l) -> l.level()).thenComparing(ScoreLine::areaId, NaturalOrder.IDS));
        for (ScoreLine l : areas) {
            result.add(new FederationCounts(l.areaId(), l.name(), l.level(), l.parentId(),
                    counts.getOrDefault(l.areaId(), ChangeCounts.NONE)));
        }
        return result;
    }
}
