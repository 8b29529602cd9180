package io.github.fulianrules.xlsx;

import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.xlsx.RecordSheet.Kind;
import io.github.fulianrules.xlsx.RecordSheet.Slot;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * One strict reading of a district workbook laid out by {@link Sheets}: the first problem stops it
 * with a {@link WorkbookException} naming the file, sheet, cell and column. Rows are streamed, a
 * sheet at a time, and capped at {@link #MAX_ROWS}, so memory stays bounded whatever the file holds.
 */
final class WorkbookReading {
    /** The most rows a sheet may have, header and empty rows included; a full-size district has about 6,000 people. */
    static final int MAX_ROWS = 100_000;
    /** The longest text in a cell, Excel's own limit. */
    static final int MAX_TEXT = 32_767;

    private static final Pattern MISSING_FIELD = Pattern.compile("missing required field '([^']*)'");
    private static final int QUOTED_MAX = 60;

    private final String source;
    private boolean date1904;

    WorkbookReading(String source) {
        this.source = source;
    }

    /** A record read, with the row it came from. */
    private record Read<R>(R record, int row) {
    }

    /** A sheet's header row: which slot each column holds, and its header as the file writes it. */
    private record Header(Slot[] slots, String[] labels, boolean[] english, Map<Slot, Integer> columns) {
    }

    DistrictWorkbook.Contents read(WorkbookSource input) {
        WorkbookGuard.check(input, source);
        try (ReadableWorkbook workbook = input.open()) {
            date1904 = workbook.isDate1904();
            Map<RecordSheet<?>, Sheet> found = sheets(workbook);
            Sheet periodSheet = found.get(Sheets.PERIOD);
            if (periodSheet == null) {
                throw new WorkbookException(source, "", "", "", "no sheet " + Sheets.PERIOD.zh() + " ("
                        + Sheets.PERIOD.key() + "): the workbook needs the assessment period");
            }
            List<Read<Sheets.PeriodRow>> periods = rows(Sheets.PERIOD, periodSheet);
            if (periods.isEmpty()) {
                throw new WorkbookException(source, periodSheet.getName(), "", "", "no period: fill row 2 with "
                        + Sheets.PERIOD.headerList(english(periodSheet)));
            }
            if (periods.size() > 1) {
                throw new WorkbookException(source, periodSheet.getName(), Integer.toString(periods.get(1).row()), "",
                        "a second period: the sheet holds one period, in row 2");
            }
            Sheets.PeriodRow period = periods.get(0).record();
            DistrictData.Builder district = DistrictData.builder(period.period());
            for (RecordSheet<?> spec : Sheets.RECORDS) {
                Sheet sheet = found.get(spec);
                if (sheet != null) {
                    add(spec, sheet, district);
                }
            }
            return new DistrictWorkbook.Contents(period.name(), district.build());
        } catch (WorkbookException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new WorkbookException(source, "", "", "", "not a readable Excel workbook (.xlsx): " + describe(e), e);
        }
    }

    private <R extends Record> void add(RecordSheet<R> spec, Sheet sheet, DistrictData.Builder district) {
        for (Read<R> r : rows(spec, sheet)) {
            district.add(r.record());
            district.location(spec.id(r.record()), source + "!" + sheet.getName() + "!" + r.row());
        }
    }

    /** The sheets of the workbook by what they hold; refuses an unknown sheet or a kind given twice. */
    private Map<RecordSheet<?>, Sheet> sheets(ReadableWorkbook workbook) {
        Map<RecordSheet<?>, Sheet> found = new LinkedHashMap<>();
        for (Sheet sheet : workbook.getSheets().toList()) {
            String name = sheet.getName();
            if (name == null) {
                throw new WorkbookException(source, "", "", "", "sheet " + (sheet.getIndex() + 1)
                        + " has no name (xl/workbook.xml): the file is damaged; save it again from the spreadsheet program");
            }
            if (List.of(Sheets.NOTES_ZH, Sheets.NOTES_EN, Sheets.CHOICES_ZH, Sheets.CHOICES_EN).stream()
                    .anyMatch(n -> n.equalsIgnoreCase(name.strip()))) {
                continue;
            }
            RecordSheet<?> spec = Sheets.all().stream()
                    .filter(s -> s.zh().equals(name.strip()) || s.key().equalsIgnoreCase(name.strip()))
                    .findFirst()
                    .orElseThrow(() -> new WorkbookException(source, name, "", "", "unknown sheet (expected "
                            + Sheets.all().stream().map(s -> s.zh() + " (" + s.key() + ")").collect(Collectors.joining(", "))
                            + ", and " + Sheets.NOTES_ZH + " or " + Sheets.CHOICES_ZH + ", which are not read)"));
            Sheet before = found.put(spec, sheet);
            if (before != null) {
                throw new WorkbookException(source, name, "", "", "a second sheet of " + spec.key()
                        + " (the first is " + before.getName() + ")");
            }
        }
        return found;
    }

    private static boolean english(Sheet sheet) {
        return !sheet.getName().codePoints().anyMatch(c -> c > 0x2E7F);
    }

    /** The records of {@code sheet}, each with its row, blank rows left out. */
    private <R extends Record> List<Read<R>> rows(RecordSheet<R> spec, Sheet sheet) {
        List<Read<R>> records = new ArrayList<>();
        try (Stream<Row> rows = sheet.openStream()) {
            Iterator<Row> it = rows.iterator();
            Header header = null;
            int count = 0;
            while (it.hasNext()) {
                Row row = it.next();
                if (++count > MAX_ROWS) {
                    throw new WorkbookException(source, sheet.getName(), "", "", "more than " + MAX_ROWS
                            + " rows (a district has a few thousand records of a kind at most)");
                }
                if (header == null) {
                    header = header(spec, sheet, row);
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
            throw new WorkbookException(source, sheet.getName(), "", "", "cannot be read: " + describe(e), e);
        }
        return records;
    }

    private Header header(RecordSheet<?> spec, Sheet sheet, Row row) {
        boolean englishSheet = english(sheet);
        if (row.getRowNum() != 1) {
            throw new WorkbookException(source, sheet.getName(), "1", "", "the header row is empty (expected "
                    + spec.headerList(englishSheet) + ")");
        }
        Map<String, Slot> known = spec.headers();
        int width = row.getCellCount();
        Slot[] slots = new Slot[width];
        String[] labels = new String[width];
        boolean[] english = new boolean[width];
        Map<Slot, Integer> columns = new LinkedHashMap<>();
        for (Cell cell : row) {
            if (cell == null || cell.getType() == CellType.EMPTY) {
                continue;
            }
            String at = cell.getAddress().toString();
            if (cell.getType() != CellType.STRING) {
                throw new WorkbookException(source, sheet.getName(), at, "", "a header must be text, found "
                        + found(cell));
            }
            textInTheFile(sheet, cell, "");
            String text = (String) cell.getValue();
            if (text.isBlank()) {
                continue;
            }
            Slot slot = known.get(RecordSheet.normalise(text));
            if (slot == null) {
                throw new WorkbookException(source, sheet.getName(), at, "", "unknown column " + quote(text)
                        + " (expected " + spec.headerList(englishSheet) + ")");
            }
            Integer before = columns.put(slot, cell.getColumnIndex());
            if (before != null) {
                throw new WorkbookException(source, sheet.getName(), at, text.strip(), "a second column of "
                        + slot.fieldName() + " (the first is " + labels[before] + " in column "
                        + org.dhatim.fastexcel.reader.CellAddress.convertNumToColString(before) + ")");
            }
            int c = cell.getColumnIndex();
            slots[c] = slot;
            labels[c] = text.strip();
            english[c] = !RecordSheet.normalise(slot.header(false)).equals(RecordSheet.normalise(text));
        }
        return new Header(slots, labels, english, columns);
    }

    /** The record of {@code row}, or {@code null} for a row with nothing in it. */
    private <R extends Record> R record(RecordSheet<R> spec, Sheet sheet, Header header, Row row) {
        Object[] values = spec.emptyRow();
        Map<Integer, Integer> filledMembers = new java.util.HashMap<>();
        boolean any = false;
        for (Cell cell : row) {
            if (cell == null || cell.getType() == CellType.EMPTY) {
                continue;
            }
            int c = cell.getColumnIndex();
            Slot slot = c < header.slots().length ? header.slots()[c] : null;
            textInTheFile(sheet, cell, slot == null ? "" : header.labels()[c]);
            boolean blank = cell.getType() == CellType.STRING && ((String) cell.getValue()).isBlank();
            if (slot == null) {
                if (blank) {
                    continue;
                }
                throw new WorkbookException(source, sheet.getName(), cell.getAddress().toString(), "",
                        "a value in a column without a header: " + found(cell));
            }
            if (blank && slot.kind() != Kind.TEXT) {
                continue;
            }
            any |= !blank;
            Object value = value(sheet, cell, slot, header.labels()[c], header.english()[c]);
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
        }
        if (!any) {
            return null;
        }
        partlyFilledSet(sheet, header, row, filledMembers);
        try {
            return spec.build(values);
        } catch (IllegalArgumentException e) {
            throw invalid(spec, sheet, header, row, e);
        }
    }

    /**
     * Refuses a row that fills some cells of a set (the seven haves, the services) and leaves others
     * empty: an empty cell is "not recorded" and a filled one "yes" or "no", and a set cannot be both
     * recorded and not (Revision 3). All of them empty is a set not recorded.
     */
    private void partlyFilledSet(Sheet sheet, Header header, Row row, Map<Integer, Integer> filledMembers) {
        for (Map.Entry<Integer, Integer> e : filledMembers.entrySet()) {
            List<Map.Entry<Slot, Integer>> columns = header.columns().entrySet().stream()
                    .filter(c -> c.getKey().member() != null && c.getKey().index() == e.getKey()).toList();
            if (e.getValue() < columns.size()) {
                Slot first = columns.get(0).getKey();
                boolean english = header.english()[columns.get(0).getValue()];
                throw new WorkbookException(source, sheet.getName(), Integer.toString(row.getRowNum()),
                        first.column().header(english), english
                        ? "some " + first.column().header(true) + " cells are filled and others empty: fill each with yes or no, "
                                + "or leave them all empty (not recorded)"
                        : first.column().header(false) + "各列有的填写、有的留空：每列填“是”或“否”，或全部留空（视为未登记）");
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void add(Set<?> set, Enum<?> member) {
        ((Set) set).add(member);
    }

    private WorkbookException invalid(RecordSheet<?> spec, Sheet sheet, Header header, Row row, IllegalArgumentException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
        Matcher m = MISSING_FIELD.matcher(message);
        if (m.find()) {
            String field = m.group(1);
            Optional<Map.Entry<Slot, Integer>> column = header.columns().entrySet().stream()
                    .filter(en -> en.getKey().column().field().equals(field)).findFirst();
            if (column.isPresent()) {
                int c = column.get().getValue();
                return new WorkbookException(source, sheet.getName(),
                        org.dhatim.fastexcel.reader.CellAddress.convertNumToColString(c) + row.getRowNum(),
                        header.labels()[c], "missing required value", e);
            }
            Column col = spec.columns().stream().filter(x -> x.field().equals(field)).findFirst().orElseThrow();
            String label = col.header(english(sheet));
            return new WorkbookException(source, sheet.getName(), Integer.toString(row.getRowNum()), label,
                    "missing required value (the sheet has no column " + label + ")", e);
        }
        return new WorkbookException(source, sheet.getName(), Integer.toString(row.getRowNum()), "", message, e);
    }

    /** Refuses a text cell whose text the file does not hold: a shared string that is not there. */
    private void textInTheFile(Sheet sheet, Cell cell, String label) {
        if (cell.getType() == CellType.STRING && cell.getValue() == null) {
            throw new WorkbookException(source, sheet.getName(), cell.getAddress().toString(), label,
                    "a text cell whose text is not in the file (xl/sharedStrings.xml): the file is damaged; "
                    + "save it again from the spreadsheet program");
        }
    }

    /** The value of {@code cell} in a column of {@code slot}'s kind. */
    private Object value(Sheet sheet, Cell cell, Slot slot, String label, boolean english) {
        String at = cell.getAddress().toString();
        CellType type = cell.getType();
        if (type == CellType.FORMULA) {
            throw new WorkbookException(source, sheet.getName(), at, label, "a formula is not accepted in an input cell ("
                    + quote("=" + cell.getFormula()) + "): type the value itself");
        }
        if (type == CellType.ERROR) {
            throw new WorkbookException(source, sheet.getName(), at, label, "an error value (" + cell.getRawValue()
                    + "): type the value itself");
        }
        Object value = cell.getValue();
        switch (slot.kind()) {
            case TEXT -> {
                if (type == CellType.STRING) {
                    String s = (String) value;
                    if (s.length() > MAX_TEXT) {
                        throw bad(sheet, at, label, "a text longer than " + MAX_TEXT + " characters");
                    }
                    return s;
                }
                throw bad(sheet, at, label, "expected text, found " + found(cell)
                        + (type == CellType.NUMBER ? "; format the column as text and type it again" : ""));
            }
            case WHOLE_NUMBER -> {
                if (type == CellType.NUMBER) {
                    BigDecimal n = (BigDecimal) value;
                    if (n.signum() == 0 || n.stripTrailingZeros().scale() <= 0) {
                        try {
                            return n.intValueExact();
                        } catch (ArithmeticException e) {
                            throw bad(sheet, at, label, "number out of range: " + shown(n)
                                    + " (expected a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ")");
                        }
                    }
                }
                throw bad(sheet, at, label, "expected a whole number, found " + found(cell));
            }
            case YES_NO -> {
                List<String> words = english ? Choices.YES_NO_EN : Choices.YES_NO_ZH;
                if (type == CellType.BOOLEAN) {
                    return value;
                }
                if (type == CellType.STRING) {
                    return Choices.yesNo((String) value).orElseThrow(() -> bad(sheet, at, label,
                            "unknown value " + quote((String) value) + " (expected " + String.join(", ", words) + ")"));
                }
                throw bad(sheet, at, label, "expected " + String.join(" or ", words) + ", found " + found(cell));
            }
            case DATE -> {
                if (type == CellType.NUMBER) {
                    return day((BigDecimal) value, sheet, at, label);
                }
                if (type == CellType.STRING) {
                    String s = ((String) value).strip();
                    try {
                        return LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE);
                    } catch (DateTimeParseException e) {
                        throw bad(sheet, at, label, "not a valid date " + quote(s)
                                + " (expected a real day: a date cell, or text YYYY-MM-DD)");
                    }
                }
                throw bad(sheet, at, label, "expected a date, found " + found(cell));
            }
            case CHOICE -> {
                List<String> expected = Choices.labels(slot.type(), english);
                if (type == CellType.STRING) {
                    return Choices.parse(slot.type(), (String) value).orElseThrow(() -> bad(sheet, at, label,
                            "unknown value " + quote((String) value) + " (expected " + String.join(", ", expected) + ")"));
                }
                throw bad(sheet, at, label, "expected one of " + String.join(", ", expected) + ", found " + found(cell));
            }
            default -> throw new IllegalStateException("a set is read a value at a time");
        }
    }

    private WorkbookException bad(Sheet sheet, String at, String label, String problem) {
        return new WorkbookException(source, sheet.getName(), at, label, problem);
    }

    /** The day of an Excel date serial number, in the workbook's date system; a time of day is refused. */
    private LocalDate day(BigDecimal serial, Sheet sheet, String at, String label) {
        if (serial.signum() != 0 && serial.stripTrailingZeros().scale() > 0) {
            throw new WorkbookException(source, sheet.getName(), at, label, "a date with a time of day ("
                    + shown(serial) + "): enter the day only");
        }
        long n;
        try {
            n = serial.longValueExact();
        } catch (ArithmeticException e) {
            n = -1;
        }
        // 1900 system: 1 is 1900-01-01; Excel counts a 29 February 1900 that never was (60).
        if (n < 1 || n > 2_958_465 || (!date1904 && n == 60)) {
            throw new WorkbookException(source, sheet.getName(), at, label, "not a valid date (serial number "
                    + shown(serial) + ")");
        }
        try {
            if (date1904) {
                return LocalDate.of(1904, 1, 1).plusDays(n);
            }
            return LocalDate.of(1899, 12, n < 60 ? 31 : 30).plusDays(n);
        } catch (DateTimeException e) {
            throw new WorkbookException(source, sheet.getName(), at, label, "not a valid date (serial number "
                    + shown(serial) + ")", e);
        }
    }

    /** What a cell holds, for messages: {@code a number (12)}, {@code text "12"}, {@code TRUE}. */
    private static String found(Cell cell) {
        Object v = cell.getValue();
        return switch (cell.getType()) {
            case NUMBER -> "a number (" + shown((BigDecimal) v) + ")";
            case STRING -> "text " + quote((String) v);
            case BOOLEAN -> Boolean.TRUE.equals(v) ? "TRUE" : "FALSE";
            case FORMULA -> "a formula (" + quote("=" + cell.getFormula()) + ")";
            case ERROR -> "an error value (" + cell.getRawValue() + ")";
            case EMPTY -> "nothing";
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
