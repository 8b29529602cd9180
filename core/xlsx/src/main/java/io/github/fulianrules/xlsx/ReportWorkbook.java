package io.github.fulianrules.xlsx;

import io.github.fulianrules.catalogue.Catalogue;
import io.github.fulianrules.catalogue.Requirement;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.report.ModelLabels;
import io.github.fulianrules.report.Kind;
import io.github.fulianrules.report.RecordAccount;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.report.ReportCsv;
import io.github.fulianrules.report.ReportWords;
import io.github.fulianrules.report.RequirementScore;
import io.github.fulianrules.report.ScoreLine;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A report as an Excel workbook for the people who forward findings as spreadsheets: 发现 (one row
 * per finding, kinds coloured with the waived state beside them, an autofilter and a frozen header;
 * measured, required and gap as numbers where they are numbers; long texts wrapped), 记分卡 (per requirement: checked, met, waived, rate), 按组织 (the
 * same per federation area) and 说明 (the district, the counts, the input records, what each sheet
 * and colour means). Chinese by default, English with {@code en}.
 *
 * <p>Every cell is a value, never a formula; a text that a spreadsheet would take for a formula
 * (starting with {@code = + - @} and not a number) is defused as in the CSV report, with a leading
 * apostrophe ({@link ReportCsv#defused}). People appear by id only, as in every report. Every
 * sheet prints on A4 across, one page wide, with its header row on each page.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("报告.xlsx"))) {
 *     ReportWorkbook.write(report, engine.catalogue(), "zh", out);
 * }
 * }</pre>
 */
public final class ReportWorkbook {
    /** The fill of a finding's kind cell, by kind: red, amber, blue, grey. */
    static final String VIOLATION_FILL = "F4B6B6";
    static final String WARNING_FILL = "FFE08A";
    static final String RECOMMENDATION_FILL = "BDD7EE";
    static final String DATA_FILL = "D9D9D9";

    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,15}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}\\.\\d{1,10}");
    private static final Pattern PERCENT = Pattern.compile("(-?\\d{1,15}(?:\\.(\\d{1,10}))?)%");

    private final Report report;
    private final Catalogue catalogue;
    private final ReportWords w;
    private final boolean english;
    private final Workbook workbook;

    private ReportWorkbook(Report report, Catalogue catalogue, String lang, OutputStream out) {
        this.report = report;
        this.catalogue = catalogue;
        this.english = "en".equalsIgnoreCase(lang);
        this.w = ReportWords.of(english ? "en" : "zh");
        this.workbook = new Workbook(out, WorkbookWriting.APPLICATION, "1.0");
    }

    /**
     * Writes {@code report} to {@code out} (not closed) in {@code lang} ({@code en} for English,
     * Chinese otherwise), naming requirements in the words of {@code catalogue}, which may be null.
     */
    public static void write(Report report, Catalogue catalogue, String lang, OutputStream out) throws IOException {
        new ReportWorkbook(report, catalogue, lang, out).write();
    }

    private void write() throws IOException {
        findings(workbook.newWorksheet(w.pick("发现", "findings")));
        scorecard(workbook.newWorksheet(w.pick("记分卡", "scorecard")));
        areas(workbook.newWorksheet(w.pick("按组织", "by federation")));
        notes(workbook.newWorksheet(w.pick("说明", "notes")));
        workbook.finish();
    }

    /**
     * The findings, one per row, the waived state beside the kind; long texts wrap within their
     * column and every cell sits at the top of its row, so that a printed page reads row by row.
     */
    private void findings(Worksheet ws) throws IOException {
        String[] head = english
                ? new String[] {"requirement", "clause", "kind", "waived", "subject type", "subject id", "subject name",
                    "measured", "required", "gap", "message", "remedy", "strength", "waiver", "code", "location"}
                : new String[] {"要求编号", "条款", "类别", "已豁免", "对象类型", "对象编号", "对象名称", "实测", "要求", "差距",
                    "问题", "整改建议", "强度", "豁免依据", "问题代码", "输入位置"};
        header(ws, head, FINDING_WIDTHS);
        String lang = english ? "en" : "zh";
        int r = 1;
        for (Finding f : report.findings()) {
            text(ws, r, 0, f.requirementId());
            text(ws, r, 1, f.clause());
            text(ws, r, 2, w.kind(f.kind()));
            ws.style(r, 2).fillColor(fill(f.kind())).set();
            text(ws, r, 3, w.yesNo(f.waived()));
            text(ws, r, 4, w.subjectType(f.subjectType()));
            text(ws, r, 5, f.subjectId());
            text(ws, r, 6, report.names().get(f.subjectId()));
            measure(ws, r, 7, ModelLabels.value(f.measured(), lang));
            measure(ws, r, 8, ModelLabels.value(f.required(), lang));
            ws.value(r, 9, f.gap());
            text(ws, r, 10, f.message() == null ? null : f.message().in(lang));
            text(ws, r, 11, f.remedy() == null ? null : f.remedy().in(lang));
            text(ws, r, 12, w.strength(f.strength()));
            text(ws, r, 13, f.waiverReason());
            text(ws, r, 14, f.code());
            text(ws, r, 15, f.location());
            int lines = 1;
            for (int c = 0; c < head.length; c++) {
                ws.style(r, c).verticalAlignment("top").wrapText(WRAPPED.contains(c)).set();
            }
            for (int c : WRAPPED) {
                lines = Math.max(lines, lines(ws.value(r, c), FINDING_WIDTHS[c]));
            }
            if (lines > 1) {
                // Spreadsheet programs do not all fit a row's height to its wrapped text when they open a file.
                ws.rowHeight(r, lines * LINE_HEIGHT);
            }
            r++;
        }
        ws.setAutoFilter(0, 0, head.length - 1);
        printed(ws);
        ws.finish();
    }

    /** The widths of the findings' columns: on A4 across, one page wide, at about two thirds of full size. */
    static final double[] FINDING_WIDTHS = {10, 8, 8, 6, 10, 10, 14, 7, 7, 5, 40, 36, 8, 16, 14, 18};
    /** The findings' columns whose text wraps: subject name, message, remedy, waiver, code, location. */
    static final java.util.Set<Integer> WRAPPED = java.util.Set.of(6, 10, 11, 13, 14, 15);
    /** The height of a line of text at the default font, in points. */
    private static final double LINE_HEIGHT = 15;

    /**
     * The lines {@code value} takes in a column {@code width} characters wide, a Chinese character
     * counting two: a little more than it needs rather than less.
     */
    static int lines(Object value, double width) {
        if (!(value instanceof String text)) {
            return 1;
        }
        double room = Math.max(1, width - 1);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int units = paragraph.codePoints().map(c -> c > 0x2E7F ? 2 : 1).sum();
            lines += Math.max(1, (int) Math.ceil(units / room));
        }
        return lines;
    }

    private void scorecard(Worksheet ws) throws IOException {
        String[] head = english
                ? new String[] {"requirement", "clause", "strength", "what is checked", "checked", "met", "waived", "unmet", "rate"}
                : new String[] {"要求编号", "条款", "强度", "要求内容", "检查", "达标", "豁免", "未达标", "达标率"};
        header(ws, head, new double[] {11, 9, 10, 60, 8, 8, 8, 8, 9});
        int r = 1;
        ScoreLine overall = report.scorecard().overall();
        for (RequirementScore s : overall.requirements().values()) {
            Optional<Requirement> req = catalogue == null ? Optional.empty() : catalogue.requirement(s.requirementId());
            text(ws, r, 0, s.requirementId());
            text(ws, r, 1, req.map(Requirement::clause).orElse(null));
            text(ws, r, 2, req.map(q -> w.strength(q.strength())).orElse(null));
            text(ws, r, 3, req.map(q -> english ? q.check() : q.sourceWords()).orElse(null));
            counts(ws, r, 4, s.checked(), s.met(), s.waived(), s.unmet(), s.checked() == 0 ? null : s.ratePercent());
            r++;
        }
        text(ws, r, 0, w.pick("合计", "total"));
        ws.style(r, 0).bold().set();
        counts(ws, r, 4, overall.checked(), overall.met(), overall.waived(), overall.unmet(), overall.ratePercent());
        printed(ws);
        ws.finish();
    }

    private void areas(Worksheet ws) throws IOException {
        String[] head = english
                ? new String[] {"level", "federation id", "name", "parent", "checked", "met", "waived", "unmet", "rate"}
                : new String[] {"层级", "组织编号", "名称", "上级", "检查", "达标", "豁免", "未达标", "达标率"};
        header(ws, head, new double[] {9, 14, 24, 14, 8, 8, 8, 8, 9});
        int[] r = {1};
        report.scorecard().lines().forEach(line -> {
            text(ws, r[0], 0, w.level(line.level()));
            text(ws, r[0], 1, line.areaId());
            text(ws, r[0], 2, line.name());
            text(ws, r[0], 3, line.parentId());
            counts(ws, r[0], 4, line.checked(), line.met(), line.waived(), line.unmet(), line.ratePercent());
            r[0]++;
        });
        ws.setAutoFilter(0, 0, head.length - 1);
        printed(ws);
        ws.finish();
    }

    private void notes(Worksheet ws) throws IOException {
        int r = 0;
        text(ws, r, 0, w.pick("区妇联改革落实情况检查报告", "Reform compliance report"));
        ws.style(r, 0).bold().fontSize(14).set();
        r += 2;
        r = pair(ws, r, w.pick("区妇联", "district"), report.districtId() == null ? null : report.nameOf(report.districtId()));
        r = pair(ws, r, w.pick("考核期", "period"), report.period().start() + " – " + report.period().end());
        for (Kind k : Kind.values()) {
            r = pair(ws, r, w.kind(k), report.summary().count(k));
            ws.style(r - 1, 0).fillColor(fill(k)).set();
        }
        r = pair(ws, r, w.pick("未豁免的违规", "open violations"), report.summary().openViolations());
        r = pair(ws, r, w.pick("已豁免", "waived"), report.summary().waived());
        r++;
        text(ws, r, 0, w.pick("输入记录", "input records"));
        text(ws, r, 1, w.pick("读入", "read"));
        text(ws, r, 2, w.pick("采纳", "accepted"));
        text(ws, r, 3, w.pick("退回", "rejected"));
        for (int c = 0; c < 4; c++) {
            ws.style(r, c).bold().fillColor(WorkbookWriting.HEADER_FILL).set();
        }
        r++;
        for (RecordAccount a : report.accounting().records()) {
            text(ws, r, 0, w.recordKind(a.kind()));
            ws.value(r, 1, a.read());
            ws.value(r, 2, a.accepted());
            ws.value(r, 3, a.rejectedCount());
            r++;
        }
        r++;
        List<String> lines = english ? List.of(
                "findings: one row per finding; filter by the header's arrows. Kind colours: violation red, warning amber, "
                        + "recommendation blue, data issue grey. Measured, required and gap are numbers where they are numbers.",
                "scorecard: per requirement, the subjects checked, met, waived and unmet, and the rate met or waived.",
                "by federation: the same per area: the district, each sub-district (with its communities), each community.",
                "A data issue means a record could not be judged; its location names the input file, sheet and row.")
                : List.of(
                "发现：每行一个问题，可用表头的筛选按钮筛选。类别颜色：违规红、警告黄、建议蓝、数据问题灰。实测、要求、差距为数值时按数值填写。",
                "记分卡：每项要求检查的对象数、达标数、豁免数、未达标数和达标率（达标或豁免）。",
                "按组织：按区域统计：全区、各街道（含所属社区）、各社区。",
                "数据问题表示该记录无法判断；输入位置指出输入文件、工作表和行。");
        for (String line : lines) {
            text(ws, r++, 0, line);
        }
        ws.width(0, 22);
        ws.width(1, 40);
        ws.width(2, 10);
        ws.width(3, 10);
        ws.pageOrientation("landscape");
        ws.paperSize(PaperSize.A4_PAPER);
        ws.finish();
    }

    private int pair(Worksheet ws, int r, String label, Object value) {
        text(ws, r, 0, label);
        ws.style(r, 0).bold().set();
        if (value instanceof Number n) {
            ws.value(r, 1, n);
            ws.style(r, 1).horizontalAlignment("left").set();
        } else {
            text(ws, r, 1, value == null ? null : value.toString());
        }
        return r + 1;
    }

    private void header(Worksheet ws, String[] head, double[] widths) {
        for (int c = 0; c < head.length; c++) {
            ws.value(0, c, head[c]);
            ws.style(0, c).bold().fillColor(WorkbookWriting.HEADER_FILL).wrapText(true).verticalAlignment("top").set();
            ws.width(c, widths[c]);
        }
        ws.freezePane(0, 1);
    }

    private static void counts(Worksheet ws, int r, int c, int checked, int met, int waived, int unmet, Double rate) {
        ws.value(r, c, checked);
        ws.value(r, c + 1, met);
        ws.value(r, c + 2, waived);
        ws.value(r, c + 3, unmet);
        if (rate != null) {
            ws.value(r, c + 4, BigDecimal.valueOf(rate).movePointLeft(2));
            ws.style(r, c + 4).format("0.0%").set();
        } else {
            ws.value(r, c + 4, "—");
        }
    }

    /** A measured or required value: a number where it is one ({@code 3}, {@code 2.5}, {@code 40%}), else text. */
    private static void measure(Worksheet ws, int r, int c, String value) {
        if (value == null) {
            return;
        }
        if (WHOLE.matcher(value).matches()) {
            ws.value(r, c, Long.parseLong(value));
            return;
        }
        if (DECIMAL.matcher(value).matches()) {
            ws.value(r, c, new BigDecimal(value));
            return;
        }
        Matcher percent = PERCENT.matcher(value);
        if (percent.matches()) {
            ws.value(r, c, new BigDecimal(percent.group(1)).movePointLeft(2));
            int decimals = percent.group(2) == null ? 0 : percent.group(2).length();
            ws.style(r, c).format(decimals == 0 ? "0%" : "0." + "0".repeat(decimals) + "%").set();
            return;
        }
        text(ws, r, c, value);
    }

    /** A text cell, defused; nothing for {@code null}. */
    private static void text(Worksheet ws, int r, int c, String value) {
        if (value != null) {
            ws.value(r, c, ReportCsv.defused(value));
        }
    }

    private static String fill(Kind kind) {
        return switch (kind) {
            case VIOLATION -> VIOLATION_FILL;
            case WARNING -> WARNING_FILL;
            case RECOMMENDATION -> RECOMMENDATION_FILL;
            case DATA -> DATA_FILL;
        };
    }

    /** Printed (and exported to PDF) on A4 across, one page wide, the header row on every page. */
    private static void printed(Worksheet ws) {
        ws.pageOrientation("landscape");
        ws.paperSize(PaperSize.A4_PAPER);
        ws.repeatRows(0);
        ws.setFitToPage(true);
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);
    }
}
