package io.github.fulianrules.lint;

import com.github.javaparser.ParseProblemException;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The keys of derived facts that rules read, checked against the keys that rules produce. A
 * {@code Tally} is inserted by a derived-fact rule with a key made of words and enum names
 * ({@code "activities." + $type.name()}); a rule that reads a key no rule makes
 * ({@code key == "activities.EXECUTIVE_TRAINIG"}) would never fire and say nothing, so it is a
 * problem at the place of the key, with the nearest key that is produced:
 * {@code task2.drl:70:29 rule "FL-2.3c …" reads Tally key "activities.EXECUTIVE_TRAINIG", which no
 * rule produces (did you mean "activities.EXECUTIVE_TRAINING"?)}.
 *
 * <p>What a rule produces is read from the parse tree of its consequence: string literals, and
 * {@code $x.name()} of a variable bound to an enum of the fact model (any of its constants). A key
 * built some other way could be anything, and keys read are then not checked against it.
 */
public final class DerivedFactKeys {
    /** The derived fact whose keys are checked, and the field that holds its key. */
    static final String TALLY = "Tally";

    private static final List<String> MODEL_PACKAGES = List.of("io.github.fulianrules.model.",
            "io.github.fulianrules.rulesupport.");

    private DerivedFactKeys() {
    }

    /** A key as a rule builds it: literal words, one of some names, or anything. */
    private sealed interface Part permits Literal, OneOf, Anything {
    }

    private record Literal(String text) implements Part {
    }

    private record OneOf(List<String> names) implements Part {
    }

    private record Anything() implements Part {
    }

    /** The most parts a key is read as: a key of more parts could be anything. */
    private static final int MAX_PARTS = 100;
    /** The longest key read that is matched against what is produced: a longer one is no rule's. */
    private static final int LONGEST_KEY = 1_000;

    /**
     * The keys of {@code Tally} facts the rules of {@code files} produce, as their parts.
     *
     * @param patterns the parts of each way of making a key
     * @param examples every key the patterns allow when they allow finitely many, for suggestions
     */
    record Produced(List<List<Part>> patterns, List<String> examples) {
        boolean allows(String key) {
            return key.length() <= LONGEST_KEY && patterns.stream().anyMatch(p -> matches(p, key));
        }

        /** The produced key nearest to {@code key}, when one is near. */
        Optional<String> nearest(String key) {
            int near = Math.max(2, key.length() / 5);
            if (key.length() > 100) {
                return Optional.empty();
            }
            // no closer than their difference in length: only those near in length are measured
            return examples.stream().filter(e -> Math.abs(e.length() - key.length()) <= near)
                    .min(Comparator.comparingInt((String e) -> distance(e, key)))
                    .filter(e -> distance(e, key) <= near);
        }
    }

    /** What the rules of {@code files} produce. */
    static Produced produced(List<ParsedDrl> files) {
        List<List<Part>> patterns = new ArrayList<>();
        List<String> examples = new ArrayList<>();
        for (ParsedDrl file : files) {
            for (ParsedDrl.Rule rule : file.rules()) {
                for (Expression key : rule.creations(TALLY).stream().filter(c -> c.getArguments().size() >= 2)
                        .map(c -> c.getArgument(1)).toList()) {
                    List<Part> parts;
                    try {
                        parts = parts(key, rule.bindings(), file.imports());
                    } catch (StackOverflowError e) {
                        parts = List.of(new Anything());   // nested too deep to read: could be anything
                    }
                    if (parts.size() > MAX_PARTS) {
                        parts = List.of(new Anything());
                    }
                    patterns.add(parts);
                    examples.addAll(expand(parts));
                }
            }
        }
        return new Produced(patterns, examples.stream().distinct().sorted().toList());
    }

    /** Every key read that no rule produces, each at the place of the key. */
    public static List<Problem> check(List<ParsedDrl> files) {
        return check(files, Locale.ENGLISH);
    }

    /** As {@link #check(List)}, told in the language of {@code locale}. */
    public static List<Problem> check(List<ParsedDrl> files, Locale locale) {
        Produced produced = produced(files);
        List<Problem> problems = new ArrayList<>();
        for (ParsedDrl file : files) {
            for (ParsedDrl.Rule rule : file.rules()) {
                for (KeyRead read : keysRead(rule)) {
                    if (!produced.allows(read.key())) {
                        problems.add(new Problem(file.source().file(), file.source().lineOf(read.offset()),
                                file.source().columnOf(read.offset()), Words.say(locale, "inRule", rule.name(),
                                produced.nearest(read.key())
                                        .map(n -> Words.say(locale, "unknownTallyKeyGuess", TALLY, read.key(), n))
                                        .orElseGet(() -> Words.say(locale, "unknownTallyKey", TALLY, read.key())))));
                    }
                }
            }
        }
        return problems;
    }

    /**
     * A key a rule reads.
     *
     * @param key    the key
     * @param offset where its literal is written in the file
     */
    record KeyRead(String key, int offset) {
    }

    /** The keys {@code rule} reads as {@code key == "…"} in a {@code Tally} pattern, anywhere in its conditions. */
    static List<KeyRead> keysRead(ParsedDrl.Rule rule) {
        List<KeyRead> reads = new ArrayList<>();
        for (ParsedDrl.Pattern pattern : rule.patterns()) {
            if (!TALLY.equals(simpleName(pattern.type()))) {
                continue;
            }
            for (ParsedDrl.Constraint c : pattern.constraints()) {
                Expression e;
                try {
                    e = StaticJavaParser.parseExpression(c.text());
                } catch (ParseProblemException | StackOverflowError ignored) {
                    continue; // a binding ($n : value) or DRL-only syntax: not a key comparison
                }
                for (BinaryExpr b : e.findAll(BinaryExpr.class)) {
                    if (b.getOperator() != BinaryExpr.Operator.EQUALS) {
                        continue;
                    }
                    Expression literal = isKey(b.getLeft()) ? b.getRight() : isKey(b.getRight()) ? b.getLeft() : null;
                    if (literal instanceof StringLiteralExpr s && s.getBegin().isPresent()) {
                        reads.add(new KeyRead(s.asString(), c.offset() + offsetIn(c.text(),
                                s.getBegin().get().line, s.getBegin().get().column)));
                    }
                }
            }
        }
        return reads;
    }

    private static boolean isKey(Expression e) {
        return e instanceof NameExpr n && n.getNameAsString().equals("key");
    }

    private static List<Part> parts(Expression e, Map<String, String> bindings, List<String> imports) {
        if (e instanceof EnclosedExpr enclosed) {
            return parts(enclosed.getInner(), bindings, imports);
        }
        if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            List<Part> both = new ArrayList<>(parts(b.getLeft(), bindings, imports));
            both.addAll(parts(b.getRight(), bindings, imports));
            return both;
        }
        if (e instanceof StringLiteralExpr s) {
            return List.of(new Literal(s.asString()));
        }
        if (e instanceof MethodCallExpr call && call.getArguments().isEmpty()
                && (call.getNameAsString().equals("name") || call.getNameAsString().equals("toString"))
                && call.getScope().orElse(null) instanceof NameExpr variable) {
            Optional<Class<?>> type = enumType(bindings.get(variable.getNameAsString()), imports);
            if (type.isPresent()) {
                return List.of(new OneOf(Arrays.stream(type.get().getEnumConstants())
                        .map(c -> ((Enum<?>) c).name()).toList()));
            }
        }
        return List.of(new Anything());
    }

    /** The enum of the fact model that {@code type} names, if it does. */
    private static Optional<Class<?>> enumType(String type, List<String> imports) {
        if (type == null) {
            return Optional.empty();
        }
        List<String> candidates = new ArrayList<>();
        candidates.add(type);
        imports.stream().filter(i -> i.endsWith(".*")).map(i -> i.substring(0, i.length() - 1) + type).forEach(candidates::add);
        imports.stream().filter(i -> i.endsWith("." + type)).forEach(candidates::add);
        for (String name : candidates) {
            if (MODEL_PACKAGES.stream().noneMatch(name::startsWith)) {
                continue;
            }
            try {
                Class<?> c = Class.forName(name, false, DerivedFactKeys.class.getClassLoader());
                if (c.isEnum()) {
                    return Optional.of(c);
                }
            } catch (ClassNotFoundException e) {
                // not this package
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code key} is one that {@code parts} make: the positions of the key each part can
     * end at, part by part; no regular expression (a key read is an analyst's text).
     */
    private static boolean matches(List<Part> parts, String key) {
        java.util.BitSet at = new java.util.BitSet(key.length() + 1);
        at.set(0);
        for (Part part : parts) {
            java.util.BitSet next = new java.util.BitSet(key.length() + 1);
            if (part instanceof Anything) {
                int first = at.nextSetBit(0);
                if (first >= 0) {
                    next.set(first, key.length() + 1);
                }
            } else {
                List<String> words = part instanceof Literal w ? List.of(w.text()) : ((OneOf) part).names();
                for (int i = at.nextSetBit(0); i >= 0; i = at.nextSetBit(i + 1)) {
                    for (String word : words) {
                        if (key.startsWith(word, i)) {
                            next.set(i + word.length());
                        }
                    }
                }
            }
            if (next.isEmpty()) {
                return false;
            }
            at = next;
        }
        return at.get(key.length());
    }

    /** Every key the parts allow, or none when they allow anything or too many. */
    private static List<String> expand(List<Part> parts) {
        List<String> keys = List.of("");
        for (Part part : parts) {
            List<String> next = new ArrayList<>();
            if (part instanceof Literal w) {
                keys.forEach(k -> next.add(k + w.text()));
            } else if (part instanceof OneOf o) {
                keys.forEach(k -> o.names().forEach(n -> next.add(k + n)));
            } else {
                return List.of();
            }
            if (next.size() > 10_000) {
                return List.of();
            }
            keys = next;
        }
        return keys;
    }

    private static String simpleName(String type) {
        return type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
    }

    /** The offset in {@code text} of a 1-based line and column. */
    private static int offsetIn(String text, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line; l++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        return offset + column - 1;
    }

    /** The edit distance between two words: how many characters to add, remove or change to make one the other. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
