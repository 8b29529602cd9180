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
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.report.ModelLabels;
import io.github.fulianrules.rulesupport.DataIssue;
import io.github.fulianrules.rulesupport.Assessment;
import io.github.fulianrules.rulesupport.Tally;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
 * How a requirement came out on a subject, in words for the analyst who reads the rules: the rule
 * that decided, met or not, and the facts it matched, each as a sentence in Chinese or English;
 * where the check was left to a {@code DATA} finding, which one and why; and, when no rule
 * concluded anything about the subject, which rules could have, which of their conditions found no
 * fact, and the facts of that kind there are. Subjects are named by name and id.
 *
 * <pre>{@code
 * new Explainer(engine, Locale.CHINESE).explain(district, "FL-2.1b", "qx").forEach(System.out::println);
 * // FL-2.1b：青溪区妇联（qx）未达标。实测 13/40，要求 40%；由规则“FL-2.1b …”（task2-leadership-bodies.drl:24）判定。
 * //   判定所依据的事实：
 * //     - 参数 executiveShareMin 为 40%（条款 二(二)1）
 * //     - 青溪区妇联（qx）的执委会委员共 40 人
 * //     - 青溪区妇联（qx）的执委会委员中女性优秀代表 13 人
 * }</pre>
 *
 * <p>Which condition finds no fact is asked of the rules themselves: each rule's conditions are
 * compiled as queries of its first one, two, … conditions and asked of the facts the evaluation
 * ended with, derived ones included. That compiles DRL, a few seconds once per requirement and
 * explainer; an explainer keeps what it compiled. The conditions are quoted as the rules say them.
 */
public final class Explainer {
    private static final int FACTS_SHOWN = 8;
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private final FulianRules engine;
    private final Locale locale;
    /** Whether the engine's DRL text is what its classes were compiled from, so that probes compiled from it may run. */
    private final boolean probeText;
    private final Map<String, Optional<KieBase>> probes = new HashMap<>();
    private List<ParsedDrl> parsed;

    /** An explainer that speaks English. */
    public Explainer(FulianRules engine) {
        this(engine, Locale.ENGLISH);
    }

    /** An explainer that speaks the language of {@code locale}: Chinese for {@code zh}, else English. */
    public Explainer(FulianRules engine, Locale locale) {
        this(engine, locale, engine.ruleTextIsItsCode());
    }

    /**
     * For tests that load, as a bundle, a rule set they compiled themselves from its text (one lint
     * refuses, which no directory load would give them): its text is its code, and may be probed.
     */
    Explainer(FulianRules engine, Locale locale, boolean probeText) {
        this.engine = engine;
        this.locale = locale;
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
        ExplainWords w = new ExplainWords(locale, data, engine.catalogue().parameters());
        List<String> out = new ArrayList<>();
        if (engine.catalogue().requirement(requirementId).isEmpty()) {
            out.add(w.say("notInCatalogue", requirementId, engine.ruleSetName()));
            return out;
        }
        List<RuleInfo> rules = rulesOf(requirementId);
        if (rules.isEmpty()) {
            out.add(w.say("noRule", requirementId));
            return out;
        }
        try (RuleSession session = engine.openSession(data.period())) {
            session.recordExplanations();
            session.locations(data.locations());
            session.insertAll(data.facts().toList());
            List<Finding> findings = session.findings(); // fires the rules
            List<String> checked = session.objects(Assessment.class).stream()
                    .filter(a -> a.requirementId().equals(requirementId))
                    .map(Assessment::subjectId)
                    .filter(s -> subjectId == null || s.equals(subjectId))
                    .distinct().sorted().toList();
            for (String subject : checked) {
                session.explain(requirementId, subject).ifPresent(e -> describe(e, rules, w, out));
            }
            List<DataIssue> issues = session.objects(DataIssue.class);
            leftToData(requirementId, subjectId, checked, issues, findings, w, out);
            if (checked.isEmpty()) {
                out.add(subjectId == null ? w.say("notChecked.any", requirementId)
                        : w.say("notChecked.one", requirementId, w.subject(subjectId)));
                List<Object> facts = session.objects(Object.class);
                for (RuleInfo rule : rules) {
                    whyNot(rule, requirementId, subjectId, facts, w, out);
                }
            }
        }
        return out;
    }

    private static void describe(Explanation e, List<RuleInfo> rules, ExplainWords w, List<String> out) {
        String place = rules.stream().filter(r -> r.name().equals(e.rule())).findFirst().map(r -> place(r, w)).orElse("");
        out.add(w.say(e.met() ? "checked.met" : "checked.unmet", e.requirementId(), w.subject(e.subjectId()),
                w.value(e.measured()), w.value(e.required()), e.rule(), place));
        out.add(w.say("decidedBy"));
        e.facts().forEach(f -> out.add(w.say("fact.line", w.fact(f))));
    }

    /**
     * The data findings a check of {@code requirementId} was left to: those raised in its place, which
     * name it ({@code MISSING_POPULATION} of {@code FL-4.1e}), each by its code and why, in the words
     * of its finding.
     */
    private static void leftToData(String requirementId, String subjectId, List<String> checked, List<DataIssue> issues,
                                   List<Finding> findings, ExplainWords w, List<String> out) {
        List<DataIssue> left = issues.stream()
                .filter(d -> requirementId.equals(d.detail()) && (subjectId == null || subjectId.equals(d.subjectId())))
                .filter(d -> !checked.contains(d.subjectId()))
                .sorted(Comparator.comparing(DataIssue::subjectId).thenComparing(DataIssue::code)).toList();
        for (DataIssue d : left) {
            out.add(subjectId == null ? w.say("leftToData.any", requirementId, w.subject(d.subjectId()))
                    : w.say("leftToData.one", requirementId, w.subject(d.subjectId())));
            out.add(dataFinding(d, findings, w));
        }
    }

    /** A data finding by its code's words, its code, and its message: what is wrong and why the check could not be made. */
    private static String dataFinding(DataIssue d, List<Finding> findings, ExplainWords w) {
        // The finding of this issue: of its code and subject, the one whose message names the requirement.
        String why = findings.stream()
                .filter(f -> Objects.equals(f.code(), d.code()) && f.subjectId().equals(d.subjectId()) && f.message() != null)
                .sorted(Comparator.comparing(f -> !f.message().en().contains(d.detail())))
                .map(f -> f.message().in(w.lang())).findFirst().orElse(w.fact(d));
        String word = ModelLabels.value(d.code(), w.lang());
        return word.equals(d.code()) ? w.say("dataFinding.code", d.code(), why) : w.say("dataFinding", word, d.code(), why);
    }

    private static String place(RuleInfo rule, ExplainWords w) {
        return rule.file() == null ? "" : w.say("place", rule.file(), rule.line());
    }

    /** Which condition of {@code rule} finds no fact about {@code subjectId}, and what facts of that kind there are. */
    private void whyNot(RuleInfo info, String requirementId, String subjectId, List<Object> facts, ExplainWords w,
                        List<String> out) {
        out.add(w.say("rule", info.name(), place(info, w)));
        Optional<ParsedDrl> file = parsed().stream().filter(p -> p.source().file().equals(info.file())).findFirst();
        Optional<ParsedDrl.Rule> rule = file.flatMap(f -> f.rules().stream().filter(r -> r.name().equals(info.name())).findFirst());
        if (!probeText) {
            // A bundle's text need not be what its verified classes were compiled from: not compiled.
            out.add(w.say("probe.bundle"));
            return;
        }
        Optional<KieBase> probe = probes.computeIfAbsent(requirementId, this::compileProbes);
        if (rule.isEmpty() || probe.isEmpty()) {
            out.add(w.say("probe.none"));
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
                String text = oneLine(condition.text());
                if (holds) {
                    out.add(bindsSubject ? w.say("condition.holdsFor", where, text, w.subject(subjectId))
                            : w.say("condition.holds", where, text));
                    continue;
                }
                out.add(bindsSubject ? w.say("condition.noFactFor", where, text, w.subject(subjectId))
                        : w.say("condition.noFact", where, text));
                if (condition.type() != null) {
                    factsOfKind(condition, subjectId, facts, w, out);
                }
                int first = file.get().source().lineOf(condition.offset());
                int last = file.get().source().lineOf(condition.offset() + condition.text().length());
                DerivedFactKeys.check(parsed()).stream()
                        .filter(p -> p.file().equals(info.file()) && p.line() >= first && p.line() <= last)
                        .map(Problem::message)
                        .forEach(m -> out.add(w.say("condition.problem", m.replaceFirst("^rule \"[^\"]*\" reads", "it reads"))));
                return;
            }
            String key = (subjectId == null ? "allHold" : "allHoldFor") + (subjectVariable == null ? "" : ".about");
            out.add(w.say(key, subjectId == null ? subjectVariable : w.subject(subjectId), subjectVariable));
        } finally {
            session.dispose();
        }
    }

    /**
     * The facts of the type {@code condition} matches about {@code subjectId} (all when null), a few
     * of them, each as a sentence: those nearest to a word the condition quotes first
     * ({@code activities.EXECUTIVE_TRAINING} for {@code key == "activities.EXECUTIVE_TRAINIG"}).
     */
    private static void factsOfKind(ParsedDrl.Condition condition, String subjectId, List<Object> facts, ExplainWords w,
                                    List<String> out) {
        String simple = condition.type().substring(condition.type().lastIndexOf('.') + 1);
        List<String> quoted = new ArrayList<>();
        Matcher m = QUOTED.matcher(condition.text());
        while (m.find()) {
            quoted.add(m.group(1));
        }
        Comparator<Object> nearest = Comparator.comparingInt(f -> quoted.stream()
                .mapToInt(q -> DerivedFactKeys.distance(q, f instanceof Tally t ? t.key() : String.valueOf(f))).min().orElse(0));
        List<Object> ofType = facts.stream().filter(f -> f.getClass().getSimpleName().equals(simple)).toList();
        List<Object> about = ofType.stream().filter(f -> subjectId == null || mentions(f, subjectId))
                .sorted(nearest.thenComparing(String::valueOf)).toList();
        if (about.isEmpty()) {
            out.add(ofType.isEmpty() ? w.say("facts.noneAtAll", simple)
                    : subjectId == null ? w.say("facts.none", simple, ofType.size())
                    : w.say("facts.noneAbout", simple, w.subject(subjectId), ofType.size()));
            return;
        }
        out.add(subjectId == null ? w.say("facts.all", simple) : w.say("facts.about", simple, w.subject(subjectId)));
        // A derived count with its key beside it: the condition may have misspelt it.
        about.subList(0, Math.min(FACTS_SHOWN, about.size())).forEach(f -> out.add("    " + w.say("fact.line",
                f instanceof Tally t ? w.say("fact.keyed", t.key(), w.fact(f)) : w.fact(f))));
        if (about.size() > FACTS_SHOWN) {
            out.add(w.say("facts.more", about.size()));
        }
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
