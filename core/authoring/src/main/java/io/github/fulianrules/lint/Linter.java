package io.github.fulianrules.lint;

import io.github.fulianrules.RuleSetException;
import io.github.fulianrules.catalogue.Catalogue;
import io.github.fulianrules.catalogue.Parameter;
import io.github.fulianrules.catalogue.Requirement;
import io.github.fulianrules.internal.CatalogueFiles;
import io.github.fulianrules.internal.DrlSource;
import io.github.fulianrules.internal.ModelClasses;
import io.github.fulianrules.authoring.DrlCompiler;
import io.github.fulianrules.input.InputException;
import io.github.fulianrules.report.Strength;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a rule-set directory and reports every problem as {@code FILE:LINE:COL message}: the
 * data files, each rule's metadata against the catalogue, the parameters the rules read, the
 * {@link SafetyPolicy} and the {@link DeclarationPolicy}, compilation to the executable model, and
 * the {@link io.github.fulianrules.verify.RuleVerifier} on what it compiles to. Where Drools gives no line
 * ({@code line=-1}, as for an unknown field), the line is found in the text.
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
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add(new Problem("", 0, 0, "not a directory"));
            return problems;
        }
        UnaryOperator<String> name = source -> dir.relativize(Path.of(source)).toString();
        CatalogueFiles.DataFiles data = CatalogueFiles.read(dir);
        for (InputException e : data.problems()) {
            problems.add(new Problem(name.apply(e.source()), e.line(), e.column(),
                    e.path().isEmpty() ? e.problem() : e.path() + ": " + e.problem()));
        }
        boolean catalogueRead = data.problems().stream().map(e -> name.apply(e.source()))
                .noneMatch(f -> f.equals(CatalogueFiles.CATALOGUE) || f.equals(CatalogueFiles.PARAMETERS));
        Catalogue catalogue = data.catalogue();
        List<DrlSource> sources = new ArrayList<>();
        boolean unreadable = false;
        for (Path drl : DrlCompiler.drlFiles(dir)) {
            try {
                sources.add(DrlSource.read(dir, drl));
            } catch (IOException e) {
                problems.add(new Problem(dir.relativize(drl).toString(), 0, 0, "cannot read as UTF-8: " + e.getMessage()));
                unreadable = true;
            }
        }
        problems.addAll(RuleFiles.misnamed(dir));
        if (sources.isEmpty() && !unreadable) {
            problems.add(new Problem("", 0, 0, "no .drl files: rules are read from the files whose names end in .drl"));
        }
        List<ParsedDrl> parsed = sources.stream().map(ParsedDrl::parse).flatMap(Optional::stream).toList();
        for (DrlSource source : sources) {
            problems.addAll(SafetyPolicy.check(source));
            problems.addAll(DeclarationPolicy.check(source));
            if (catalogueRead) {
                problems.addAll(metadata(source, catalogue));
            }
        }
        problems.addAll(DerivedFactKeys.check(parsed));
        if (catalogueRead) {
            problems.addAll(MessageChecks.check(data, parsed, name));
            problems.addAll(unusedParameters(data, sources));
        }
        if (!unreadable && sources.stream().noneMatch(SafetyPolicy::nestsTooDeep)) {
            problems.addAll(compile(dir, sources));
        }
        problems.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparingInt(Problem::column));
        return problems.stream().distinct().toList();
    }

    /** The parameters that no rule reads, at their names in {@code parameters.yaml}. */
    private static List<Problem> unusedParameters(CatalogueFiles.DataFiles data, List<DrlSource> sources) {
        Set<String> read = new HashSet<>();
        sources.forEach(s -> s.rules().forEach(r -> read.addAll(r.parameters())));
        return data.parameters().stream().filter(p -> !read.contains(p.value().name()))
                .map(p -> new Problem(CatalogueFiles.PARAMETERS, p.line(), p.column(), p.path() + ".name: "
                        + p.value().name() + " is read by no rule (a rule reads it as Param(name == \""
                        + p.value().name() + "\", $x : value))"))
                .toList();
    }

    private static List<Problem> metadata(DrlSource source, Catalogue catalogue) {
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
            String where = "rule \"" + rule.name() + "\" ";
            if (requirement == null) {
                if (!data && !rule.name().startsWith("derived:")) {
                    problems.add(new Problem(source.file(), rule.line(), 1, where + "declares no @requirement"
                            + " (a derived-fact rule's name starts with \"derived:\", a data rule declares @data)"));
                }
            } else {
                Optional<Requirement> req = catalogue.requirement(requirement);
                if (req.isEmpty()) {
                    problems.add(new Problem(source.file(), source.lineOf(at[0]), source.columnOf(at[0]), where
                            + "declares @requirement(\"" + requirement + "\"), which is not in " + CatalogueFiles.CATALOGUE
                            + " (add its entry there, or correct the ID)"));
                } else {
                    if (!req.get().clause().equals(clause)) {
                        problems.add(new Problem(source.file(), source.lineOf(at[1]), source.columnOf(at[1]), where
                                + "declares clause " + clause
                                + " but " + requirement + " is clause " + req.get().clause()));
                    }
                    if (strength == null || !req.get().strength().name().equals(strength)) {
                        problems.add(new Problem(source.file(), source.lineOf(at[2]), source.columnOf(at[2]), where
                                + "declares strength " + strength
                                + " but " + requirement + " is " + req.get().strength()
                                + " (one of " + List.of(Strength.values()) + ")"));
                    }
                    if (!rule.name().startsWith(requirement + " ")) {
                        problems.add(new Problem(source.file(), rule.line(), 1, where + "should start with its requirement ID "
                                + requirement));
                    }
                }
            }
            Matcher p = PARAM.matcher(rule.body());
            while (p.find()) {
                if (catalogue.parameter(p.group(1)).isEmpty()) {
                    int offset = rule.offset() + p.start(1);
                    problems.add(new Problem(source.file(), source.lineOf(offset), source.columnOf(offset) - 1, where
                            + "reads unknown parameter "
                            + p.group(1) + " (known: " + catalogue.parameters().stream().map(Parameter::name).toList() + ")"));
                }
            }
        }
        return problems;
    }

    private static List<Problem> compile(Path dir, List<DrlSource> sources) {
        List<Problem> problems = new ArrayList<>();
        try {
            for (ModelClasses.Refusal r : DrlCompiler.compile(dir, sources).refusals(dir.toString(), sources)) {
                problems.add(new Problem(r.file(), r.line(), r.column(), r.message()));
            }
        } catch (RuleSetException e) {
            // Located already: the load path and lint report a compile error at the same place.
            for (DrlCompiler.CompileError error : DrlCompiler.lastErrors(e)) {
                problems.add(new Problem(error.file() == null ? "?" : error.file(), Math.max(error.line(), 0),
                        Math.max(error.column(), 0), error.text()));
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
    public static Problem locate(DrlCompiler.CompileError error, List<DrlSource> sources) {
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
