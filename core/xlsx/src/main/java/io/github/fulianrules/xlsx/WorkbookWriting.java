package io.github.fulianrules.xlsx;

import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.xlsx.RecordSheet.Kind;
import io.github.fulianrules.xlsx.RecordSheet.Slot;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.Range;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a district workbook laid out by {@link Sheets}: the 说明 sheet, the period, one sheet per
 * kind of record with a frozen header row, drop-down lists for every enumerated and yes/no column,
 * columns formatted as text, whole numbers or dates; and a hidden sheet with the lists. Without a
 * district it writes the empty template. Values are written as typed cells (text as text, numbers
 * as numbers, days as date cells), never as formulas.
 */
final class WorkbookWriting {
    /** The application name written into the workbook's properties. */
    static final String APPLICATION = "fulian-rules";
    /** Rows below the header that the drop-down lists and column formats cover. */
    static final int FORMATTED_ROWS = WorkbookReading.MAX_ROWS - 1;

    static final String HEADER_FILL = "DDEBF7";
    private static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final String TEXT_FORMAT = "@";
    private static final String WHOLE_FORMAT = "0";

    private final boolean english;
    private final Workbook workbook;
    private final Map<Class<?>, Range> lists = new LinkedHashMap<>();

    private WorkbookWriting(boolean english, OutputStream out) {
        this.english = english;
        this.workbook = new Workbook(out, APPLICATION, "1.0");
    }

    /** Writes {@code district} (the template when {@code null}) named {@code name} to {@code out}, which is not closed. */
    static void write(DistrictData district, String name, boolean english, OutputStream out) throws IOException {
        new WorkbookWriting(english, out).write(district, name);
    }

    private void write(DistrictData district, String name) throws IOException {
        Worksheet notes = workbook.newWorksheet(english ? Sheets.NOTES_EN : Sheets.NOTES_ZH);
        Worksheet period = workbook.newWorksheet(Sheets.PERIOD.name(english));
        List<Worksheet> records = new ArrayList<>();
        for (RecordSheet<?> spec : Sheets.RECORDS) {
            records.add(workbook.newWorksheet(spec.name(english)));
        }
        Worksheet choices = workbook.newWorksheet(english ? Sheets.CHOICES_EN : Sheets.CHOICES_ZH);
        choices(choices);

        notes(notes);
        List<Sheets.PeriodRow> periodRows = district == null ? List.of()
                : List.of(new Sheets.PeriodRow(name, district.period().start(), district.period().end()));
        sheet(period, Sheets.PERIOD, periodRows);
        for (int i = 0; i < Sheets.RECORDS.size(); i++) {
            RecordSheet<?> spec = Sheets.RECORDS.get(i);
            records(records.get(i), spec, district);
        }
        workbook.finish();
    }

    /** The 说明 sheet: how to fill the workbook, then every column with what it takes, its clause and a note. */
    private void notes(Worksheet ws) throws IOException {
        ws.value(0, 0, english ? "District Women's Federation reform ledger: the input of fulian-rules"
                : "区妇联改革落实情况台账（fulian-rules 输入）");
        ws.style(0, 0).bold().fontSize(14).set();
        List<String> how = english ? List.of(
                "One sheet per kind of record, one record per row; row 1 is the header: keep it as it is.",
                "Ids are unique in the district; other sheets refer to a record by its id (a position's person, an activity's subject).",
                "Choose from the drop-down list where there is one; enter days as dates (2025-03-01); an empty yes/no cell means not recorded (the check it decides is left to a data finding) and no means no, except outstanding representative and demonstration, where empty means no; the seven haves and the services: fill every column of a row, or none.",
                "No formulas in the cells, no other sheets; this sheet and the hidden choices sheet are not read.",
                "Then check it: fulian-rules check FILE.xlsx (--format xlsx --out report.xlsx for a report workbook).")
                : List.of(
                "每个工作表一类记录，每行一条；第 1 行为表头，请勿改动。",
                "编号在全区唯一；其他表用编号引用记录（如职务的人员编号、活动的对象编号）。",
                "有下拉列表的列请从列表中选择；日期列填日期（如 2025-03-01）；是/否列留空视为“未登记”（相关检查改为数据问题），填“否”才是“否”（“优秀代表”“示范”两列留空仍视为“否”）；“七有”和服务各列：一行要么全部填写，要么全部留空。",
                "单元格中不要使用公式，不要添加其他工作表；本表和隐藏的“选项”表不会被读取。",
                "填好后检查：fulian-rules check 台账.xlsx（加 --format xlsx --out 报告.xlsx 得到报告工作簿）。");
        for (int i = 0; i < how.size(); i++) {
            ws.value(i + 1, 0, (i + 1) + ". " + how.get(i));
        }
        int r = how.size() + 2;
        List<String> head = english ? List.of("sheet", "column", "required", "what to enter", "clause", "note")
                : List.of("工作表", "列", "必填", "填写内容", "条款", "说明");
        for (int c = 0; c < head.size(); c++) {
            ws.value(r, c, head.get(c));
            ws.style(r, c).bold().fillColor(HEADER_FILL).set();
        }
        for (RecordSheet<?> spec : Sheets.all()) {
            for (int i = 0; i < spec.columns().size(); i++) {
                Column column = spec.columns().get(i);
                Slot first = spec.slots().stream().filter(s -> s.column() == column).findFirst().orElseThrow();
                r++;
                ws.value(r, 0, spec.name(english));
                ws.value(r, 1, first.member() == null ? column.header(english)
                        : column.header(english) + (english ? ": …" : "：…"));
                ws.value(r, 2, spec.required(i) ? (english ? "yes" : "是") : "");
                ws.value(r, 3, what(first, english));
                ws.value(r, 4, column.clause());
                ws.value(r, 5, column.note(english));
            }
        }
        double[] widths = {14, 22, 6, 48, 8, 60};
        for (int c = 0; c < widths.length; c++) {
            ws.width(c, widths[c]);
        }
        ws.finish();
    }

    /** What a column takes, for the 说明 sheet: text, a whole number, a date, or its list of values. */
    private static String what(Slot slot, boolean english) {
        String sep = english ? ", " : "、";
        return switch (slot.kind()) {
            case TEXT -> english ? "text" : "文字";
            case WHOLE_NUMBER -> english ? "a whole number" : "整数";
            case DATE -> english ? "a date" : "日期";
            case YES_NO -> slot.member() == null
                    ? String.join(english ? " or " : "或", english ? Choices.YES_NO_EN : Choices.YES_NO_ZH)
                    : (english ? "one yes/no column each: " : "每项一列，填是或否：")
                            + String.join(sep, Choices.labels(slot.type(), english));
            case CHOICE, CHOICES -> String.join(sep, Choices.labels(slot.type(), english));
        };
    }

    /** The hidden sheet of drop-down lists: yes/no, then one column per enum, labels from row 2. */
    private void choices(Worksheet ws) throws IOException {
        List<Class<?>> types = new ArrayList<>();
        types.add(Boolean.class);
        for (RecordSheet<?> spec : Sheets.all()) {
            for (Slot s : spec.slots()) {
                if (s.kind() == Kind.CHOICE && !types.contains(s.type())) {
                    types.add(s.type());
                }
            }
        }
        for (int c = 0; c < types.size(); c++) {
            Class<?> type = types.get(c);
            List<String> labels = type == Boolean.class ? (english ? Choices.YES_NO_EN : Choices.YES_NO_ZH)
                    : Choices.labels(type, english);
            ws.value(0, c, type.getSimpleName());
            for (int r = 0; r < labels.size(); r++) {
                ws.value(r + 1, c, labels.get(r));
            }
            lists.put(type, ws.range(1, c, labels.size(), c));
        }
        ws.setVisibilityState(VisibilityState.HIDDEN);
        ws.finish();
    }

    private <R extends Record> void records(Worksheet ws, RecordSheet<R> spec, DistrictData district) throws IOException {
        sheet(ws, spec, district == null ? List.of() : spec.records(district));
    }

    private <R extends Record> void sheet(Worksheet ws, RecordSheet<R> spec, List<? extends R> rows) throws IOException {
        List<Slot> slots = spec.slots();
        ws.freezePane(0, 1);
        for (int c = 0; c < slots.size(); c++) {
            Slot slot = slots.get(c);
            ws.value(0, c, slot.header(english));
            ws.style(0, c).bold().fillColor(HEADER_FILL).wrapText(true).verticalAlignment("center").set();
            ws.width(c, width(slot));
            String format = format(slot.kind());
            if (format != null) {
                ws.style(c).format(format).set();
            }
            if (slot.listed()) {
                Range list = lists.get(slot.kind() == Kind.YES_NO ? Boolean.class : slot.type());
                ws.range(1, c, FORMATTED_ROWS, c).validateWithList(list)
                        .allowBlank(true)
                        .showErrorMessage(true)
                        .errorStyle(DataValidationErrorStyle.WARNING)
                        .errorTitle(english ? "Not in the list" : "不在列表中")
                        .error(english ? "Choose a value from the drop-down list." : "请从下拉列表中选择。");
            }
        }
        ws.rowHeight(0, 30);
        int r = 1;
        for (R record : rows) {
            for (int c = 0; c < slots.size(); c++) {
                cell(ws, r, c, slots.get(c), spec.value(record, slots.get(c)));
            }
            r++;
        }
        ws.finish();
    }

    private void cell(Worksheet ws, int r, int c, Slot slot, Object value) {
        if (value == null) {
            return;
        }
        switch (slot.kind()) {
            case TEXT -> {
                ws.value(r, c, (String) value);
                ws.style(r, c).format(TEXT_FORMAT).set();
            }
            case WHOLE_NUMBER -> ws.value(r, c, (Integer) value);
            case YES_NO -> ws.value(r, c, (english ? Choices.YES_NO_EN : Choices.YES_NO_ZH).get((Boolean) value ? 0 : 1));
            case DATE -> {
                ws.value(r, c, (LocalDate) value);
                ws.style(r, c).format(DATE_FORMAT).set();
            }
            case CHOICE -> ws.value(r, c, Choices.label((Enum<?>) value, english));
            case CHOICES -> throw new IllegalStateException("a set is written a value at a time");
        }
    }

    private static String format(Kind kind) {
        return switch (kind) {
            case TEXT -> TEXT_FORMAT;
            case WHOLE_NUMBER -> WHOLE_FORMAT;
            case DATE -> DATE_FORMAT;
            default -> null;
        };
    }

    private double width(Slot slot) {
        int header = slot.header(english).codePoints().map(c -> c > 0x2E7F ? 2 : 1).sum();
        int content = switch (slot.kind()) {
            case DATE -> 12;
            case CHOICE -> Choices.labels(slot.type(), english).stream()
                    .mapToInt(l -> l.codePoints().map(c -> c > 0x2E7F ? 2 : 1).sum()).max().orElse(8);
            case TEXT -> 16;
            default -> 8;
        };
        return Math.min(40, Math.max(header, content) + 2);
    }
}
