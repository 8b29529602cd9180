package io.github.fulianrules.xlsx;

import io.github.fulianrules.input.InputException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A district workbook that cannot be read into the fact model, with every problem found in it, up to
 * {@link #MAX_PROBLEMS}, one line each: {@code FILE!SHEET!CELL: COLUMN: what is wrong}, e.g.
 * {@code 青溪区.xlsx!人员!D17: 性别: unknown value "F" (expected 女, 男)} or, read in Chinese,
 * {@code 青溪区.xlsx!人员!D17: 性别: 未知的取值 "F"（应为 女、男）}. The column is named by its header as
 * the file has it. Where a part is not known it is left out: a file that is not a workbook has no
 * sheet, a sheet that is missing has no cell, a row without a cell has its number.
 *
 * <p>{@link #getMessage()} is the lines in the language the workbook was read in ({@link #message(Locale)}
 * in another); {@link #file()}, {@link #sheet()}, {@link #cell()} and {@link #problem()} are those of
 * the first problem.
 */
public class WorkbookException extends InputException {
    /** The most problems one reading reports; it stops at the next. */
    public static final int MAX_PROBLEMS = 100;

    /**
     * One problem of a workbook, at its place.
     */
    public static final class Problem {
        private final String file;
        private final String sheet;
        private final String cell;
        private final String column;
        private final Message message;

        Problem(String file, String sheet, String cell, String column, Message message) {
            this.file = file == null ? "" : file;
            this.sheet = sheet == null ? "" : sheet;
            this.cell = this.sheet.isEmpty() || cell == null ? "" : cell;
            this.column = column == null ? "" : column;
            this.message = message;
        }

        /** The file or stream name. */
        public String file() {
            return file;
        }

        /** The sheet's name; empty when the problem is with the whole file. */
        public String sheet() {
            return sheet;
        }

        /** The cell ({@code D17}) or row ({@code 17}); empty when the problem is with a whole sheet. */
        public String cell() {
            return cell;
        }

        /** The column's header as the file has it, or empty. */
        public String column() {
            return column;
        }

        /** The place: {@code FILE}, {@code FILE!SHEET} or {@code FILE!SHEET!CELL}. */
        public String place() {
            StringBuilder s = new StringBuilder(file);
            if (!sheet.isEmpty()) {
                s.append('!').append(sheet);
                if (!cell.isEmpty()) {
                    s.append('!').append(cell);
                }
            }
            return s.toString();
        }

        /** What is wrong, without the place, in the language of {@code locale} (Chinese for {@code zh}, else English). */
        public String problem(Locale locale) {
            return message.in(locale);
        }

        /** The whole line in the language of {@code locale}: {@code FILE!SHEET!CELL: COLUMN: what is wrong}. */
        public String line(Locale locale) {
            StringBuilder s = new StringBuilder(oneLine(place())).append(": ");
            if (!column.isEmpty()) {
                s.append(oneLine(column)).append(": ");
            }
            return s.append(oneLine(problem(locale))).toString();
        }
    }

    private final List<Problem> problems;
    private final boolean stopped;
    private final Locale locale;

    /**
     * One problem, in words given whole.
     *
     * @param file    the file or stream name
     * @param sheet   the sheet's name, or empty
     * @param cell    the cell ({@code D17}) or row ({@code 17}), or empty
     * @param column  the column's header, or empty
     * @param problem what is wrong
     */
    public WorkbookException(String file, String sheet, String cell, String column, String problem) {
        this(file, sheet, cell, column, problem, null);
    }

    /** As {@link #WorkbookException(String, String, String, String, String)}, keeping the cause. */
    public WorkbookException(String file, String sheet, String cell, String column, String problem, Throwable cause) {
        this(List.of(new Problem(file, sheet, cell, column, Message.literal(problem))), false, Locale.ENGLISH, cause);
    }

    /** The problems found, {@code stopped} when reading stopped at {@link #MAX_PROBLEMS}, in words of {@code locale}. */
    WorkbookException(List<Problem> problems, boolean stopped, Locale locale, Throwable cause) {
        super(problems.get(0).place(), 0, 0, problems.get(0).column(), problems.get(0).problem(locale), cause);
        this.problems = List.copyOf(problems);
        this.stopped = stopped;
        this.locale = locale;
    }

    /** Every problem found, in the order found: the sheets in the workbook's order, the cells row by row. */
    public List<Problem> workbookProblems() {
        return problems;
    }

    /** Every problem found, each as an exception of its own at its cell, in the language the workbook was read in. */
    @Override
    public List<InputException> problems() {
        return problems.size() == 1 ? List.of(this)
                : problems.stream().<InputException>map(p -> new WorkbookException(List.of(p), false, locale, null)).toList();
    }

    /** The lines to show a person: every problem, then whether reading stopped. */
    @Override
    public List<String> lines() {
        return List.of(getMessage().split("\n"));
    }

    /** Whether reading stopped at {@link #MAX_PROBLEMS}, so that the workbook may hold more. */
    public boolean stopped() {
        return stopped;
    }

    /** Every problem, a line each, in the language the workbook was read in. */
    @Override
    public String getMessage() {
        return message(locale);
    }

    /**
     * Every problem, a line each, in the language of {@code locale} (Chinese for {@code zh}, else
     * English), and a last line saying that reading stopped if it did.
     */
    public String message(Locale locale) {
        String lines = problems.stream().map(p -> p.line(locale)).collect(Collectors.joining("\n"));
        return stopped ? lines + "\n" + oneLine(problems.get(0).file()) + ": "
                + Message.of("problems.stopped", MAX_PROBLEMS).in(locale) : lines;
    }

    /** The file or stream name. */
    public String file() {
        return problems.get(0).file();
    }

    /** The sheet's name; empty when the problem is with the whole file. */
    public String sheet() {
        return problems.get(0).sheet();
    }

    /** The cell ({@code D17}) or row ({@code 17}); empty when the problem is with a whole sheet. */
    public String cell() {
        return problems.get(0).cell();
    }

    /** {@code text} with line breaks and other control characters escaped, so that a problem stays one line. */
    private static String oneLine(String text) {
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
}
