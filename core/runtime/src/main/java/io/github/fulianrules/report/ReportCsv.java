package io.github.fulianrules.report;

/**
 * A report as CSV for spreadsheets: UTF-8 with a byte-order mark (so that Excel shows Chinese
 * correctly), RFC 4180 quoting, CRLF line ends, one row per finding under a header row.
 *
 * <p>Columns, always these: district, requirement, code, clause, strength, kind, waived, subject
 * type, subject id, subject name, measured, required, gap, message, remedy, location. Header,
 * kinds, strengths, subject types, levels and measured or required values such as {@code NO} or
 * {@code FEMALE} are words in the language asked for ({@link ModelLabels}); ids and codes are as in
 * the JSON report.
 *
 * <p>The scorecard is a separate table, {@link #scorecard}: one row per area and requirement,
 * plus a total row per area (requirement 全部 / all).
 *
 * <p>A text cell that a spreadsheet would run as a formula (starting with {@code = + - @}) is
 * written with a leading apostrophe; numbers are written as they are.
 *
 * <pre>{@code
 * Files.writeString(Path.of("findings.csv"), ReportCsv.findings(report, "zh"), StandardCharsets.UTF_8);
 * }</pre>
 */
public final class ReportCsv {
    /** The byte-order mark every CSV text starts with. */
    public static final String BOM = "\uFEFF";

    private ReportCsv() {
    }

    /** One row per finding, in report order, after the byte-order mark and the header. */
    public static String findings(Report report, String lang) {
        return findingsHeader(lang) + findingRows(report, lang);
    }

    /** The byte-order mark and the header row of {@link #findings}: once at the top of a file of many districts. */
    public static String findingsHeader(String lang) {
        Labels l = Labels.of(lang);
        StringBuilder out = new StringBuilder(BOM);
        row(out, l.pick("区妇联", "district"), l.pick("要求编号", "requirement"), l.pick("问题代码", "code"),
                l.pick("条款", "clause"), l.pick("强度", "strength"), l.pick("类别", "kind"), l.pick("已豁免", "waived"),
                l.pick("对象类型", "subject type"), l.pick("对象编号", "subject id"), l.pick("对象名称", "subject name"),
                l.pick("实测", "measured"), l.pick("要求", "required"), l.pick("差距", "gap"),
                l.pick("问题", "message"), l.pick("整改建议", "remedy"), l.pick("输入位置", "location"));
        return out.toString();
    }

    /** The rows of {@link #findings} without the header: one district's part of a file of many. */
    public static String findingRows(Report report, String lang) {
        Labels l = Labels.of(lang);
        StringBuilder out = new StringBuilder();
        for (Finding f : report.findings()) {
            row(out, report.districtId(), f.requirementId(), f.code(), f.clause(), l.strength(f.strength()),
                    l.kind(f.kind()), l.yesNo(f.waived()), l.subjectType(f.subjectType()), f.subjectId(),
                    report.names().get(f.subjectId()), ModelLabels.value(f.measured(), l.lang()),
                    ModelLabels.value(f.required(), l.lang()), Long.toString(f.gap()),
                    f.message() == null ? null : f.message().in(l.lang()),
                    f.remedy() == null ? null : f.remedy().in(l.lang()), f.location());
        }
        return out.toString();
    }

    /** The scorecard: per area (overall, sub-districts, communities), a total row and one row per requirement. */
    public static String scorecard(Report report, String lang) {
        Labels l = Labels.of(lang);
        StringBuilder out = new StringBuilder(BOM);
        row(out, l.pick("区妇联", "district"), l.pick("层级", "level"), l.pick("区域编号", "area id"),
                l.pick("区域名称", "area name"), l.pick("上级编号", "parent id"), l.pick("要求编号", "requirement"),
                l.pick("检查", "checked"), l.pick("达标", "met"), l.pick("豁免", "waived"), l.pick("未达标", "unmet"),
                l.pick("达标率%", "rate %"));
        report.scorecard().lines().forEach(line -> {
            row(out, report.districtId(), l.level(line.level()), line.areaId(), line.name(), line.parentId(), l.pick("全部", "all"),
                    Integer.toString(line.checked()), Integer.toString(line.met()), Integer.toString(line.waived()),
                    Integer.toString(line.unmet()), line.ratePercent() == null ? "" : line.ratePercent().toString());
            for (RequirementScore s : line.requirements().values()) {
                row(out, report.districtId(), l.level(line.level()), line.areaId(), line.name(), line.parentId(),
                        s.requirementId(), Integer.toString(s.checked()), Integer.toString(s.met()),
                        Integer.toString(s.waived()), Integer.toString(s.unmet()), Double.toString(s.ratePercent()));
            }
        });
        return out.toString();
    }

    /**
     * One row of {@code cells} as every row of these tables is written: quoted where needed,
     * formulas defused, ending in CRLF. For hosts that write tables of their own beside these.
     */
    public static String row(String... cells) {
        StringBuilder out = new StringBuilder();
        row(out, cells);
        return out.toString();
    }

    private static void row(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        out.append("\r\n");
    }

    /** One cell: quoted when it holds a comma, quote, line break or edge space; formulas defused. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = defused(value);
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || (!v.isEmpty() && (Character.isWhitespace(v.charAt(0)) || Character.isWhitespace(v.charAt(v.length() - 1))));
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    /**
     * {@code value} made safe for a spreadsheet: a text that a spreadsheet would run as a formula
     * (starting with {@code = + - @} and not a number) gets a leading apostrophe; the report
     * workbook of {@code fulian-rules-xlsx} defuses its cells with this too.
     */
    public static String defused(String value) {
        if (value != null && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !isNumber(value)) {
            return "'" + value;
        }
        return value;
    }

    private static boolean isNumber(String v) {
        return v.matches("[-+]?\\d+(\\.\\d+)?%?");
    }
}
