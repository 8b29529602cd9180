package io.github.fulianrules.lint;

import io.github.fulianrules.internal.DrlSource;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields a rule's patterns constrain, against the fact types' own: {@code Position(federationID
 * == $id)} names the fact type and the field meant, where the compiler says "Unable to parse left
 * part of expression". Only the first name of each constraint of a pattern of a fact type of the
 * model or of the rule-support classes is looked at; anything else is left to the compiler.
 */
final class FactFields {
    private static final List<String> PACKAGES = List.of("io.github.fulianrules.model.", "io.github.fulianrules.rulesupport.");
    private static final Pattern PATTERN = Pattern.compile("\\b([A-Z][A-Za-z0-9_]*)\\s*\\(");
    private static final Pattern SECTION = Pattern.compile("\\bwhen\\b(.*?)\\bthen\\b", Pattern.DOTALL);
    private static final Pattern BINDING = Pattern.compile("^\\$?[A-Za-z_][A-Za-z0-9_$]*\\s*:(?!=)\\s*");
    private static final Pattern FIRST_NAME = Pattern.compile("^([a-z_][A-Za-z0-9_]*)\\b\\s*(\\(?)");
    /** Words a constraint may start with that are not fields: Java's and DRL's own. */
    private static final Set<String> WORDS = Set.of("this", "null", "true", "false", "not", "eval", "new", "instanceof",
            "super", "class", "in", "matches", "memberOf", "contains", "soundslike", "str");

    private FactFields() {
    }

    /** Each constraint of {@code source}'s conditions on a field its fact type does not have, at the name. */
    static List<Problem> check(DrlSource source, Locale locale) {
        String code = SafetyPolicy.blankCommentsAndStrings(source.text());
        List<Problem> problems = new ArrayList<>();
        for (DrlSource.RuleText rule : source.rules()) {
            String body = code.substring(rule.offset(), rule.offset() + rule.body().length());
            Matcher when = SECTION.matcher(body);
            if (!when.find()) {
                continue;
            }
            int from = rule.offset() + when.start(1);
            int to = rule.offset() + when.end(1);
            Matcher pattern = PATTERN.matcher(code).region(from, to);
            while (pattern.find()) {
                if (followsDotOrNew(code, pattern.start())) {
                    continue;
                }
                Optional<Class<?>> type = factType(pattern.group(1));
                int close = closing(code, pattern.end() - 1, to);
                if (type.isEmpty() || close < 0) {
                    continue;
                }
                for (int[] constraint : constraints(code, pattern.end(), close)) {
                    problems.addAll(field(source, code, constraint[0], constraint[1], type.get(), locale));
                }
            }
        }
        return problems;
    }

    private static boolean followsDotOrNew(String code, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(code.charAt(i))) {
            i--;
        }
        return i >= 0 && (code.charAt(i) == '.' || code.startsWith("new", i - 2) && (i < 3
                || !Character.isJavaIdentifierPart(code.charAt(i - 3))));
    }

    /** The fact class of that simple name, in the packages the rules import. */
    private static Optional<Class<?>> factType(String name) {
        for (String p : PACKAGES) {
            try {
                return Optional.of(Class.forName(p + name, false, FactFields.class.getClassLoader()));
            } catch (ClassNotFoundException e) {
                // not in this package
            }
        }
        return Optional.empty();
    }

    /** The offset of the {@code )} that closes the {@code (} at {@code open}, or -1 before {@code limit}. */
    private static int closing(String code, int open, int limit) {
        int depth = 0;
        for (int i = open; i < limit; i++) {
            char c = code.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The constraints between {@code start} and {@code end}: the ranges between top-level commas. */
    private static List<int[]> constraints(String code, int start, int end) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        int from = start;
        for (int i = start; i < end; i++) {
            char c = code.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(new int[] {from, i});
                from = i + 1;
            }
        }
        out.add(new int[] {from, end});
        return out;
    }

    private static List<Problem> field(DrlSource source, String code, int start, int end, Class<?> type, Locale locale) {
        String text = code.substring(start, end);
        int skip = text.length() - text.stripLeading().length();
        text = text.stripLeading();
        Matcher binding = BINDING.matcher(text);
        if (binding.find()) {
            skip += binding.end();
            text = text.substring(binding.end());
        }
        Matcher name = FIRST_NAME.matcher(text);
        if (!name.find() || !name.group(2).isEmpty() || WORDS.contains(name.group(1))) {
            return List.of();
        }
        String field = name.group(1);
        Set<String> known = properties(type);
        if (known.contains(field)) {
            return List.of();
        }
        List<String> fields = fields(type);
        Optional<String> nearest = fields.stream()
                .min(Comparator.comparingInt(f -> DerivedFactKeys.distance(f.toLowerCase(Locale.ROOT), field.toLowerCase(Locale.ROOT))))
                .filter(f -> DerivedFactKeys.distance(f.toLowerCase(Locale.ROOT), field.toLowerCase(Locale.ROOT)) <= 2);
        String message = nearest.isPresent()
                ? Words.say(locale, "unknownField", field, type.getSimpleName(), nearest.get())
                : Words.say(locale, "unknownFieldNoGuess", field, type.getSimpleName(), String.join(", ", fields));
        int offset = start + skip;
        return List.of(new Problem(source.file(), source.lineOf(offset), source.columnOf(offset), message));
    }

    /** The fields of {@code type} as an analyst knows them: a record's components, or its getters' names. */
    private static List<String> fields(Class<?> type) {
        if (type.isRecord()) {
            return java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
        }
        return new ArrayList<>(getters(type));
    }

    private static Set<String> getters(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (Method m : type.getMethods()) {
            String n = m.getName();
            if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getReturnType() != void.class
                    && m.getDeclaringClass() != Object.class) {
                if (n.startsWith("get") && n.length() > 3 && Character.isUpperCase(n.charAt(3))) {
                    names.add(Character.toLowerCase(n.charAt(3)) + n.substring(4));
                } else if (n.startsWith("is") && n.length() > 2 && Character.isUpperCase(n.charAt(2))) {
                    names.add(Character.toLowerCase(n.charAt(2)) + n.substring(3));
                }
            }
        }
        return names;
    }

    /** Every name a constraint may read on {@code type}: its fields, getters and other methods without arguments. */
    private static Set<String> properties(Class<?> type) {
        Set<String> names = new TreeSet<>(getters(type));
        names.addAll(fields(type));
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getReturnType() != void.class) {
                names.add(m.getName());
            }
        }
        return names;
    }
}
