package io.github.fulianrules.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A DRL file's text, with the rules found in it by a light scan: each rule's name, first line and
 * the parameters it reads ({@code Param(name == "x", ...)}). Used to list which rules read which
 * parameters, and to point at lines where Drools gives none.
 *
 * @param file the file's name, e.g. {@code task2-leadership-bodies.drl}
 * @param text its text
 */
public record DrlSource(String file, String text) {
    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*rule\\s+\"([^\"]+)\"");
    private static final Pattern END = Pattern.compile("(?m)^\\s*end\\s*$");
    private static final Pattern PARAM = Pattern.compile("Param\\s*\\(\\s*name\\s*==\\s*\"([A-Za-z0-9_]+)\"");

    /**
     * A rule as written.
     *
     * @param name       its name
     * @param offset     where its text starts in the file
     * @param line       the line of {@code rule "…"}, from 1
     * @param body       its text from {@code rule} to {@code end}
     * @param parameters the parameters it reads, in order of appearance
     */
    public record RuleText(String name, int offset, int line, String body, List<String> parameters) {
        /** Whether the character at {@code at} in the file is within this rule. */
        public boolean contains(int at) {
            return at >= offset && at < offset + body.length();
        }
    }

    /**
     * Reads {@code drl} as UTF-8, named by its path relative to {@code dir}; throws an
     * {@link IOException} for a file that is not {@linkplain #inside inside} the rule set.
     */
    public static DrlSource read(Path dir, Path drl) throws IOException {
        Path file = inside(dir, dir.relativize(drl).toString());
        return new DrlSource(dir.relativize(drl).toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * The file {@code name} of the rule set in {@code dir}, if it is one: a rule set is the regular
     * files inside its directory, so a name that climbs out of it ({@code ../x}, an absolute path)
     * and a symbolic link, wherever it points, are refused with an {@link IOException}.
     */
    public static Path inside(Path dir, String name) throws IOException {
        Path relative = Path.of(name).normalize();
        if (relative.isAbsolute() || relative.startsWith("..") || relative.toString().isEmpty()) {
            throw new IOException(name + " is outside the rule set " + dir);
        }
        Path file = dir.resolve(relative);
        for (Path p = relative; p != null; p = p.getParent()) {
            if (Files.isSymbolicLink(dir.resolve(p))) {
                throw new IOException(dir.resolve(p) + " is a symbolic link; a rule set is the regular files of its directory");
            }
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(file + " is not a regular file");
            }
            if (!file.toRealPath().startsWith(dir.toRealPath())) {
                throw new IOException(name + " is outside the rule set " + dir);
            }
        }
        return file;
    }

    /** The rules of the file, in order. */
    public List<RuleText> rules() {
        List<RuleText> rules = new ArrayList<>();
        Matcher m = RULE.matcher(text);
        while (m.find()) {
            Matcher end = END.matcher(text);
            int stop = end.find(m.end()) ? end.end() : text.length();
            String body = text.substring(m.start(), stop);
            Set<String> params = new LinkedHashSet<>();
            Matcher p = PARAM.matcher(body);
            while (p.find()) {
                params.add(p.group(1));
            }
            rules.add(new RuleText(m.group(1), m.start(), lineOf(m.start(1)), body, List.copyOf(params)));
        }
        return rules;
    }

    /** The column (from 1) of a character offset. */
    public int columnOf(int offset) {
        return offset - text.lastIndexOf('\n', offset - 1);
    }

    /** The line (from 1) of a character offset. */
    public int lineOf(int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
