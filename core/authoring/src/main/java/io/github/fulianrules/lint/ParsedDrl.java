package io.github.fulianrules.lint;

import com.github.javaparser.ParseProblemException;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.fulianrules.internal.DrlSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * A DRL file as Drools' own parser reads it: its package, imports and rules, each rule with its
 * conditions (the top-level elements of {@code when}, in order), every pattern within them
 * (nested ones in {@code accumulate}, {@code not}, … included) with its constraints, the variables
 * it binds, and its consequence. Offsets are into the file's text, for {@link #where}.
 *
 * @param source      the file
 * @param packageName its package
 * @param imports     what it imports, e.g. {@code io.github.fulianrules.model.*}
 * @param rules       its rules, in order
 */
public record ParsedDrl(DrlSource source, String packageName, List<String> imports, List<Rule> rules) {
    /**
     * A rule.
     *
     * @param name        its name
     * @param offset      where {@code rule} starts
     * @param conditions  the top-level conditions of {@code when}, in order
     * @param patterns    every pattern of {@code when}, nested ones included, in order
     * @param bindings    the type of each pattern a variable is bound to, e.g. {@code $role → Role}
     * @param consequence the text of {@code then}
     */
    public record Rule(String name, int offset, List<Condition> conditions,
                       List<Pattern> patterns, Map<String, String> bindings, String consequence) {
        /** The {@code new TYPE(…)} expressions of the consequence, {@code TYPE} a simple name; none when it does not parse. */
        public List<ObjectCreationExpr> creations(String type) {
            try {
                return StaticJavaParser.parseBlock("{" + consequence + "\n}").findAll(ObjectCreationExpr.class).stream()
                        .filter(c -> c.getType().getNameAsString().equals(type)
                                || c.getType().getNameAsString().endsWith("." + type))
                        .toList();
            } catch (ParseProblemException | StackOverflowError e) {
                return List.of(); // compiling says what is wrong with it
            }
        }
    }

    /**
     * A top-level condition of a rule, as written.
     *
     * @param text   its text, e.g. {@code Tally(subjectId == $id, key == "activities.X", $n : value)}
     * @param offset where it starts
     * @param type   the type of fact it matches when it is a plain pattern ({@code Tally}), else {@code null}
     */
    public record Condition(String text, int offset, String type) {
    }

    /**
     * A pattern.
     *
     * @param type        the type of fact it matches, e.g. {@code Tally}
     * @param constraints its constraints, in order
     */
    public record Pattern(String type, List<Constraint> constraints) {
    }

    /**
     * A constraint of a pattern.
     *
     * @param text   as written, e.g. {@code key == "activities.X"}
     * @param offset where it starts
     */
    public record Constraint(String text, int offset) {
    }

    /**
     * {@code source} parsed; empty when it does not parse (compiling it says why), and when it nests
     * deeper than {@link SafetyPolicy#MAX_DEPTH} (which the policy tells at its place): the parser
     * recurses on the depth of an expression.
     */
    public static Optional<ParsedDrl> parse(DrlSource source) {
        if (SafetyPolicy.nestsTooDeep(source)) {
            return Optional.empty();
        }
        try {
            return parseWithin(source);
        } catch (StackOverflowError e) {
            return Optional.empty();   // deep in some other way: the policy's bound is on brackets only
        }
    }

    private static Optional<ParsedDrl> parseWithin(DrlSource source) {
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(null, source.text());
        } catch (DroolsParserException | RuntimeException e) {
            return Optional.empty();
        }
        if (pkg == null || parser.hasErrors()) {
            return Optional.empty();
        }
        List<Rule> rules = new ArrayList<>();
        for (RuleDescr r : pkg.getRules()) {
            List<Condition> conditions = new ArrayList<>();
            List<Pattern> patterns = new ArrayList<>();
            Map<String, String> bindings = new LinkedHashMap<>();
            for (BaseDescr d : r.getLhs().getDescrs()) {
                String type = d instanceof PatternDescr p && p.getSource() == null ? p.getObjectType() : null;
                conditions.add(new Condition(textOf(source.text(), d), Math.max(0, d.getStartCharacter()), type));
                walk(source.text(), d, patterns, bindings);
            }
            rules.add(new Rule(r.getName(), Math.max(0, r.getStartCharacter()), conditions, patterns,
                    bindings, String.valueOf(r.getConsequence())));
        }
        return Optional.of(new ParsedDrl(source, pkg.getName(), pkg.getImports().stream().map(ImportDescr::getTarget).toList(),
                rules));
    }

    /** {@code FILE:LINE:COL} of an offset into the file. */
    public String where(int offset) {
        return source.file() + ":" + source.lineOf(offset) + ":" + source.columnOf(offset);
    }

    private static void walk(String text, BaseDescr d, List<Pattern> patterns, Map<String, String> bindings) {
        if (d instanceof PatternDescr p) {
            List<Constraint> constraints = new ArrayList<>();
            for (BaseDescr c : p.getConstraint().getDescrs()) {
                if (c instanceof ExprConstraintDescr e) {
                    constraints.add(new Constraint(textOf(text, e), Math.max(0, e.getStartCharacter())));
                }
            }
            patterns.add(new Pattern(p.getObjectType(), constraints));
            if (p.getIdentifier() != null) {
                bindings.putIfAbsent(p.getIdentifier(), p.getObjectType());
            }
            if (p.getSource() instanceof AccumulateDescr a) {
                walk(text, a.getInput(), patterns, bindings);
            } else if (p.getSource() instanceof CollectDescr c) {
                walk(text, c.getInputPattern(), patterns, bindings);
            }
        } else if (d instanceof ConditionalElementDescr ce) {
            for (BaseDescr child : ce.getDescrs()) {
                walk(text, child, patterns, bindings);
            }
        }
    }

    /** The text of a descriptor as written; Drools' end is sometimes past the last character. */
    private static String textOf(String text, BaseDescr d) {
        int start = d.getStartCharacter();
        int end = d.getEndCharacter();
        if (start < 0 || end < start) {
            return d.getText() == null ? "" : d.getText().strip();
        }
        return text.substring(start, Math.min(text.length(), end + 1)).strip();
    }
}
