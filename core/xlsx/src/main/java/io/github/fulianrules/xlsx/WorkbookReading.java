package io.github.fulianrules.xlsx;

import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.xlsx.RecordSheet.Kind;
import io.github.fulianrules.xlsx.RecordSheet.Slot;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * One strict reading of a district workbook laid out by {@link Sheets}: every problem is kept, at
 * its file, sheet, cell and column, and reading goes on to the end (or to {@link WorkbookException#MAX_PROBLEMS});
 * then all of them are thrown as one {@link WorkbookException}, and no district is made of what was
 * read. Rows are streamed, a sheet at a time, and capped at {@link #MAX_ROWS}, so memory stays
 * bounded whatever the file holds.
 */
final class WorkbookReading {
    /** The most rows a sheet may have, header and empty rows included; a full-size district has about 6,000 people. */
    static final int MAX_ROWS = 100_000;
    /** The longest text in a cell, Excel's own limit. */
    static final int MAX_TEXT = 32_767;

    private static final Pattern MISSING_FIELD = Pattern.compile("missing required field '([^']*)'");
    private static final Pattern END_BEFORE_START = Pattern.compile("period end (\\S+) is before its start (\\S+)");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int QUOTED_MAX = 60;
    /** The first serial number past the last day Excel has, 9999-12-31. */
    private static final BigDecimal LAST_SERIAL = BigDecimal.valueOf(2_958_466);

    private final String source;
    private final Locale locale;
    private final List<WorkbookException.Problem> problems = new ArrayList<>();
    private boolean date1904;

    WorkbookReading(String source, Locale locale) {
        this.source = source;
        this.locale = locale;
    }

    /** A record read, with the row it came from. */
    private record Read<R>(R record, int row) {
    }

    /**
     * A sheet's header row: which slot each column holds, its header as the file writes it, and the
     * columns whose header was refused (their cells are not read).
     */
    private record Header(Slot[] slots, String[] labels, boolean[] english, Map<Slot, Integer> columns, Set<Integer> refused) {
    }

    /** A problem in one cell: the row it is in is not made into a record, and reading goes on. */
    private static final class CellProblem extends RuntimeException {
        private final String cell;
        private final String column;
        private final Message message;

        CellProblem(String cell, String column, Message message) {
            super(null, null, false, false);
            this.cell = cell;
            this.column = column;
            this.message = message;
        }
    }

    DistrictWorkbook.Contents read(WorkbookSource input) {
        WorkbookGuard.check(input, source, locale);
        try (ReadableWorkbook workbook = input.open()) {
            date1904 = workbook.isDate1904();
            Map<RecordSheet<?>, Sheet> found = sheets(workbook);
            Sheet periodSheet = found.get(Sheets.PERIOD);
            Sheets.PeriodRow period = null;
            if (periodSheet == null) {
                problem("", "", "", Message.of("period.noSheet", Sheets.PERIOD.zh(), Sheets.PERIOD.key()));
            } else {
                int before = problems.size();
                List<Read<Sheets.PeriodRow>> periods = rows(Sheets.PERIOD, periodSheet);
                if (periods.size() > 1) {
                    problem(periodSheet.getName(), Integer.toString(periods.get(1).row()), "", Message.of("period.second"));
                } else if (periods.isEmpty() && problems.size() == before) {
                    problem(periodSheet.getName(), "", "", Message.of("period.none",
                            Message.items(Sheets.PERIOD.headerNames(english(periodSheet)))));
                } else if (!periods.isEmpty()) {
                    period = periods.get(0).record();
                }
            }
            Map<RecordSheet<?>, List<? extends Read<?>>> records = new LinkedHashMap<>();
            for (RecordSheet<?> spec : Sheets.RECORDS) {
                Sheet sheet = found.get(spec);
                if (sheet != null) {
                    records.put(spec, rows(spec, sheet));
                }
            }
            if (!problems.isEmpty()) {
                throw new WorkbookException(problems, false, locale, null);
            }
            DistrictData.Builder district = DistrictData.builder(period.period());
            records.forEach((spec, read) -> add(spec, found.get(spec), read, district));
            return new DistrictWorkbook.Contents(period.name(), district.build());
        } catch (WorkbookException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            problem("", "", "", Message.of("guard.unreadable", describe(e)));
            throw new WorkbookException(problems, false, locale, e);
        }
    }

    /** Keeps a problem; at the {@link WorkbookException#MAX_PROBLEMS}th, stops the reading with all of them. */
    private void problem(String sheet, String cell, String column, Message message) {
        problems.add(new WorkbookException.Problem(source, sheet, cell, column, message));
        if (problems.size() >= WorkbookException.MAX_PROBLEMS) {
            throw new WorkbookException(problems, true, locale, null);
        }
    }

    @SuppressWarnings("unchecked")
    private <R extends Record> void add(RecordSheet<R> spec, Sheet sheet, List<? extends Read<?>> read, DistrictData.Builder district) {
        for (Read<?> r : read) {
            R record = (R) r.record();
            district.add(record);
            district.location(spec.id(record), source + "!" + sheet.getName() + "!" + r.row());
        }
    }

    /** The sheets of the workbook by what they hold; an unknown sheet or a kind given twice is a problem, and not read. */
    private Map<RecordSheet<?>, Sheet> sheets(ReadableWorkbook workbook) {
        Map<RecordSheet<?>, Sheet> found = new LinkedHashMap<>();
        for (Sheet sheet : workbook.getSheets().toList()) {
            String name = sheet.getName();
            if (name == null) {
                problem("", "", "", Message.of("sheet.noName", sheet.getIndex() + 1));
                continue;
            }
            if (List.of(Sheets.NOTES_ZH, Sheets.NOTES_EN, Sheets.CHOICES_ZH, Sheets.CHOICES_EN).stream()
                    .anyMatch(n -> n.equalsIgnoreCase(name.strip()))) {
                continue;
            }
            Optional<RecordSheet<?>> spec = Sheets.all().stream()
                    .filter(s -> s.zh().equals(name.strip()) || s.key().equalsIgnoreCase(name.strip()))
                    .findFirst();
            if (spec.isEmpty()) {
                problem(name, "", "", Message.of("sheet.unknown",
                        Message.items(Sheets.all().stream().map(s -> s.zh() + " (" + s.key() + ")").toList()),
                        Sheets.NOTES_ZH, Sheets.CHOICES_ZH));
                continue;
            }
            Sheet before = found.putIfAbsent(spec.get(), sheet);
            if (before != null) {
                problem(name, "", "", Message.of("sheet.second", spec.get().name(english(sheet)), before.getName()));
            }
        }
        return found;
    }

    private static boolean english(Sheet sheet) {
        return !sheet.getName().codePoints().anyMatch(c -> c > 0x2E7F);
    }

    /** The records of {@code sheet}, each with its row, blank rows and rows with a problem left out. */
    private <R extends Record> List<Read<R>> rows(RecordSheet<R> spec, Sheet sheet) {
        List<Read<R>> records = new ArrayList<>();
        try (Stream<Row> rows = sheet.openStream()) {
            Iterator<Row> it = rows.iterator();
            Header header = null;
            int count = 0;
            while (it.hasNext()) {
                Row row = it.next();
                if (++count > MAX_ROWS) {
                    problem(sheet.getName(), "", "", Message.of("sheet.tooManyRows", MAX_ROWS));
                    break;
                }
                if (header == null) {
                    header = header(spec, sheet, row);
                    if (header == null) {
                        break;
                    }
                    continue;
                }
                R record = record(spec, sheet, header, row);
                if (record != null) {
                    records.add(new Read<>(record, row.getRowNum()));
                }
            }
        } catch (WorkbookException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            problem(sheet.getName(), "", "", Message.of("sheet.unreadable", describe(e)));
            throw new WorkbookException(problems, false, locale, e);
        }
        return records;
    }

    /** The header of {@code sheet}, its problems kept; {@code null} when there is none, in row 1. */
    private Header header(RecordSheet<?> spec, Sheet sheet, Row row) {
        boolean englishSheet = english(sheet);
        if (row.getRowNum() != 1) {
            problem(sheet.getName(), "1", "", Message.of("header.empty", Message.items(spec.headerNames(englishSheet))));
            return null;
        }
        Map<String, Slot> known = spec.headers();
        int width = row.getCellCount();
        Slot[] slots = new Slot[width];
        String[] labels = new String[width];
        boolean[] english = new boolean[width];
        Map<Slot, Integer> columns = new LinkedHashMap<>();
        Set<Integer> refused = new HashSet<>();
        for (Cell cell : row) {
            if (cell == null || cell.getType() == CellType.EMPTY) {
                continue;
            }
            String at = cell.getAddress().toString();
            int c = cell.getColumnIndex();
            try {
                if (cell.getType() != CellType.STRING) {
                    throw new CellProblem(at, "", Message.of("header.notText", found(cell)));
                }
                textInTheFile(cell, "");
                String text = (String) cell.getValue();
                if (text.isBlank()) {
                    continue;
                }
                Slot slot = known.get(RecordSheet.normalise(text));
                if (slot == null) {
                    throw new CellProblem(at, "", Message.of("header.unknown", quote(text),
                            Message.items(spec.headerNames(englishSheet))));
                }
                Integer before = columns.putIfAbsent(slot, c);
                if (before != null) {
                    throw new CellProblem(at, text.strip(), Message.of("header.second", slot.fieldName(), labels[before],
                            org.dhatim.fastexcel.reader.CellAddress.convertNumToColString(before)));
                }
                slots[c] = slot;
                labels[c] = text.strip();
                english[c] = !RecordSheet.normalise(slot.header(false)).equals(RecordSheet.normalise(text));
            } catch (CellProblem p) {
                refused.add(c);
                problem(sheet.getName(), p.cell, p.column, p.message);
            }
        }
        return new Header(slots, labels, english, columns, refused);
    }

    /** The record of {@code row}, or {@code null} for a row with nothing in it or with a problem (kept). */
    private <R extends Record> R record(RecordSheet<R> spec, Sheet sheet, Header header, Row row) {
        Object[] values = spec.emptyRow();
        Map<Integer, Integer> filledMembers = new java.util.HashMap<>();
        boolean any = false;
        boolean bad = false;
        for (Cell cell : row) {
            if (cell == null || cell.getType() == CellType.EMPTY) {
                continue;
            }
            int c = cell.getColumnIndex();
            if (header.refused().contains(c)) {
                continue;
            }
            Slot slot = c < header.slots().length ? header.slots()[c] : null;
            try {
                textInTheFile(cell, slot == null ? "" : header.labels()[c]);
                boolean blank = cell.getType() == CellType.STRING && ((String) cell.getValue()).isBlank();
                if (slot == null) {
                    if (blank) {
                        continue;
                    }
                    throw new CellProblem(cell.getAddress().toString(), "", Message.of("cell.noHeader", found(cell)));
                }
                if (blank && slot.kind() != Kind.TEXT) {
                    continue;
                }
                any |= !blank;
                Object value = value(cell, slot, header.labels()[c], header.english()[c]);
                if (slot.member() != null) {
                    // Revision 3: a set is recorded once one of its cells is filled (是 or 否).
                    if (values[slot.index()] == null) {
                        values[slot.index()] = spec.newSet(slot.index());
                    }
                    filledMembers.merge(slot.index(), 1, Integer::sum);
                    if (Boolean.TRUE.equals(value)) {
                        add((Set<?>) values[slot.index()], slot.member());
                    }
                } else {
                    values[slot.index()] = value;
                }
            } catch (CellProblem p) {
                any = true;
                bad = true;
                problem(sheet.getName(), p.cell, p.column, p.message);
            }
        }
        if (!any) {
            return null;
        }
        boolean partlyFilled = partlyFilledSet(sheet, header, row, filledMembers);
        if (bad || partlyFilled) {
            return null;
        }
        try {
            return spec.build(values);
        } catch (IllegalArgumentException e) {
            invalid(spec, sheet, header, row, e);
            return null;
        }
    }

    /**
     * Keeps a problem for a row that fills some cells of a set (the seven haves, the services) and
     * leaves others empty: an empty cell is "not recorded" and a filled one "yes" or "no", and a set
     * cannot be both recorded and not (Revision 3). All of them empty is a set not recorded.
     *
     * @return whether there was one
     */
    private boolean partlyFilledSet(Sheet sheet, Header header, Row row, Map<Integer, Integer> filledMembers) {
        boolean found = false;
        for (Map.Entry<Integer, Integer> e : filledMembers.entrySet()) {
            List<Map.Entry<Slot, Integer>> columns = header.columns().entrySet().stream()
                    .filter(c -> c.getKey().member() != null && c.getKey().index() == e.getKey()).toList();
            if (e.getValue() < columns.size()) {
                Slot first = columns.get(0).getKey();
                boolean english = header.english()[columns.get(0).getValue()];
                List<String> words = english ? Choices.YES_NO_EN : Choices.YES_NO_ZH;
                problem(sheet.getName(), Integer.toString(row.getRowNum()), first.column().header(english),
                        Message.of("set.partlyFilled", first.column().header(english), words.get(0), words.get(1)));
                found = true;
            }
        }
        return found;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void add(Set<?> set, Enum<?> member) {
        ((Set) set).add(member);
    }

    /** Keeps the problem of a row its record refuses: a required value missing, a period that ends before it starts. */
    private void invalid(RecordSheet<?> spec, Sheet sheet, Header header, Row row, IllegalArgumentException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
        String rowNumber = Integer.toString(row.getRowNum());
        Matcher m = MISSING_FIELD.matcher(message);
        if (m.find()) {
            String field = m.group(1);
            Optional<Map.Entry<Slot, Integer>> column = header.columns().entrySet().stream()
                    .filter(en -> en.getKey().column().field().equals(field)).findFirst();
            if (column.isPresent()) {
                int c = column.get().getValue();
                problem(sheet.getName(), org.dhatim.fastexcel.reader.CellAddress.convertNumToColString(c) + rowNumber,
                        header.labels()[c], Message.of("row.missing"));
                return;
            }
            Column col = spec.columns().stream().filter(x -> x.field().equals(field)).findFirst().orElseThrow();
            String label = col.header(english(sheet));
            problem(sheet.getName(), rowNumber, label, Message.of("row.missingColumn", label));
            return;
        }
        Matcher period = END_BEFORE_START.matcher(message);
        problem(sheet.getName(), rowNumber, "", period.find()
                ? Message.of("period.endBeforeStart", period.group(1), period.group(2)) : Message.literal(message));
    }

    /** Refuses a text cell whose text the file does not hold: a shared string that is not there. */
    private static void textInTheFile(Cell cell, String label) {
        if (cell.getType() == CellType.STRING && cell.getValue() == null) {
            throw new CellProblem(cell.getAddress().toString(), label, Message.of("cell.textNotInFile"));
        }
    }

    /** The value of {@code cell} in a column of {@code slot}'s kind; a {@link CellProblem} if it holds none. */
    private Object value(Cell cell, Slot slot, String label, boolean english) {
        String at = cell.getAddress().toString();
        CellType type = cell.getType();
        if (type == CellType.FORMULA) {
            throw new CellProblem(at, label, Message.of("cell.formula", quote("=" + cell.getFormula())));
        }
        if (type == CellType.ERROR) {
            throw new CellProblem(at, label, Message.of("cell.error", cell.getRawValue()));
        }
        Object value = cell.getValue();
        switch (slot.kind()) {
            case TEXT -> {
                if (type == CellType.STRING) {
                    String s = (String) value;
                    if (s.length() > MAX_TEXT) {
                        throw new CellProblem(at, label, Message.of("cell.textTooLong", MAX_TEXT));
                    }
                    if (slot.column().isId() && !s.isBlank() && !s.equals(s.strip())) {
                        throw new CellProblem(at, label, Message.of(spaces(s), quote(s)));
                    }
                    return s;
                }
                throw new CellProblem(at, label, Message.of(type == CellType.NUMBER ? "cell.expectedTextNumber"
                        : "cell.expectedText", found(cell)));
            }
            case WHOLE_NUMBER -> {
                if (type == CellType.NUMBER) {
                    BigDecimal n = (BigDecimal) value;
                    if (n.signum() == 0 || n.stripTrailingZeros().scale() <= 0) {
                        try {
                            return n.intValueExact();
                        } catch (ArithmeticException e) {
                            throw new CellProblem(at, label, Message.of("cell.outOfRange", shown(n),
                                    Integer.MIN_VALUE, Integer.MAX_VALUE));
                        }
                    }
                }
                throw new CellProblem(at, label, Message.of("cell.expectedWhole", found(cell)));
            }
            case YES_NO -> {
                List<String> words = english ? Choices.YES_NO_EN : Choices.YES_NO_ZH;
                if (type == CellType.BOOLEAN) {
                    return value;
                }
                if (type == CellType.STRING) {
                    return Choices.yesNo((String) value).orElseThrow(() -> new CellProblem(at, label,
                            Message.of("cell.unknownValue", quote((String) value), Message.items(words))));
                }
                throw new CellProblem(at, label, Message.of("cell.expectedYesNo", words.get(0), words.get(1), found(cell)));
            }
            case DATE -> {
                if (type == CellType.NUMBER) {
                    return day((BigDecimal) value, at, label);
                }
                if (type == CellType.STRING) {
                    String s = ((String) value).strip();
                    try {
                        return LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE);
                    } catch (DateTimeParseException e) {
                        throw new CellProblem(at, label, Message.of("cell.badDateText", quote(s)));
                    }
                }
                throw new CellProblem(at, label, Message.of("cell.expectedDate", found(cell)));
            }
            case CHOICE -> {
                List<String> expected = Choices.labels(slot.type(), english);
                if (type == CellType.STRING) {
                    return Choices.parse(slot.type(), (String) value).orElseThrow(() -> new CellProblem(at, label,
                            Message.of("cell.unknownValue", quote((String) value), Message.items(expected))));
                }
                throw new CellProblem(at, label, Message.of("cell.expectedChoice", Message.items(expected), found(cell)));
            }
            default -> throw new IllegalStateException("a set is read a value at a time");
        }
    }

    /** The key of the problem of an id with spaces at its edges: before it, after it, or both. */
    private static String spaces(String id) {
        boolean leading = !id.equals(id.stripLeading());
        boolean trailing = !id.equals(id.stripTrailing());
        return leading && trailing ? "cell.idSpaces" : leading ? "cell.idLeadingSpace" : "cell.idTrailingSpace";
    }

    /**
     * The day of an Excel date serial number, in the workbook's date system. A time of day is refused,
     * naming the day and time as a clerk sees them ({@code 2018-03-05 09:30}).
     */
    private LocalDate day(BigDecimal serial, String at, String label) {
        // 1900 system: 1 is 1900-01-01; Excel counts a 29 February 1900 that never was (60).
        // Compared before anything is computed of a number that may be 1E-999999999.
        if (serial.compareTo(BigDecimal.ONE) < 0 || serial.compareTo(LAST_SERIAL) >= 0) {
            throw new CellProblem(at, label, Message.of("cell.invalidSerial", shown(serial)));
        }
        BigDecimal whole = serial.setScale(0, java.math.RoundingMode.FLOOR);
        long n = whole.longValueExact();
        if (!date1904 && n == 60) {
            throw new CellProblem(at, label, Message.of("cell.invalidSerial", shown(serial)));
        }
        LocalDate day = date1904 ? LocalDate.of(1904, 1, 1).plusDays(n) : LocalDate.of(1899, 12, n < 60 ? 31 : 30).plusDays(n);
        if (serial.compareTo(whole) != 0) {
            long seconds = serial.subtract(whole).multiply(BigDecimal.valueOf(86_400))
                    .setScale(0, java.math.RoundingMode.HALF_UP).longValue();
            LocalDateTime time = day.atStartOfDay().plusSeconds(seconds);
            String shown = (seconds % 60 == 0 ? MINUTES : SECONDS).format(time);
            throw new CellProblem(at, label, Message.of("cell.timeOfDay", shown));
        }
        return day;
    }

    /** What a cell holds, for messages: {@code a number (12)}, {@code text "12"}, {@code TRUE}. */
    private static Message found(Cell cell) {
        Object v = cell.getValue();
        return switch (cell.getType()) {
            case NUMBER -> Message.of("found.number", shown((BigDecimal) v));
            case STRING -> Message.of("found.text", quote((String) v));
            case BOOLEAN -> Message.of(Boolean.TRUE.equals(v) ? "found.true" : "found.false");
            case FORMULA -> Message.of("found.formula", quote("=" + cell.getFormula()));
            case ERROR -> Message.of("found.error", cell.getRawValue());
            case EMPTY -> Message.of("found.nothing");
        };
    }

    /**
     * A number for messages: written out when short ({@code 12}, {@code 0.5}), else as the file may hold
     * it ({@code 1E+999999999}, which written out is a gigabyte of zeros), shortened when still long.
     */
    private static String shown(BigDecimal n) {
        long plainLength = (long) n.precision() + Math.abs((long) n.scale());
        String s = plainLength <= QUOTED_MAX ? n.toPlainString() : n.toString();
        return s.length() > QUOTED_MAX ? s.substring(0, QUOTED_MAX) + "…" : s;
    }

    /** {@code s} in double quotes, shortened when long. */
    static String quote(String s) {
        String shown = s.length() > QUOTED_MAX ? s.substring(0, QUOTED_MAX) + "…" : s;
        return "\"" + shown.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The first line of a throwable's message, or its class's name. */
    static String describe(Throwable e) {
        Throwable t = e;
        while ((t.getMessage() == null || t.getMessage().isBlank()) && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : firstLine(message);
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
