package io.github.fulianrules.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
        Map<PatternDescr, Read> read = new IdentityHashMap<>();
        for (List<PatternDescr> alternative : alternatives(rule.getLhs())) {
            List<PatternDescr> unbounded = unboundedGroups(alternative, read);
            if (unbounded.size() >= 2) {
                return unbounded;
            }
        }
        return List.of();
    }

    /**
     * The patterns of each alternative of {@code descr}: those of an and together, those of an or
     * apart. In time linear in the patterns times the alternatives (at most
     * {@link DeclarationPolicy#MAX_BRANCHES}): a part with one alternative is added in place.
     */
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
            List<List<PatternDescr>> product = new ArrayList<>(List.of(new ArrayList<>()));
            for (BaseDescr child : and.getDescrs()) {
                List<List<PatternDescr>> parts = alternatives(child);
                if (parts.size() == 1) {
                    product.forEach(left -> left.addAll(parts.get(0)));
                    continue;
                }
                List<List<PatternDescr>> next = new ArrayList<>();
                for (List<PatternDescr> left : product) {
                    for (List<PatternDescr> right : parts) {
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

    /** What a pattern binds, the words its constraints name, and whether it is bounded: read once for every alternative. */
    private record Read(List<String> binds, Set<String> names, boolean bounded) {
        static Read of(PatternDescr pattern) {
            Set<String> names = new HashSet<>();
            for (String expression : expressions(pattern)) {
                names.addAll(words(expression));
            }
            return new Read(pattern.getAllBoundIdentifiers(), names, CrossProducts.bounded(pattern));
        }
    }

    /** The first pattern of each group of joined patterns none of which is bounded. */
    private static List<PatternDescr> unboundedGroups(List<PatternDescr> patterns, Map<PatternDescr, Read> read) {
        int n = patterns.size();
        int[] parent = new int[n];
        Map<String, Integer> binders = new HashMap<>();
        List<Read> reads = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            reads.add(read.computeIfAbsent(patterns.get(i), Read::of));
            for (String variable : reads.get(i).binds()) {
                Integer first = binders.putIfAbsent(variable, i);
                if (first != null) {
                    union(parent, first, i);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (String word : reads.get(i).names()) {
                Integer binder = binders.get(word);
                if (binder != null) {
                    union(parent, binder, i);
                }
            }
        }
        Set<Integer> boundedGroups = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (reads.get(i).bounded()) {
                boundedGroups.add(root(parent, i));
            }
        }
        List<PatternDescr> unbounded = new ArrayList<>();
        Set<Integer> told = new HashSet<>();
        for (int i = 0; i < n; i++) {
            int group = root(parent, i);
            if (!boundedGroups.contains(group) && told.add(group)) {
                unbounded.add(patterns.get(i));
            }
        }
        return unbounded;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[root(parent, a)] = root(parent, b);
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
