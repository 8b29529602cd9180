package io.github.fulianrules.input;

import io.github.fulianrules.FulianRulesException;

/**
 * A file that cannot be read — a district, or a rule set's catalogue, parameters, messages or a
 * scenario file — with the place and the reason in one line:
 * {@code SOURCE:LINE:COL: RECORDPATH.FIELD: what is wrong}, e.g.
 * {@code district.json:41:17: people[3].gender: unknown value "F" (expected one of FEMALE, MALE)} or
 * {@code parameters.yaml:31:15: parameters[18].values[0].from: not a valid date "2025-02-30" (…)}.
 *
 * <p>The line and column are 1-based and count characters, not bytes. Where a part is not known
 * it is left out: a file that cannot be opened has no line, an empty file has no record path.
 * Facts that can be read but not judged (a duplicate id, an unknown reference) are not input
 * errors: the rules report them as {@code DATA} findings.
 */
public class InputException extends FulianRulesException {
    private final String source;
    private final int line;
    private final int column;
    private final String path;
    private final String problem;

    /**
     * @param source  the file or stream name, e.g. {@code district.json}
     * @param line    1-based line, or 0 when unknown
     * @param column  1-based column in characters, or 0 when unknown
     * @param path    the record path, e.g. {@code people[3].gender}, or empty
     * @param problem what is wrong, e.g. {@code unknown value "F" (expected one of FEMALE, MALE)}
     */
    public InputException(String source, int line, int column, String path, String problem) {
        this(source, line, column, path, problem, null);
    }

    /** As {@link #InputException(String, int, int, String, String)}, keeping the underlying cause. */
    public InputException(String source, int line, int column, String path, String problem, Throwable cause) {
        super(format(source, line, column, path, problem), cause);
        this.source = source;
        this.line = Math.max(0, line);
        this.column = Math.max(0, column);
        this.path = path == null ? "" : path;
        this.problem = problem;
    }

    private static String format(String source, int line, int column, String path, String problem) {
        StringBuilder s = new StringBuilder(oneLine(source));
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        s.append(": ");
        if (path != null && !path.isEmpty()) {
            s.append(oneLine(path)).append(": ");
        }
        return s.append(oneLine(problem)).toString();
    }

    /** {@code text} with line breaks and other control characters escaped, so that a message stays one line. */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.toString();
    }

    /** The file or stream name. */
    public String source() {
        return source;
    }

    /** The 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** The 1-based column in characters, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** The record path, e.g. {@code people[3].gender}; empty when the problem is with the whole input. */
    public String path() {
        return path;
    }

    /** What is wrong, without the place. */
    public String problem() {
        return problem;
    }
}
