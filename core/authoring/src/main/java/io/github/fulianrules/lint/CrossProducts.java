package io.github.fulianrules.lint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Rules whose patterns join facts with nothing in common: {@code Person() Person() Person()} makes
 * the engine build every triple of people inside its network, where no rule code runs and nothing
 * stops it, in time and memory that grow with the district to the power of the patterns. Within
 * each alternative of a rule (its {@code or}s spelled out), patterns are joined when one names a
 * variable another binds; a group of joined patterns is bounded when one of them compares a field
 * with a literal ({@code id == "d"}, {@code level == Level.DISTRICT}), reads from a source of the
 * rule ({@code from}, an accumulate) or matches the period or a parameter. Two groups that are not
 * bounded make an unbounded product: the rule is refused. Patterns under {@code not}, {@code exists}
 * and {@code forall} are tested per match and are not counted.
 */
final class CrossProducts {
    /** Fact types of which a session holds one, or one per name. */
    private static final Set<String> FEW = Set.of("AssessmentPeriod", "Param");

    private CrossProducts() {
    }

    /** A pattern of each unbounded group of the first alternative of {@code rule} that has two or more; empty when none has. */
    static List<PatternDescr> of(RuleDescr rule) {
        for (List<PatternDescr> alternative : alternatives(rule.getLhs())) {
            List<PatternDescr> unbounded = unboundedGroups(alternative);
            if (unbounded.size() >= 2) {
                return unbounded;
            }
        }
        return List.of();
    }

    /** The patterns of each alternative of {@code descr}: those of an and together, those of an or apart. */
    private static List<List<PatternDescr>> alternatives(BaseDescr descr) {
        if (descr instanceof PatternDescr pattern) {
            return List.of(List.of(pattern));
        }
        if (descr instanceof OrDescr or) {
            List<List<PatternDescr>> all = new ArrayList<>();
            or.getDescrs().forEach(child -> all.addAll(alternatives(child)));
            return all;
        }
        if (descr instanceof AndDescr and) {
            List<List<PatternDescr>> product = List.of(List.of());
            for (BaseDescr child : and.getDescrs()) {
                List<List<PatternDescr>> next = new ArrayList<>();
                for (List<PatternDescr> left : product) {
                    for (List<PatternDescr> right : alternatives(child)) {
                        List<PatternDescr> joined = new ArrayList<>(left);
                        joined.addAll(right);
                        next.add(joined);
                    }
                }
                product = next;
            }
            return product;
        }
        return List.of(List.of());   // not, exists, forall, eval: no pattern of the join
    }

    /** The first pattern of each group of joined patterns none of which is bounded. */
    private static List<PatternDescr> unboundedGroups(List<PatternDescr> patterns) {
        int n = patterns.size();
        List<Set<String>> bound = new ArrayList<>();
        List<Set<String>> named = new ArrayList<>();
        for (PatternDescr p : patterns) {
            bound.add(new HashSet<>(p.getAllBoundIdentifiers()));
            Set<String> words = new HashSet<>();
            for (String expression : expressions(p)) {
                words.addAll(words(expression));
            }
            named.add(words);
        }
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && !Collections.disjoint(bound.get(i), named.get(j))) {
                    int from = group[j];
                    int to = group[i];
                    for (int k = 0; k < n; k++) {
                        if (group[k] == from) {
                            group[k] = to;
                        }
                    }
                }
            }
        }
        List<PatternDescr> unbounded = new ArrayList<>();
        Set<Integer> boundedGroups = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (bounded(patterns.get(i))) {
                boundedGroups.add(group[i]);
            }
        }
        Set<Integer> told = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (!boundedGroups.contains(group[i]) && told.add(group[i])) {
                unbounded.add(patterns.get(i));
            }
        }
        return unbounded;
    }

    private static boolean bounded(PatternDescr pattern) {
        if (pattern.getSource() != null || FEW.contains(simpleName(pattern.getObjectType()))) {
            return true;
        }
        for (String expression : expressions(pattern)) {
            for (String part : expression.split("&&")) {
                int eq = part.indexOf("==");
                if (eq > 0 && literal(part.substring(eq + 2).strip())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A string or number literal, or a constant of an enum ({@code Level.DISTRICT}). */
    private static boolean literal(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        if (c == '"' || Character.isDigit(c)) {
            return true;
        }
        int dot = text.indexOf('.');
        return Character.isUpperCase(c) && dot > 0 && dot < text.length() - 1
                && text.chars().allMatch(ch -> ch == '.' || Character.isJavaIdentifierPart(ch))
                && text.substring(dot + 1).chars().allMatch(ch -> ch == '_' || Character.isUpperCase(ch) || Character.isDigit(ch));
    }

    private static String simpleName(String type) {
        return type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
    }

    private static List<String> expressions(PatternDescr pattern) {
        List<String> out = new ArrayList<>();
        for (BaseDescr d : pattern.getDescrs()) {
            out.add(d instanceof ExprConstraintDescr e ? e.getExpression() : String.valueOf(d.getText()));
        }
        return out;
    }

    /** The identifiers in {@code text}, outside string literals. */
    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != '"') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                i = end + 1;
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i + 1;
                while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
                    end++;
                }
                words.add(text.substring(i, end));
                i = end;
            } else {
                i++;
            }
        }
        return words;
    }
}
