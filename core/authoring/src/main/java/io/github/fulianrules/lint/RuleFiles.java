package io.github.fulianrules.lint;

import io.github.fulianrules.internal.CatalogueFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Files of a rule-set directory that hold rules but are never read: only files whose names end
 * in {@code .drl} are compiled, so a rule saved as {@code local.DRL} or {@code local.drl.txt} would
 * silently not exist.
 */
final class RuleFiles {
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+[\"']");
    private static final Set<String> DATA_FILES = Set.of(CatalogueFiles.CATALOGUE, CatalogueFiles.PARAMETERS,
            CatalogueFiles.MESSAGES_ZH, CatalogueFiles.MESSAGES_EN);
    private static final long LARGEST_LOOKED_AT = 10L * 1024 * 1024;

    private RuleFiles() {
    }

    /** Each file of {@code dir} not named {@code *.drl} that holds a rule, at its first rule. */
    static List<Problem> misnamed(Path dir) {
        return misnamed(dir, Locale.ENGLISH);
    }

    /** As {@link #misnamed(Path)}, told in the language of {@code locale}. */
    static List<Problem> misnamed(Path dir, Locale locale) {
        List<Problem> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                String name = file.getFileName().toString();
                Path relative = dir.relativize(file);
                boolean hidden = false;
                for (Path part : relative) {
                    hidden |= part.toString().startsWith(".");
                }
                if (hidden || name.endsWith(".drl") || DATA_FILES.contains(relative.toString())
                        || Files.size(file) > LARGEST_LOOKED_AT) {
                    continue;
                }
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                Matcher rule = RULE.matcher(text);
                if (rule.find()) {
                    int offset = rule.end() - 1;
                    offset = text.lastIndexOf("rule", offset);
                    int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
                    int column = offset - text.lastIndexOf('\n', offset - 1);
                    problems.add(new Problem(relative.toString(), line, column, Words.say(locale, "notRead", drlName(name))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private static String drlName(String name) {
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return base.toLowerCase(Locale.ROOT).endsWith(".drl")
                ? base.substring(0, base.length() - 4) + ".drl" : base + ".drl";
    }
}
