package io.github.fulianrules.compare;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.FulianRulesException;
import io.github.fulianrules.catalogue.Parameter;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.report.Kind;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.report.RequirementIds;
import io.github.fulianrules.report.RequirementScore;
import io.github.fulianrules.report.ScoreLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A what-if: the same rules with some parameters changed, applied to districts next to the rules
 * as they are, to see which subjects would fail or pass that do not now. Before a threshold is
 * revised: "if the community executive floor rose from 15 to 17, which communities would fall
 * short, and how many in each district?"
 *
 * <pre>{@code
 * WhatIf whatIf = WhatIf.of(FulianRules.bundled(), Map.of("communityExecutiveFloor", 17L));
 * DistrictImpact impact = whatIf.assess(district);
 * impact.subjects().stream().filter(SubjectChange::newlyFailing)
 *         .forEach(s -> System.out.println(s.requirementId() + " " + s.subjectId()));
 * }</pre>
 *
 * <p>Immutable and thread-safe, like the engine: one what-if can assess districts on many threads.
 */
public final class WhatIf {
    private final FulianRules current;
    private final FulianRules changed;
    private final Map<String, Long> values;

    private WhatIf(FulianRules current, FulianRules changed, Map<String, Long> values) {
        this.current = current;
        this.changed = changed;
        this.values = values;
    }

    /**
     * The what-if of {@code engine} with the parameters {@code values}. Throws
     * {@link FulianRulesException} with a one-line message for a parameter the catalogue does not
     * know, or a value that does not fit it: negative, above 100 for a percentage, above 1000 for
     * a per-mille.
     */
    public static WhatIf of(FulianRules engine, Map<String, Long> values) {
        if (values.isEmpty()) {
            throw new FulianRulesException("no parameter to change: name at least one, e.g. communityExecutiveFloor=17");
        }
        Map<String, Long> checked = new LinkedHashMap<>();
        for (Map.Entry<String, Long> e : values.entrySet()) {
            Parameter p = engine.catalogue().parameter(e.getKey()).orElseThrow(() -> new FulianRulesException(
                    "unknown parameter " + e.getKey() + " (known: " + String.join(", ",
                            engine.catalogue().parameters().stream().map(Parameter::name).toList()) + ")"));
            checkFits(p, e.getValue());
            checked.put(p.name(), e.getValue());
        }
        return new WhatIf(engine, engine.withParameters(checked), Map.copyOf(checked));
    }

    private static void checkFits(Parameter p, long value) {
        long max = switch (p.unit() == null ? "" : p.unit()) {
            case "%" -> 100;
            case "‰" -> 1000;
            default -> Long.MAX_VALUE;
        };
        if (value < 0 || value > max) {
            throw new FulianRulesException("parameter " + p.name() + " (" + p.unit() + ", clause " + p.clause()
                    + "): " + value + " does not fit; expected a whole number from 0"
                    + (max == Long.MAX_VALUE ? "" : " to " + max));
        }
    }

    /** The values tried, by name. */
    public Map<String, Long> values() {
        return values;
    }

    /** Evaluates {@code district} under the current and the changed values, and compares the two. */
    public DistrictImpact assess(DistrictData district) {
        return assess(district, current.evaluate(district));
    }

    /**
     * As {@link #assess(DistrictData)}, with the report of {@code district} under the current values
     * already at hand (from the engine this what-if was made of): only the changed values are evaluated.
     */
    public DistrictImpact assess(DistrictData district, Report before) {
        Report after = changed.evaluate(district);
        Map<String, Long> inForce = current.parametersOn(district.period().end());
        List<ParameterChange> parameters = new ArrayList<>();
        values.keySet().stream().sorted().forEach(name ->
                parameters.add(new ParameterChange(name, inForce.getOrDefault(name, values.get(name)), values.get(name))));
        return compare(before, after, parameters);
    }

    /** The impact of going from report {@code before} to {@code after} of the same district, made with {@code parameters}. */
    static DistrictImpact compare(Report before, Report after, List<ParameterChange> parameters) {
        Map<String, Map<String, Finding>> failingBefore = failing(before);
        Map<String, Map<String, Finding>> failingAfter = failing(after);
        Set<String> ids = new TreeSet<>(RequirementIds.ORDER);
        ids.addAll(before.summary().scores().keySet());
        ids.addAll(after.summary().scores().keySet());
        List<RequirementImpact> requirements = new ArrayList<>();
        List<SubjectChange> subjects = new ArrayList<>();
        Set<String> changedIds = new LinkedHashSet<>();
        for (String id : ids) {
            Map<String, Finding> was = failingBefore.getOrDefault(id, Map.of());
            Map<String, Finding> now = failingAfter.getOrDefault(id, Map.of());
            int newlyFailing = 0;
            int newlyPassing = 0;
            for (Finding f : now.values()) {
                if (!was.containsKey(f.subjectId())) {
                    newlyFailing++;
                    subjects.add(new SubjectChange(id, f.subjectId(), after.nameOf(f.subjectId()), f.subjectType(),
                            after.areaOf(f.subjectId()), true, f));
                }
            }
            for (Finding f : was.values()) {
                if (!now.containsKey(f.subjectId())) {
                    newlyPassing++;
                    subjects.add(new SubjectChange(id, f.subjectId(), before.nameOf(f.subjectId()), f.subjectType(),
                            before.areaOf(f.subjectId()), false, f));
                }
            }
            RequirementImpact r = new RequirementImpact(id, checked(before, id), checked(after, id), was.size(), now.size(),
                    newlyFailing, newlyPassing);
            requirements.add(r);
            if (r.changed()) {
                changedIds.add(id);
            }
        }
        subjects.sort(Comparator.comparing(SubjectChange::requirementId, RequirementIds.ORDER)
                .thenComparing(SubjectChange::subjectId));
        List<AreaImpact> areas = new ArrayList<>();
        for (String id : changedIds) {
            for (ScoreLine line : after.scorecard().subDistricts()) {
                ScoreLine old = before.scorecard().line(line.areaId()).orElse(null);
                areas.add(new AreaImpact(line.areaId(), line.name(), id, old == null ? 0 : failingIn(old, id),
                        failingIn(line, id)));
            }
        }
        String district = after.districtId();
        return new DistrictImpact(district, district == null ? null : after.nameOf(district), after.period(), parameters,
                requirements, subjects, areas);
    }

    /** Per requirement, the subjects with a finding of it, waived or not, each with its first finding. */
    private static Map<String, Map<String, Finding>> failing(Report report) {
        Map<String, Map<String, Finding>> failing = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            if (f.kind() != Kind.DATA) {
                failing.computeIfAbsent(f.requirementId(), k -> new LinkedHashMap<>()).putIfAbsent(f.subjectId(), f);
            }
        }
        return failing;
    }

    private static int checked(Report report, String requirementId) {
        RequirementScore s = report.summary().scores().get(requirementId);
        return s == null ? 0 : s.checked();
    }

    private static int failingIn(ScoreLine line, String requirementId) {
        RequirementScore s = line.requirements().get(requirementId);
        return s == null ? 0 : s.checked() - s.met();
    }
}
