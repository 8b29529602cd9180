package io.github.fulianrules.explain;

import com.github.javaparser.ParseProblemException;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import io.github.fulianrules.FulianRules;
import io.github.fulianrules.RuleSession;
import io.github.fulianrules.RuleSetException;
import io.github.fulianrules.catalogue.RuleInfo;
import io.github.fulianrules.internal.DrlSource;
import io.github.fulianrules.authoring.ModelCompiler;
import io.github.fulianrules.lint.DerivedFactKeys;
import io.github.fulianrules.lint.ParsedDrl;
import io.github.fulianrules.lint.Problem;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.report.Explanation;
import io.github.fulianrules.rulesupport.Assessment;
import io.github.fulianrules.rulesupport.Tally;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.QueryResults;
import org.kie.api.runtime.rule.QueryResultsRow;

/**
 * How a requirement came out on a subject, in words for the person who wrote the rules: the rule
 * that decided, what it matched and concluded — or, when no rule concluded anything about the
 * subject, which rules could have, which of their conditions found no fact, and the facts of that
 * kind there are.
 *
 * <pre>{@code
 * new Explainer(engine).explain(district, "FL-2.3c", "d").forEach(System.out::println);
 * // FL-2.3c was not checked on d: no rule of FL-2.3c concluded anything about it.
 * //   rule "FL-2.3c Two executive-member training classes a year" (local-additions.drl:6)
 * //     local-additions.drl:9:5 holds for d: Federation(level == Level.DISTRICT, $id : id)
 * //     local-additions.drl:11:5 finds no fact: Tally(subjectId == $id, key == "activities.EXECUTIVE_TRAINIG", $n : value)
 * //       Tally facts about d: activities.EXECUTIVE_TRAINING = 1, …
 * }</pre>
 *
 * <p>Which condition finds no fact is asked of the rules themselves: each rule's conditions are
 * compiled as queries of its first one, two, … conditions and asked of the facts the evaluation
 * ended with, derived ones included. That compiles DRL, a few seconds once per requirement and
 * explainer; an explainer keeps what it compiled.
 */
public final class Explainer {
    private static final int FACTS_SHOWN = 8;
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private final FulianRules engine;
    /** Whether the engine's DRL text is what its classes were compiled from, so that probes compiled from it may run. */
    private final boolean probeText;
    private final Map<String, Optional<KieBase>> probes = new HashMap<>();
    private List<ParsedDrl> parsed;

    public Explainer(FulianRules engine) {
        this(engine, engine.ruleTextIsItsCode());
    }

    /**
     * For tests that load, as a bundle, a rule set they compiled themselves from its text (one lint
     * refuses, which no directory load would give them): its text is its code, and may be probed.
     */
    Explainer(FulianRules engine, boolean probeText) {
        this.engine = engine;
        this.probeText = probeText;
    }

    /**
     * Lines that say how {@code requirementId} came out on {@code subjectId} in {@code data}, or on
     * every subject when {@code subjectId} is {@code null}; the first line says it in one sentence.
     */
    public List<String> explain(DistrictData data, String requirementId, String subjectId) {
        return explain(data, Map.of(), requirementId, subjectId);
    }

    /** As {@link #explain(DistrictData, String, String)}, with {@code parameters} overridden as a scenario does. */
    public List<String> explain(DistrictData data, Map<String, Long> parameters, String requirementId, String subjectId) {
        FulianRules engine = parameters.isEmpty() ? this.engine : this.engine.withParameters(parameters);
        List<String> out = new ArrayList<>();
        if (engine.catalogue().requirement(requirementId).isEmpty()) {
            out.add(requirementId + " is not a requirement of the catalogue of the rules " + engine.ruleSetName());
            return out;
        }
        List<RuleInfo> rules = rulesOf(requirementId);
        if (rules.isEmpty()) {
            out.add(requirementId + " is checked by no rule: none declares @requirement(\"" + requirementId + "\")");
            return out;
        }
        try (RuleSession session = engine.openSession(data.period())) {
            session.recordExplanations();
            session.locations(data.locations());
            session.insertAll(data.facts().toList());
            session.findings(); // fires the rules
            List<String> checked = session.objects(Assessment.class).stream()
                    .filter(a -> a.requirementId().equals(requirementId))
                    .map(Assessment::subjectId)
                    .filter(s -> subjectId == null || s.equals(subjectId))
                    .distinct().sorted().toList();
            for (String subject : checked) {
                session.explain(requirementId, subject).ifPresent(e -> describe(e, rules, out));
            }
            if (checked.isEmpty()) {
                out.add(requirementId + " was not checked on " + (subjectId == null ? "any subject" : subjectId)
                        + ": no rule of " + requirementId + " concluded anything about " + (subjectId == null ? "one" : "it") + ".");
                List<Object> facts = session.objects(Object.class);
                for (RuleInfo rule : rules) {
                    whyNot(rule, requirementId, subjectId, facts, out);
                }
            }
        }
        return out;
    }

    private static void describe(Explanation e, List<RuleInfo> rules, List<String> out) {
        out.add(e.requirementId() + " on " + e.subjectId() + ": " + (e.met() ? "met" : "not met") + " (measured "
                + e.measured() + ", required " + e.required() + ") by rule \"" + e.rule() + "\""
                + rules.stream().filter(r -> r.name().equals(e.rule())).findFirst().map(Explainer::place).orElse(""));
        out.add("  from: " + String.join("; ", e.matched()));
    }

    private static String place(RuleInfo rule) {
        return rule.file() == null ? "" : " (" + rule.file() + ":" + rule.line() + ")";
    }

    /** Which condition of {@code rule} finds no fact about {@code subjectId}, and what facts of that kind there are. */
    private void whyNot(RuleInfo info, String requirementId, String subjectId, List<Object> facts, List<String> out) {
        out.add("  rule \"" + info.name() + "\"" + place(info));
        Optional<ParsedDrl> file = parsed().stream().filter(p -> p.source().file().equals(info.file())).findFirst();
        Optional<ParsedDrl.Rule> rule = file.flatMap(f -> f.rules().stream().filter(r -> r.name().equals(info.name())).findFirst());
        if (!probeText) {
            // A bundle's text need not be what its verified classes were compiled from: not compiled.
            out.add("    (its conditions cannot be probed: the rules are a bundle, whose text is not compiled)");
            return;
        }
        Optional<KieBase> probe = probes.computeIfAbsent(requirementId, this::compileProbes);
        if (rule.isEmpty() || probe.isEmpty()) {
            out.add("    (its conditions cannot be probed: its text is not at hand or does not compile as queries)");
            return;
        }
        String subjectVariable = subjectVariable(rule.get());
        int index = ruleIndex(requirementId, info.name());
        KieSession session = probe.get().newKieSession();
        try {
            facts.forEach(session::insert);
            List<ParsedDrl.Condition> conditions = rule.get().conditions();
            for (int k = 1; k <= conditions.size(); k++) {
                ParsedDrl.Condition condition = conditions.get(k - 1);
                QueryResults rows = session.getQueryResults(queryName(index, k));
                boolean bindsSubject = subjectId != null && subjectVariable != null
                        && List.of(rows.getIdentifiers()).contains(subjectVariable);
                boolean holds = false;
                for (QueryResultsRow row : rows) {
                    holds |= !bindsSubject || subjectId.equals(String.valueOf(row.get(subjectVariable)));
                }
                String where = file.get().where(condition.offset());
                if (holds) {
                    out.add("    " + where + " holds" + (bindsSubject ? " for " + subjectId : "") + ": " + oneLine(condition.text()));
                    continue;
                }
                out.add("    " + where + " finds no fact" + (bindsSubject ? " for " + subjectId : "") + ": "
                        + oneLine(condition.text()));
                if (condition.type() != null) {
                    out.add("      " + factsOfKind(condition, subjectId, facts));
                }
                int first = file.get().source().lineOf(condition.offset());
                int last = file.get().source().lineOf(condition.offset() + condition.text().length());
                DerivedFactKeys.check(parsed()).stream()
                        .filter(p -> p.file().equals(info.file()) && p.line() >= first && p.line() <= last)
                        .map(Problem::message)
                        .forEach(m -> out.add("      " + m.replaceFirst("^rule \"[^\"]*\" reads", "it reads")));
                return;
            }
            out.add("    every condition holds" + (subjectId == null ? "" : " for " + subjectId)
                    + ", yet its consequence concluded nothing" + (subjectVariable == null ? "" : " about " + subjectVariable));
        } finally {
            session.dispose();
        }
    }

    /**
     * The facts of the type {@code condition} matches about {@code subjectId} (all when null), a few
     * of them: those nearest to a word the condition quotes first ({@code activities.EXECUTIVE_TRAINING}
     * for {@code key == "activities.EXECUTIVE_TRAINIG"}).
     */
    private static String factsOfKind(ParsedDrl.Condition condition, String subjectId, List<Object> facts) {
        String simple = condition.type().substring(condition.type().lastIndexOf('.') + 1);
        List<String> quoted = new ArrayList<>();
        Matcher m = QUOTED.matcher(condition.text());
        while (m.find()) {
            quoted.add(m.group(1));
        }
        Comparator<String> nearest = Comparator.comparingInt(text -> quoted.stream()
                .mapToInt(q -> DerivedFactKeys.distance(q, text.replaceFirst(" = .*$", ""))).min().orElse(0));
        List<Object> ofType = facts.stream().filter(f -> f.getClass().getSimpleName().equals(simple)).toList();
        List<String> about = ofType.stream().filter(f -> subjectId == null || mentions(f, subjectId))
                .map(f -> f instanceof Tally t ? t.key() + " = " + t.value() : String.valueOf(f))
                .sorted(nearest.thenComparing(Comparator.naturalOrder())).toList();
        String whose = subjectId == null ? "" : " about " + subjectId;
        if (about.isEmpty()) {
            return "there is no " + simple + " fact" + whose + (ofType.isEmpty() ? " or any other"
                    : " (" + ofType.size() + " about other subjects)");
        }
        return simple + " facts" + whose + ": " + String.join(", ", about.subList(0, Math.min(FACTS_SHOWN, about.size())))
                + (about.size() > FACTS_SHOWN ? ", … (" + about.size() + " in all)" : "");
    }

    /** Whether a fact names {@code subjectId} in one of its fields. */
    private static boolean mentions(Object fact, String subjectId) {
        if (!fact.getClass().isRecord()) {
            return false;
        }
        for (RecordComponent c : fact.getClass().getRecordComponents()) {
            try {
                if (Objects.equals(subjectId, c.getAccessor().invoke(fact))) {
                    return true;
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // a field that cannot be read names nothing
            }
        }
        return false;
    }

    /** The variable a rule's consequence assesses: the second argument of {@code Assessment.…("ID", $x, …)}. */
    private static String subjectVariable(ParsedDrl.Rule rule) {
        try {
            return StaticJavaParser.parseBlock("{" + rule.consequence() + "\n}").findAll(MethodCallExpr.class).stream()
                    .filter(c -> c.getScope().filter(s -> s instanceof NameExpr n && n.getNameAsString().equals("Assessment")).isPresent())
                    .filter(c -> c.getArguments().size() >= 2 && c.getArgument(1) instanceof NameExpr)
                    .map(c -> ((NameExpr) c.getArgument(1)).getNameAsString()).findFirst().orElse(null);
        } catch (ParseProblemException e) {
            return null;
        }
    }

    private List<ParsedDrl> parsed() {
        if (parsed == null) {
            parsed = engine.ruleSources().entrySet().stream().map(e -> ParsedDrl.parse(new DrlSource(e.getKey(), e.getValue())))
                    .flatMap(Optional::stream).toList();
        }
        return parsed;
    }

    private List<RuleInfo> rulesOf(String requirementId) {
        return engine.rules().stream().filter(r -> requirementId.equals(r.requirementId())).toList();
    }

    private int ruleIndex(String requirementId, String name) {
        List<RuleInfo> rules = rulesOf(requirementId);
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String queryName(int rule, int conditions) {
        return "probe " + rule + " " + conditions;
    }

    /** A query per rule of {@code requirementId} and per number of its first conditions, compiled together. */
    private Optional<KieBase> compileProbes(String requirementId) {
        List<RuleInfo> rules = rulesOf(requirementId);
        StringBuilder drl = new StringBuilder();
        List<String> imports = new ArrayList<>();
        String pkg = null;
        StringBuilder queries = new StringBuilder();
        for (int i = 0; i < rules.size(); i++) {
            RuleInfo info = rules.get(i);
            Optional<ParsedDrl> file = parsed().stream().filter(p -> p.source().file().equals(info.file())).findFirst();
            Optional<ParsedDrl.Rule> rule = file.flatMap(f -> f.rules().stream().filter(r -> r.name().equals(info.name())).findFirst());
            if (rule.isEmpty()) {
                continue;
            }
            pkg = pkg == null ? file.get().packageName() : pkg;
            file.get().imports().stream().filter(im -> !imports.contains(im)).forEach(imports::add);
            List<ParsedDrl.Condition> conditions = rule.get().conditions();
            for (int k = 1; k <= conditions.size(); k++) {
                queries.append("query \"").append(queryName(i, k)).append("\"\n");
                conditions.subList(0, k).forEach(c -> queries.append("    ").append(c.text()).append('\n'));
                queries.append("end\n\n");
            }
        }
        if (pkg == null) {
            return Optional.empty();
        }
        drl.append("package ").append(pkg).append(";\n\n");
        imports.forEach(im -> drl.append("import ").append(im).append(";\n"));
        drl.append('\n').append(queries);
        List<DrlSource> probes = List.of(new DrlSource("explain-" + requirementId + ".drl", drl.toString()));
        try {
            // The queries are the conditions of rules of a rule set that has passed the verifier, the same
            // expressions; queries themselves are a declaration the verifier refuses in analysts' files.
            // Compiled anew: they must not take the place of the rule set as the last compile.
            return Optional.of(ModelCompiler.compileAnew(Path.of("explain " + requirementId), probes).kieBase("explain " + requirementId));
        } catch (RuleSetException e) {
            return Optional.empty();
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }
}
