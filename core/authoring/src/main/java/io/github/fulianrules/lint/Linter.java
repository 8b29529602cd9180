package io.github.fulianrules.lint;

import io.github.fulianrules.RuleSetException;
import io.github.fulianrules.catalogue.Catalogue;
import io.github.fulianrules.catalogue.Parameter;
import io.github.fulianrules.catalogue.Requirement;
import io.github.fulianrules.internal.CatalogueFiles;
import io.github.fulianrules.internal.DrlSource;
import io.github.fulianrules.authoring.DrlCompiler;
import io.github.fulianrules.report.Strength;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a rule-set directory and reports every problem as {@code FILE:LINE:COL message}: the
 * data files, each rule's metadata against the catalogue, the parameters the rules read, the
 * {@link SafetyPolicy}, and compilation to the executable model. Where Drools gives no line
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

    /** Every problem of the rule set in {@code dir}; empty when it is good to use. */
    public static List<Problem> lint(Path dir) {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add(new Problem(dir.toString(), 0, 0, "not a directory"));
            return problems;
        }
        Catalogue catalogue = readCatalogue(dir, problems);
        List<DrlSource> sources = new ArrayList<>();
        for (Path drl : DrlCompiler.drlFiles(dir)) {
            try {
                sources.add(DrlSource.read(dir, drl));
            } catch (IOException e) {
                problems.add(new Problem(drl.toString(), 0, 0, "cannot read as UTF-8: " + e.getMessage()));
            }
        }
        if (sources.isEmpty()) {
            problems.add(new Problem(dir.toString(), 0, 0, "no .drl files"));
        }
        for (DrlSource source : sources) {
            problems.addAll(SafetyPolicy.check(source));
            if (catalogue != null) {
                problems.addAll(metadata(source, catalogue));
            }
        }
        if (problems.stream().noneMatch(p -> p.message().startsWith("cannot read"))) {
            problems.addAll(compile(dir, sources));
        }
        problems.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparingInt(Problem::column));
        return problems.stream().distinct().toList();
    }

    private static Catalogue readCatalogue(Path dir, List<Problem> problems) {
        for (String name : List.of(CatalogueFiles.MESSAGES_ZH, CatalogueFiles.MESSAGES_EN)) {
            if (!Files.isRegularFile(dir.resolve(name))) {
                problems.add(new Problem(dir.resolve(name).toString(), 0, 0, "missing"));
            }
        }
        try (InputStream cat = Files.newInputStream(dir.resolve(CatalogueFiles.CATALOGUE));
             InputStream par = Files.newInputStream(dir.resolve(CatalogueFiles.PARAMETERS))) {
            return CatalogueFiles.catalogue(cat, par);
        } catch (IOException e) {
            problems.add(new Problem(dir.resolve(CatalogueFiles.CATALOGUE) + " or " + CatalogueFiles.PARAMETERS, 0, 0,
                    "cannot be read: " + e.getMessage().lines().findFirst().orElse("")));
            return null;
        }
    }

    private static List<Problem> metadata(DrlSource source, Catalogue catalogue) {
        List<Problem> problems = new ArrayList<>();
        for (DrlSource.RuleText rule : source.rules()) {
            String requirement = null;
            String clause = null;
            String strength = null;
            boolean data = false;
            Matcher m = META.matcher(rule.body());
            while (m.find()) {
                switch (m.group(1)) {
                    case "requirement" -> requirement = m.group(2);
                    case "clause" -> clause = m.group(2);
                    case "strength" -> strength = m.group(2);
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
                    problems.add(new Problem(source.file(), rule.line(), 1, where + "declares unknown requirement " + requirement));
                } else {
                    if (!req.get().clause().equals(clause)) {
                        problems.add(new Problem(source.file(), rule.line(), 1, where + "declares clause " + clause
                                + " but " + requirement + " is clause " + req.get().clause()));
                    }
                    if (strength == null || !req.get().strength().name().equals(strength)) {
                        problems.add(new Problem(source.file(), rule.line(), 1, where + "declares strength " + strength
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
                    problems.add(new Problem(source.file(), source.lineOf(offset), 1, where + "reads unknown parameter "
                            + p.group(1) + " (known: " + catalogue.parameters().stream().map(Parameter::name).toList() + ")"));
                }
            }
        }
        return problems;
    }

    private static List<Problem> compile(Path dir, List<DrlSource> sources) {
        List<Problem> problems = new ArrayList<>();
        try {
            DrlCompiler.compile(dir, sources);
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
