package io.github.fulianrules.lint;

import io.github.fulianrules.internal.CatalogueFiles;
import io.github.fulianrules.internal.DrlSource;
import io.github.fulianrules.input.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A rule-set directory read once: its DRL files, parsed, and its catalogue, parameter and message
 * files, with every problem met while reading them. {@link Linter} checks what was read and the
 * compiler compiles the same texts, so what lint looks at is what loads.
 *
 * @param dir      the directory
 * @param data     the catalogue, parameters and messages read, with their problems
 * @param files    the bytes of each data file read, by name (what a bundle keeps)
 * @param sources  the DRL files, in name order, named relative to {@code dir}
 * @param parsed   the DRL files that parse, in name order
 * @param allRead  whether every DRL file could be read, so that compiling them compiles the whole rule set
 * @param problems what made a file unreadable: not a directory, a DRL file that is not UTF-8 or not
 *                 inside the rule set, no DRL file, a rule in a file not named {@code .drl}
 */
public record RuleSetDirectory(Path dir, CatalogueFiles.DataFiles data, Map<String, byte[]> files,
                               List<DrlSource> sources, List<ParsedDrl> parsed, boolean allRead, List<Problem> problems) {
    public RuleSetDirectory {
        files = Map.copyOf(files);
        sources = List.copyOf(sources);
        parsed = List.copyOf(parsed);
        problems = List.copyOf(problems);
    }

    /** Reads {@code dir}; never throws for what an analyst wrote. What it finds wrong is told in English. */
    public static RuleSetDirectory read(Path dir) {
        return read(dir, Locale.ENGLISH);
    }

    /** Reads {@code dir}; never throws for what an analyst wrote. What it finds wrong is told in the language of {@code locale}. */
    public static RuleSetDirectory read(Path dir, Locale locale) {
        if (!Files.isDirectory(dir)) {
            return new RuleSetDirectory(dir, new CatalogueFiles.DataFiles(List.of(), List.of(), null, null, List.of()),
                    Map.of(), List.of(), List.of(), false, List.of(new Problem("", 0, 0, Words.say(locale, "notADirectory"))));
        }
        Map<String, byte[]> files = new TreeMap<>();
        CatalogueFiles.DataFiles data = CatalogueFiles.read(dir, files::put, locale);
        List<Problem> problems = new ArrayList<>();
        List<DrlSource> sources = new ArrayList<>();
        boolean unreadable = false;
        for (Path drl : drlFiles(dir)) {
            try {
                sources.add(DrlSource.read(dir, drl));
            } catch (IOException e) {
                problems.add(new Problem(dir.relativize(drl).toString(), 0, 0, Words.say(locale, "notUtf8", e.getMessage())));
                unreadable = true;
            }
        }
        problems.addAll(RuleFiles.misnamed(dir, locale));
        if (sources.isEmpty() && !unreadable) {
            problems.add(new Problem("", 0, 0, Words.say(locale, "noDrlFiles")));
        }
        List<ParsedDrl> parsed = sources.stream().map(ParsedDrl::parse).flatMap(Optional::stream).toList();
        return new RuleSetDirectory(dir, data, files, sources, parsed, !unreadable, problems);
    }

    /** The data problems as lint prints them: each file named relative to the directory. */
    List<Problem> dataProblems() {
        List<Problem> out = new ArrayList<>();
        for (InputException e : data.problems()) {
            out.add(new Problem(name(e.source()), e.line(), e.column(),
                    e.path().isEmpty() ? e.problem() : e.path() + ": " + e.problem()));
        }
        return out;
    }

    /** The name of the file {@code source} (a path under {@link #dir}) relative to the directory. */
    String name(String source) {
        return dir.relativize(Path.of(source)).toString();
    }

    /** The {@code .drl} files under {@code dir}, in name order. */
    public static List<Path> drlFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
