package io.github.fulianrules.input;

import io.github.fulianrules.FulianRulesException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
 *
 * <p>A reader that finds several problems in one input (the district reader reports up to
 * {@link DistrictReader#MAX_PROBLEMS}) throws one exception holding them all: {@link #problems()}
 * lists each at its place, {@link #lines()} gives the lines to show a person (each problem, then
 * how many more were found when the list was cut), and the accessors of the place and
 * {@link #getMessage()} describe the first, so that the message stays one line.
 */
public class InputException extends FulianRulesException {
    private final String source;
    private final int line;
    private final int column;
    private final String path;
    private final String problem;
    private final List<InputException> problems;
    private final int omitted;
    private final String omittedLine;

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
        this.problems = List.of(this);
        this.omitted = 0;
        this.omittedLine = null;
    }

    /**
     * Several problems of one input, in the order of the input: {@code problems} as listed (at least
     * one), and {@code omitted} more that were found but not listed. The message is the first
     * problem's line and how many there are in all, in the language of {@code locale} (Chinese for
     * {@code zh}, else English).
     *
     * @param problems the problems listed, each with its place
     * @param omitted  how many more problems were found beyond those listed, or 0
     * @param locale   the language of the summary words
     */
    public InputException(List<InputException> problems, int omitted, Locale locale) {
        this(List.copyOf(problems), Math.max(0, omitted), InputMessages.of(locale));
    }

    InputException(List<InputException> problems, int omitted, InputMessages words) {
        super(problems.size() + omitted <= 1 ? first(problems).getMessage()
                : words.text("problem.inAll", first(problems).getMessage(), problems.size() + omitted),
                first(problems).getCause());
        InputException first = problems.get(0);
        this.source = first.source;
        this.line = first.line;
        this.column = first.column;
        this.path = first.path;
        this.problem = first.problem;
        this.problems = problems;
        this.omitted = omitted;
        this.omittedLine = omitted > 0 ? words.text("problem.more", omitted, problems.size()) : null;
    }

    private static InputException first(List<InputException> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems");
        }
        return problems.get(0);
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

    /** What is wrong, without the place (of the first problem, when there are several). */
    public String problem() {
        return problem;
    }

    /** Every problem listed, each with its place, in the order of the input; this one alone when it is one problem. */
    public List<InputException> problems() {
        return problems;
    }

    /** How many problems were found beyond those {@link #problems() listed}. */
    public int omitted() {
        return omitted;
    }

    /**
     * The lines to show a person: each problem's {@code SOURCE:LINE:COL: PATH: problem}, then, when
     * more problems were found than listed, one line saying how many more.
     */
    public List<String> lines() {
        List<String> lines = new ArrayList<>(problems().size() + 1);
        problems().forEach(p -> lines.add(p == this ? getMessage() : p.getMessage()));
        if (omittedLine != null) {
            lines.add(omittedLine);
        }
        return List.copyOf(lines);
    }
}
