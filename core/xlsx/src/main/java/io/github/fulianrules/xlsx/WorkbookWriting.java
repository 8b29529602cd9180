package io.github.fulianrules.xlsx;

import io.github.fulianrules.catalogue.Catalogue;
import io.github.fulianrules.catalogue.Requirement;
import io.github.fulianrules.model.Activity;
import io.github.fulianrules.model.ActivityCentre;
import io.github.fulianrules.model.ActivityType;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Waiver;
import io.github.fulianrules.model.WomensHome;
import io.github.fulianrules.report.ModelLabels;
import io.github.fulianrules.report.Strength;
import io.github.fulianrules.rulesupport.ActivitySubjects;
import io.github.fulianrules.xlsx.RecordSheet.Kind;
import io.github.fulianrules.xlsx.RecordSheet.Slot;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
    /** The title of the 说明 sheet's table of activity types. */
    static final String ACTIVITY_TYPES_ZH = "活动类型";
    static final String ACTIVITY_TYPES_EN = "activity types";
    /** The title of the 说明 sheet's table of the requirements that accept waivers. */
    static final String WAIVABLE_ZH = "可豁免的要求";
    static final String WAIVABLE_EN = "requirements that accept waivers";
    private static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final String TEXT_FORMAT = "@";
    private static final String WHOLE_FORMAT = "0";

    private final boolean english;
    private final Catalogue catalogue;
    private final Workbook workbook;
    private final Map<Class<?>, Range> lists = new LinkedHashMap<>();

    private WorkbookWriting(boolean english, Catalogue catalogue, OutputStream out) {
        this.english = english;
        this.catalogue = catalogue;
        this.workbook = new Workbook(out, APPLICATION, "1.0");
    }

    /**
     * Writes {@code district} (the template when {@code null}) named {@code name} to {@code out}, which
     * is not closed; the 说明 sheet lists the requirements of {@code catalogue} that accept waivers
     * (none listed when it is {@code null}).
     */
    static void write(DistrictData district, String name, boolean english, Catalogue catalogue, OutputStream out)
            throws IOException {
        new WorkbookWriting(english, catalogue, out).write(district, name);
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

    /**
     * The 说明 sheet: how to fill the workbook, then every column with what it takes, its clause, a
     * note and what an empty cell means; then each activity type with the kind of subject it names
     * and whether it takes days, and the requirements that accept waivers. Everything said of the
     * rules comes from them: the model's records and activity types and the catalogue.
     */
    private void notes(Worksheet ws) throws IOException {
        ws.value(0, 0, english ? "District Women's Federation reform ledger: the input of fulian-rules"
                : "区妇联改革落实情况台账（fulian-rules 输入）");
        ws.style(0, 0).bold().fontSize(14).set();
        String sep = english ? ", " : "、";
        String emptyIsNo = String.join(sep, columnsWhereEmptyIs(RecordSheet.Empty.NO));
        List<String> how = english ? List.of(
                "One sheet per kind of record, one record per row; row 1 is the header: keep it as it is.",
                "Ids are unique in the district; other sheets refer to a record by its id (a position's person, an activity's subject). "
                        + "No space before or after an id.",
                "Choose from the drop-down list where there is one; enter days as dates (2025-03-01), without a time of day. "
                        + "What an empty cell means is in the column \"if empty\" below: a yes/no cell left empty is not recorded "
                        + "(the check it decides becomes a data issue) and no means no, except " + emptyIsNo
                        + ", where empty means no; the seven haves and the services: fill every column of a row, or none.",
                "No formulas in the cells, no other sheets; this sheet and the hidden choices sheet are not read.",
                "An activity's type decides the kind of subject it names and whether it takes days: see \"" + ACTIVITY_TYPES_EN
                        + "\" below. " + (catalogue == null ? "Waivers are accepted for in-principle requirements only."
                        : "Waivers are accepted for the requirements under \"" + WAIVABLE_EN + "\" below only."),
                "Then check it: fulian-rules check FILE.xlsx (--format xlsx --out report.xlsx for a report workbook).")
                : List.of(
                "每个工作表一类记录，每行一条；第 1 行为表头，请勿改动。",
                "编号在全区唯一；其他表用编号引用记录（如职务的人员编号、活动的对象编号）。编号前后不要有空格。",
                "有下拉列表的列请从列表中选择；日期列填日期（如 2025-03-01），不带时刻。单元格留空的含义见下表“留空表示”列："
                        + "是/否列留空视为“未登记”（相关检查改为数据问题），填“否”才是“否”（" + emptyIsNo
                        + "留空仍视为“否”）；“七有”和服务各列：一行要么全部填写，要么全部留空。",
                "单元格中不要使用公式，不要添加其他工作表；本表和隐藏的“选项”表不会被读取。",
                "活动的类型决定对象编号须指向哪类对象、是否填天数：见下方“" + ACTIVITY_TYPES_ZH + "”。"
                        + (catalogue == null ? "豁免仅限强度为“原则上”的要求。" : "豁免仅限下方“" + WAIVABLE_ZH + "”所列的要求。"),
                "填好后检查：fulian-rules check 台账.xlsx（加 --format xlsx --out 报告.xlsx 得到报告工作簿）。");
        for (int i = 0; i < how.size(); i++) {
            ws.value(i + 1, 0, (i + 1) + ". " + how.get(i));
        }
        int r = how.size() + 2;
        heading(ws, r, english ? List.of("sheet", "column", "required", "what to enter", "clause", "note", "if empty")
                : List.of("工作表", "列", "必填", "填写内容", "条款", "说明", "留空表示"));
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
                ws.value(r, 5, note(spec, column));
                ws.value(r, 6, empty(spec.empty(i)));
            }
        }
        r = activityTypes(ws, r + 2);
        if (catalogue != null) {
            waivable(ws, r + 2);
        }
        double[] widths = {14, 22, 6, 48, 8, 60, 24};
        for (int c = 0; c < widths.length; c++) {
            ws.width(c, widths[c]);
        }
        ws.finish();
    }

    /** A column's note; those of the activities' subject and days and of the waivers' requirement say what the rules take. */
    private String note(RecordSheet<?> spec, Column column) {
        if (spec.type() == Activity.class && column.field().equals("subjectId")) {
            return english ? "the id of the federation, person, Women's Home or centre that did it: the type decides which, see \""
                    + ACTIVITY_TYPES_EN + "\" below" : "开展活动的组织、人员、妇女之家或阵地的编号：哪一类由活动类型决定，见下方“"
                    + ACTIVITY_TYPES_ZH + "”";
        }
        if (spec.type() == Activity.class && column.field().equals("days")) {
            String types = String.join(english ? ", " : "、", Arrays.stream(ActivityType.values())
                    .filter(ActivityType::countsDays).map(t -> Choices.label(t, english)).toList());
            return english ? "for " + types + ": the days from the date on; empty for the other types"
                    : types + "填从日期起的天数；其他类型留空";
        }
        if (spec.type() == Waiver.class && column.field().equals("requirementId")) {
            if (catalogue == null) {
                return english ? "an in-principle requirement only; a waiver of another is not accepted (a data issue)"
                        : "仅限强度为“原则上”的要求；其他要求的豁免不被采纳（列为数据问题）";
            }
            String ids = String.join(english ? ", " : "、", waivable().stream().map(Requirement::id).toList());
            return english ? "only " + ids + " (see \"" + WAIVABLE_EN + "\" below); a waiver of another requirement is not accepted (a data issue)"
                    : "仅限 " + ids + "（见下方“" + WAIVABLE_ZH + "”）；其他要求的豁免不被采纳（列为数据问题）";
        }
        return column.note(english);
    }

    /** The requirements of the catalogue that accept waivers: the in-principle ones, in catalogue order. */
    private List<Requirement> waivable() {
        return catalogue.requirements().stream().filter(q -> q.strength() == Strength.IN_PRINCIPLE).toList();
    }

    /** What an empty cell means, in words. */
    private String empty(RecordSheet.Empty empty) {
        return switch (empty) {
            case REFUSED -> english ? "not accepted: the row is refused" : "不可留空：该行不被读取";
            case NO -> english ? "no" : "否";
            case NOT_RECORDED -> english ? "not recorded: the checks it decides become data issues" : "未登记：相关检查列为数据问题";
            case NONE -> english ? "none" : "无";
        };
    }

    /** The headers of the columns where an empty cell means {@code empty}, for the notes. */
    private List<String> columnsWhereEmptyIs(RecordSheet.Empty empty) {
        List<String> headers = new ArrayList<>();
        for (RecordSheet<?> spec : Sheets.all()) {
            for (int i = 0; i < spec.columns().size(); i++) {
                if (spec.empty(i) == empty) {
                    headers.add((english ? "" : "“") + spec.columns().get(i).header(english) + (english ? "" : "”"));
                }
            }
        }
        return headers;
    }

    /**
     * The table of activity types: each type's label, the kind of subject it names and the sheet that
     * holds such subjects, and whether it takes days; then what happens to an activity against a
     * subject of another kind. Returns the last row written.
     */
    private int activityTypes(Worksheet ws, int r) {
        ws.value(r, 0, english ? ACTIVITY_TYPES_EN : ACTIVITY_TYPES_ZH);
        ws.style(r, 0).bold().set();
        heading(ws, ++r, english ? List.of("type", "subject", "on the sheet", "days")
                : List.of("活动类型", "对象编号须指向", "所在工作表", "天数"));
        for (ActivityType type : ActivityType.values()) {
            String expected = ActivitySubjects.expected(type);
            r++;
            ws.value(r, 0, Choices.label(type, english));
            ws.value(r, 1, ModelLabels.subjectType(expected, english ? "en" : "zh"));
            ws.value(r, 2, sheetOf(expected).name(english));
            ws.value(r, 3, type.countsDays() ? (english ? "required: the days from the date on" : "必填：从日期起的天数")
                    : (english ? "empty" : "留空"));
        }
        ws.value(++r, 0, english
                ? "An activity against a subject of another kind (a public-welfare activity against the district federation "
                        + "instead of its activity centre) counts toward no check: the report names it as a data issue, "
                        + "with its sheet and row."
                : "对象种类不符的活动（如公益活动记在区妇联而不是区妇女儿童活动中心名下）不计入任何检查，报告中列为数据问题，"
                        + "并指出其所在工作表和行。");
        return r;
    }

    /** The sheet holding the subjects of a kind ({@link ActivitySubjects#expected}). */
    private static RecordSheet<?> sheetOf(String subjectType) {
        Class<?> type = switch (subjectType) {
            case "FEDERATION", "DISTRICT_FEDERATION", "SUB_DISTRICT_FEDERATION", "COMMUNITY_FEDERATION" -> Federation.class;
            case "PERSON" -> Person.class;
            case "WOMENS_HOME" -> WomensHome.class;
            case "ACTIVITY_CENTRE" -> ActivityCentre.class;
            default -> throw new IllegalStateException("no sheet of subjects of kind " + subjectType);
        };
        return Sheets.RECORDS.stream().filter(s -> s.type() == type).findFirst().orElseThrow();
    }

    /** The table of the requirements that accept waivers, from the catalogue. */
    private void waivable(Worksheet ws, int r) {
        ws.value(r, 0, english ? WAIVABLE_EN : WAIVABLE_ZH);
        ws.style(r, 0).bold().set();
        ws.value(++r, 0, english ? "Only in-principle (原则上) requirements accept waivers; a waiver of another is not "
                + "accepted and the report names it as a data issue."
                : "只有强度为“原则上”的要求可以豁免；其他要求的豁免不被采纳，报告中列为数据问题。");
        heading(ws, ++r, english ? List.of("requirement", "clause", "subject", "what is checked")
                : List.of("要求编号", "条款", "要求原文"));
        for (Requirement q : waivable()) {
            r++;
            ws.value(r, 0, q.id());
            ws.value(r, 1, q.clause());
            if (english) {
                ws.value(r, 2, q.subject());
                ws.value(r, 3, q.check());
            } else {
                ws.value(r, 2, q.sourceWords());
            }
        }
    }

    private static void heading(Worksheet ws, int r, List<String> head) {
        for (int c = 0; c < head.size(); c++) {
            ws.value(r, c, head.get(c));
            ws.style(r, c).bold().fillColor(HEADER_FILL).set();
        }
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
