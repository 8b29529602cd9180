package io.github.fulianrules.lint;

import io.github.fulianrules.RuleSetException;
import io.github.fulianrules.catalogue.Catalogue;
import io.github.fulianrules.catalogue.Parameter;
import io.github.fulianrules.catalogue.Requirement;
import io.github.fulianrules.internal.CatalogueFiles;
import io.github.fulianrules.internal.DrlSource;
import io.github.fulianrules.internal.ModelClasses;
import io.github.fulianrules.authoring.ModelCompiler;
import io.github.fulianrules.report.Strength;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a rule-set directory and reports every problem as {@code FILE:LINE:COL message}: the
 * data files, each rule's metadata against the catalogue, the parameters the rules read, the
 * {@link SafetyPolicy} and the {@link DeclarationPolicy}, then (when the DRL breaks neither)
 * compilation to the executable model and the {@link io.github.fulianrules.verify.RuleVerifier} on
 * what it compiles to. Every command and API that loads a rule-set directory applies the same
 * checks ({@link io.github.fulianrules.authoring.DrlCompiler}): what lint
 * refuses does not load.
 *
 * <pre>{@code
 * List<Problem> problems = Linter.lint(Path.of("my-rules"));
 * problems.forEach(System.out::println);   // task2.drl:41:5 rule "FL-2.4a ..." reads unknown parameter x
 * }</pre>
 */
public final class Linter {
    private static final Pattern META = Pattern.compile("@(requirement|clause|strength|data)\\s*\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern PARAM = Pattern.compile("Param\\s*\\(\\s*name\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern DROOLS_LINE = Pattern.compile("\\[ERR \\d+\\] Line (\\d+):(\\d+)");
    private static final Pattern IDENTIFIER = Pattern.compile("(?:property|field|symbol|method|variable)[^A-Za-z0-9_$]+([A-Za-z_$][A-Za-z0-9_$]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EXPRESSION = Pattern.compile("expression:\\s*(.+)$", Pattern.MULTILINE);
    private static final Pattern WORD = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]{3,}");

    private Linter() {
    }

    /** Every problem of the rule set in {@code dir}; empty when it is good to use. Files are named relative to {@code dir}. */
    public static List<Problem> lint(Path dir) {
        return lint(dir, Locale.ENGLISH);
    }

    /** As {@link #lint(Path)}, saying what it can in the language of {@code locale} (Chinese or English). */
    public static List<Problem> lint(Path dir, Locale locale) {
        return check(RuleSetDirectory.read(dir, locale), locale).problems();
    }

    /**
     * What lint found in a rule set, and what it compiled to.
     *
     * @param problems every problem, in file, line and column order; empty when the rule set may load
     * @param classes  the classes the DRL compiled to, which the verifier allows; {@code null} when
     *                 they did not compile, were not compiled (a file unreadable) or were refused
     */
    public record Linted(List<Problem> problems, ModelClasses classes) {
        public Linted {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Checks the rule set {@code read}: its data files, each rule's metadata against the catalogue,
     * the policies, the messages, and the compilation of the very texts read, with the verifier on
     * what they compile to. The one definition of a valid rule set: what this finds a problem in
     * does not load.
     */
    public static Linted check(RuleSetDirectory read) {
        return check(read, Locale.ENGLISH);
    }

    /** As {@link #check(RuleSetDirectory)}, saying what it can in the language of {@code locale}. */
    public static Linted check(RuleSetDirectory read, Locale locale) {
        List<Problem> problems = new ArrayList<>(read.problems());
        if (!Files.isDirectory(read.dir())) {
            return new Linted(problems, null);
        }
        CatalogueFiles.DataFiles data = read.data();
        Set<String> mistyped = new HashSet<>();
        for (String yaml : List.of(CatalogueFiles.CATALOGUE, CatalogueFiles.PARAMETERS)) {
            List<Problem> typos = read.files().containsKey(yaml) ? YamlTypos.check(yaml, read.files().get(yaml), locale) : List.of();
            problems.addAll(typos);
            if (!typos.isEmpty()) {
                mistyped.add(yaml);
            }
        }
        // What the parser says of a file with full-width punctuation follows from it: the typo is told, not that.
        read.dataProblems().stream().filter(p -> !mistyped.contains(p.file())).forEach(problems::add);
        boolean catalogueRead = data.problems().stream().map(e -> read.name(e.source()))
                .noneMatch(f -> f.equals(CatalogueFiles.CATALOGUE) || f.equals(CatalogueFiles.PARAMETERS));
        Catalogue catalogue = data.catalogue();
        List<DrlSource> sources = read.sources();
        List<Problem> breaches = new ArrayList<>();
        for (DrlSource source : sources) {
            // Typed wrong: the compiler would say so far from the place, in its own words, and log it at ERROR.
            List<Problem> typos = DrlTypos.check(source, locale);
            breaches.addAll(typos);
            breaches.addAll(FactFields.check(source, locale));
            // A full-width character is told as such, not again as a character the policy does not allow there.
            SafetyPolicy.check(source, locale).stream().filter(p -> typos.stream()
                    .noneMatch(t -> t.line() == p.line() && t.column() == p.column())).forEach(breaches::add);
            breaches.addAll(DeclarationPolicy.check(source, locale));
            if (catalogueRead) {
                problems.addAll(metadata(source, catalogue, locale));
            }
        }
        problems.addAll(DerivedFactKeys.check(read.parsed(), locale));
        if (catalogueRead) {
            problems.addAll(MessageChecks.check(data, read.parsed(), read::name, locale));
            problems.addAll(unusedParameters(data, sources, locale));
        }
        problems.addAll(breaches);
        ModelClasses classes = null;
        // DRL that breaks a policy is untrusted code that is never compiled, let alone evaluated; DRL typed
        // wrong is not compiled either: the compiler would tell it in its own words, and log them at ERROR.
        if (read.allRead() && !sources.isEmpty() && breaches.isEmpty()
                && sources.stream().noneMatch(SafetyPolicy::nestsTooDeep)) {
            try {
                classes = ModelCompiler.compile(read.dir(), sources);
                List<ModelClasses.Refusal> refusals = refusals(read.dir().toString(), classes, sources);
                refusals.forEach(r -> problems.add(new Problem(r.file(), r.line(), r.column(), r.message())));
                classes = refusals.isEmpty() ? classes : null;
            } catch (RuleSetException e) {
                for (ModelCompiler.CompileError error : ModelCompiler.lastErrors(e)) {
                    problems.add(locate(error, sources));
                }
            }
        }
        problems.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparingInt(Problem::column));
        return new Linted(problems.stream().distinct().toList(), classes);
    }

    /** What the verifier refuses in {@code classes}: found again only when they are not those last verified. */
    private static List<ModelClasses.Refusal> refusals(String name, ModelClasses classes, List<DrlSource> sources) {
        LastVerified last = lastVerified;
        if (last != null && last.classes() == classes && last.name().equals(name) && last.sources().equals(sources)) {
            return last.refusals();
        }
        List<ModelClasses.Refusal> refusals = classes.refusals(name, sources);
        lastVerified = new LastVerified(name, classes, sources, refusals);
        return refusals;
    }

    private record LastVerified(String name, ModelClasses classes, List<DrlSource> sources, List<ModelClasses.Refusal> refusals) {
    }

    private static volatile LastVerified lastVerified;

    /** The parameters that no rule reads, at their names in {@code parameters.yaml}. */
    private static List<Problem> unusedParameters(CatalogueFiles.DataFiles data, List<DrlSource> sources, Locale locale) {
        Set<String> read = new HashSet<>();
        sources.forEach(s -> s.rules().forEach(r -> read.addAll(r.parameters())));
        return data.parameters().stream().filter(p -> !read.contains(p.value().name()))
                .map(p -> new Problem(CatalogueFiles.PARAMETERS, p.line(), p.column(),
                        Words.say(locale, "unusedParameter", p.path(), p.value().name())))
                .toList();
    }

    private static List<Problem> metadata(DrlSource source, Catalogue catalogue, Locale locale) {
        List<Problem> problems = new ArrayList<>();
        for (DrlSource.RuleText rule : source.rules()) {
            String requirement = null;
            String clause = null;
            String strength = null;
            boolean data = false;
            int[] at = {rule.offset(), rule.offset(), rule.offset()};
            Matcher m = META.matcher(rule.body());
            while (m.find()) {
                switch (m.group(1)) {
                    case "requirement" -> {
                        requirement = m.group(2);
                        at[0] = rule.offset() + m.start();
                    }
                    case "clause" -> {
                        clause = m.group(2);
                        at[1] = rule.offset() + m.start();
                    }
                    case "strength" -> {
                        strength = m.group(2);
                        at[2] = rule.offset() + m.start();
                    }
                    default -> data = true;
                }
            }
            String name = rule.name();
            if (requirement == null) {
                if (!data && !name.startsWith("derived:")) {
                    problems.add(new Problem(source.file(), rule.line(), 1,
                            Words.say(locale, "inRule", name, Words.say(locale, "noRequirement"))));
                }
            } else {
                Optional<Requirement> req = catalogue.requirement(requirement);
                if (req.isEmpty()) {
                    problems.add(new Problem(source.file(), source.lineOf(at[0]), source.columnOf(at[0]), Words.say(locale,
                            "inRule", name, Words.say(locale, "requirementNotInCatalogue", requirement, CatalogueFiles.CATALOGUE))));
                } else {
                    if (!req.get().clause().equals(clause)) {
                        problems.add(new Problem(source.file(), source.lineOf(at[1]), source.columnOf(at[1]), Words.say(locale,
                                "inRule", name, Words.say(locale, "clauseMismatch", clause, requirement, req.get().clause()))));
                    }
                    if (strength == null || !req.get().strength().name().equals(strength)) {
                        problems.add(new Problem(source.file(), source.lineOf(at[2]), source.columnOf(at[2]), Words.say(locale,
                                "inRule", name, Words.say(locale, "strengthMismatch", strength, requirement,
                                        req.get().strength(), List.of(Strength.values())))));
                    }
                    if (!name.startsWith(requirement + " ")) {
                        problems.add(new Problem(source.file(), rule.line(), 1,
                                Words.say(locale, "inRule", name, Words.say(locale, "nameStartsWithId", requirement))));
                    }
                }
            }
            Matcher p = PARAM.matcher(rule.body());
            while (p.find()) {
                if (catalogue.parameter(p.group(1)).isEmpty()) {
                    int offset = rule.offset() + p.start(1);
                    String read = p.group(1);
                    List<String> known = catalogue.parameters().stream().map(Parameter::name).toList();
                    Optional<String> nearest = known.stream()
                            .min(Comparator.comparingInt(k -> DerivedFactKeys.distance(k, read)))
                            .filter(k -> DerivedFactKeys.distance(k, read) <= Math.max(2, read.length() / 4));
                    problems.add(new Problem(source.file(), source.lineOf(offset), source.columnOf(offset) - 1,
                            nearest.isPresent() ? Words.say(locale, "unknownParameter", rule.name(), read, nearest.get())
                                    : Words.say(locale, "unknownParameterNoGuess", rule.name(), read, String.join(", ", known))));
                }
            }
        }
        return problems;
    }

    /**
     * What to look for in the text, most telling first: the expression Drools quotes, the
     * identifier it names, then any longer identifier of its message.
     */
    private static List<String> candidates(String text) {
        List<String> out = new ArrayList<>();
        Matcher expr = EXPRESSION.matcher(text);
        if (expr.find()) {
            out.add(expr.group(1).strip());
        }
        Matcher id = IDENTIFIER.matcher(text);
        while (id.find()) {
            out.add(id.group(1));
        }
        Matcher word = WORD.matcher(expr.reset().find() ? expr.group(1) : text);
        while (word.find()) {
            out.add(word.group());
        }
        return out.stream().filter(c -> !c.isBlank()).distinct().toList();
    }

    private static String boundary(char c) {
        return Character.isLetterOrDigit(c) || c == '_' ? "\\b" : "";
    }

    /** A compile error with its place; where Drools gives none, the first line that names the identifier it names. */
    public static Problem locate(ModelCompiler.CompileError error, List<DrlSource> sources) {
        int line = error.line();
        int column = Math.max(0, error.column());
        Matcher dl = DROOLS_LINE.matcher(error.text());
        if (line <= 0 && dl.find()) {
            line = Integer.parseInt(dl.group(1));
            column = Integer.parseInt(dl.group(2)) + 1;
        }
        String file = error.file();
        if (line <= 0) {
            for (String candidate : candidates(error.text())) {
                for (DrlSource s : sources) {
                    if (file != null && !file.endsWith(s.file())) {
                        continue;
                    }
                    String blanked = SafetyPolicy.blankCommentsAndStrings(s.text());
                    Matcher at = Pattern.compile(boundary(candidate.charAt(0)) + Pattern.quote(candidate)
                            + boundary(candidate.charAt(candidate.length() - 1))).matcher(blanked);
                    if (at.find()) {
                        line = s.lineOf(at.start());
                        int lineStart = s.text().lastIndexOf('\n', Math.max(0, at.start() - 1)) + 1;
                        column = at.start() - lineStart + 1;
                        file = s.file();
                        break;
                    }
                }
                if (line > 0) {
                    break;
                }
            }
        }
        return new Problem(file == null ? "?" : file, Math.max(line, 0), column, error.text());
    }
}
