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
import java.util.regex.MatchResult;
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
    private static final Pattern END = Pattern.compile("(?m)^[ \\t]*end[ \\t]*$");
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
        String name = dir.relativize(drl).toString();
        // Decoded strictly, as Files.readString does: bytes that are not UTF-8 are a MalformedInputException.
        return new DrlSource(name, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(readInside(dir, name))).toString());
    }

    /** The most bytes a file of a rule set may have: a DRL file, the catalogue, the parameters, the messages. */
    public static final long MAX_FILE_BYTES = 1024 * 1024;

    /**
     * The bytes of the file {@code name} of the rule set in {@code dir}, once {@link #inside} allows
     * it; more than {@value #MAX_FILE_BYTES} bytes are refused with an {@link IOException}, however
     * the file grows while it is read.
     */
    public static byte[] readInside(Path dir, String name) throws IOException {
        Path file = inside(dir, name);
        try (java.io.InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw tooLarge(file);
            }
            return bytes;
        }
    }

    private static IOException tooLarge(Path file) {
        return new IOException(file + " is larger than " + MAX_FILE_BYTES / 1024 / 1024
                + " MB, the most a file of a rule set may be");
    }

    /** Whether {@code file} has one link (no hard link to it elsewhere), where the file system tells. */
    private static boolean oneLink(Path file) throws IOException {
        try {
            return ((Number) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue() == 1;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return true;   // no unix attributes (Windows): hard links cannot be told, and are rare
        }
    }

    /**
     * The file {@code name} of the rule set in {@code dir}, if it is one: a rule set is the regular
     * files inside its directory, so a name that climbs out of it ({@code ../x}, an absolute path)
     * and a symbolic link, wherever it points, are refused with an {@link IOException}; so is a
     * file with another hard link (which could be any file of the machine). Its size is bounded
     * where it is read, by {@link #readInside}.
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
            if (!oneLink(file)) {
                throw new IOException(file + " has another hard link, so it may be a file outside the rule set;"
                        + " a rule set is the regular files of its directory, each with one link (copy it instead)");
            }
            if (!file.toRealPath().startsWith(dir.toRealPath())) {
                throw new IOException(name + " is outside the rule set " + dir);
            }
        }
        return file;
    }

    /**
     * The rules of the file, in order, each up to its {@code end} (or the next rule, when it has
     * none): one pass over the text, however many rules and ends it has.
     */
    public List<RuleText> rules() {
        List<Integer> ends = new ArrayList<>();
        Matcher end = END.matcher(text);
        while (end.find()) {
            ends.add(end.end());
        }
        List<MatchResult> heads = new ArrayList<>();
        Matcher m = RULE.matcher(text);
        while (m.find()) {
            heads.add(m.toMatchResult());
        }
        List<RuleText> rules = new ArrayList<>();
        int line = 1;
        int counted = 0;
        int next = 0;
        for (int r = 0; r < heads.size(); r++) {
            MatchResult head = heads.get(r);
            while (next < ends.size() && ends.get(next) <= head.end()) {
                next++;
            }
            int stop = Math.min(next < ends.size() ? ends.get(next) : text.length(),
                    r + 1 < heads.size() ? heads.get(r + 1).start() : text.length());
            String body = text.substring(head.start(), stop);
            Set<String> params = new LinkedHashSet<>();
            Matcher p = PARAM.matcher(body);
            while (p.find()) {
                params.add(p.group(1));
            }
            for (; counted < head.start(1); counted++) {
                if (text.charAt(counted) == '\n') {
                    line++;
                }
            }
            rules.add(new RuleText(head.group(1), head.start(), line, body, List.copyOf(params)));
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
