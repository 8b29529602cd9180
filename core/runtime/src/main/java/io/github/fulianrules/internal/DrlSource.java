package io.github.fulianrules.internal;

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
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");
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

    /** Reads {@code drl} as UTF-8, named by its path relative to {@code dir}. */
    public static DrlSource read(java.nio.file.Path dir, java.nio.file.Path drl) throws java.io.IOException {
        return new DrlSource(dir.relativize(drl).toString(), java.nio.file.Files.readString(drl, java.nio.charset.StandardCharsets.UTF_8));
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
