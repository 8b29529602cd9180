package io.github.fulianrules.internal;

import io.github.fulianrules.RuleSetException;
import io.github.fulianrules.verify.RuleVerifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * The classes a rule set compiles to, as bytes, with the names of its model classes (the entry
 * points the executable model lists in {@code drools-model}). Nothing of it is loaded until
 * {@link #kieBase}, and {@link #verified} is the way there: the {@link RuleVerifier} first.
 *
 * @param classes each class by its file name ({@code io/github/fulianrules/rules/X.class}), in name order
 * @param models  the model classes, by binary name
 */
public record ModelClasses(Map<String, byte[]> classes, List<String> models) {
    /** The package of every class of a rule set, as a binary name's prefix. */
    private static final String RULES_PACKAGE = "io.github.fulianrules.rules.";
    private static final Pattern WORD = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    public ModelClasses {
        classes = Map.copyOf(new TreeMap<>(classes));
        models = List.copyOf(models);
    }

    /**
     * A refusal of the verifier, at its place in the DRL.
     *
     * @param file    the DRL file of the rule, relative to the rule set, or the rule set when unknown
     * @param line    the line, from 1 (0 when unknown)
     * @param column  the column, from 1 (0 when unknown)
     * @param message the rule and what it uses
     */
    public record Refusal(String file, int line, int column, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column + " " + message;
        }
    }

    /**
     * What the {@link RuleVerifier} refuses in these classes, each at the line of {@code sources}
     * where its rule uses it (the rule's first line when the use cannot be found in the text).
     */
    public List<Refusal> refusals(String name, List<DrlSource> sources) {
        List<Refusal> out = new ArrayList<>();
        for (RuleVerifier.Problem p : RuleVerifier.standard().verify(classes)) {
            out.add(locate(name, p, sources));
        }
        return out.stream().distinct().toList();
    }

    /**
     * These classes, once the {@link RuleVerifier} allows them; otherwise a {@link RuleSetException}
     * that lists each refusal as {@code FILE:LINE:COL rule "…" uses …}.
     */
    public ModelClasses verified(String name, List<DrlSource> sources) {
        List<Refusal> refusals = refusals(name, sources);
        if (!refusals.isEmpty()) {
            throw new RuleSetException("the rules of " + name + " use what rules may not use (see the allow-list)",
                    refusals.stream().map(Refusal::toString).toList());
        }
        return this;
    }

    /**
     * Loads the classes, each in a class loader of this rule set's own, and builds the kbase of the
     * models. The model index is checked before anything of it runs: each name must be a class of
     * this rule set's package that it holds, loaded without initialising it, and a {@link Model};
     * only when every one is are they initialised and made. {@code name} names the rule set in a refusal.
     */
    public KieBase kieBase(String name) {
        Loader loader = new Loader(classes, ModelClasses.class.getClassLoader());
        List<Class<?>> types = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (String model : models) {
            if (!model.startsWith(RULES_PACKAGE) || !classes.containsKey(model.replace('.', '/') + ".class")) {
                wrong.add(model + ": not a class of the rule set (" + RULES_PACKAGE + "…)");
                continue;
            }
            try {
                Class<?> type = Class.forName(model, false, loader);
                if (type.getClassLoader() != loader || !Model.class.isAssignableFrom(type)) {
                    wrong.add(model + ": not a model class of the rule set");
                } else {
                    types.add(type);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                wrong.add(model + ": " + e);
            }
        }
        if (!wrong.isEmpty()) {
            throw new RuleSetException("the list of model classes of " + name + " names what is not one of its models",
                    wrong);
        }
        List<Model> instances = new ArrayList<>();
        try {
            for (Class<?> type : types) {
                instances.add((Model) type.getConstructor().newInstance());
            }
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new RuleSetException("the model classes of " + name + " cannot be loaded", List.of(String.valueOf(e)));
        }
        return KieBaseBuilder.createKieBaseFromModel(instances);
    }

    private static Refusal locate(String name, RuleVerifier.Problem p, List<DrlSource> sources) {
        if (p.rule() == null) {
            // Not a rule's code: a declaration (global, query, type, function), found by its keyword.
            String message = "the generated class " + p.className() + " " + p.message();
            for (DrlSource source : sources) {
                Refusal found = at(source, new DrlSource.RuleText("", 0, 1, source.text(), List.of()), words(p.name()), message);
                if (found.column() > 1 || found.line() > 1) {
                    return found;
                }
            }
            return new Refusal(name, 0, 0, message);
        }
        String message = "rule \"" + p.rule() + "\" " + p.message();
        for (DrlSource source : sources) {
            for (DrlSource.RuleText rule : source.rules()) {
                if (rule.name().equals(p.rule())) {
                    return at(source, rule, words(p.name()), message);
                }
            }
        }
        return new Refusal(name, 0, 0, message);
    }

    /** Where in the rule's text {@code words} first appear, most telling first; else the rule's line. */
    private static Refusal at(DrlSource source, DrlSource.RuleText rule, List<String> words, String message) {
        for (String word : words) {
            Matcher m = Pattern.compile("(?<![A-Za-z0-9_$])" + Pattern.quote(word) + "(?![A-Za-z0-9_$])").matcher(rule.body());
            if (m.find()) {
                int offset = rule.offset() + m.start();
                int lineStart = source.text().lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
                return new Refusal(source.file(), source.lineOf(offset), offset - lineStart + 1, message);
            }
        }
        return new Refusal(source.file(), rule.line(), 1, message);
    }

    /** The words an analyst would have written for what a problem names: the member, then its class. */
    private static List<String> words(String named) {
        return switch (named) {
            case "loop" -> List.of("for", "while", "do");
            case "lambda" -> List.of("->", "::");
            case "anonymous class", "array" -> List.of("new");
            case "synchronized" -> List.of("synchronized");
            case "try" -> List.of("try", "catch");
            case "recursion" -> List.of("function");
            case "org.drools.modelcompiler.dsl.pattern.D.globalOf" -> List.of("global");
            case "org.drools.modelcompiler.dsl.pattern.D.query" -> List.of("query");
            case "org.drools.modelcompiler.dsl.pattern.D.typeMetaData" -> List.of("declare");
            default -> {
                List<String> words = new ArrayList<>();
                String[] parts = named.split("\\.");
                for (int i = parts.length - 1; i >= Math.max(0, parts.length - 2); i--) {
                    String part = parts[i].contains("$") ? parts[i].substring(parts[i].lastIndexOf('$') + 1) : parts[i];
                    if (WORD.matcher(part).matches() && !part.equals("<init>")) {
                        words.add(part);
                    }
                }
                yield words;
            }
        };
    }

    /**
     * Defines the rule set's classes itself, before asking its parent: they are this rule set's, and
     * verified. Each is defined with the calls of its evaluation's budget put in ({@link RuleInstrumenter}).
     */
    private static final class Loader extends ClassLoader {
        private final Map<String, byte[]> classes;

        Loader(Map<String, byte[]> classes, ClassLoader parent) {
            super(parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            byte[] bytes = classes.get(name.replace('.', '/') + ".class");
            if (bytes == null) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    byte[] instrumented;
                    try {
                        instrumented = RuleInstrumenter.instrument(bytes);
                    } catch (RuntimeException e) {   // bytes ASM cannot rewrite: a LinkageError, as the JVM would refuse them
                        throw new ClassFormatError(name + ": " + e);
                    }
                    c = defineClass(name, instrumented, 0, instrumented.length);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
    }
}
