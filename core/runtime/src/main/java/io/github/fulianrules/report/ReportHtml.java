package io.github.fulianrules.report;

import io.github.fulianrules.catalogue.Catalogue;
import io.github.fulianrules.catalogue.Requirement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A report as one self-contained HTML page for the people who act on it: the scorecard with bar
 * charts of compliance per requirement and per sub-district, the accounting of the input records,
 * and the findings grouped by subject, each with its clause and remedy. Inline CSS and SVG only:
 * no script, no font, image or style sheet from elsewhere, so the file can be mailed or archived as
 * it is. All text from the input is escaped. People appear by name and id. Printed from a browser, it
 * fills A4 pages, each headed by the district and the period.
 *
 * <pre>{@code
 * String html = ReportHtml.toHtml(report, engine.catalogue(), "zh");
 * Files.writeString(Path.of("report.html"), html, StandardCharsets.UTF_8);
 * }</pre>
 */
public final class ReportHtml {
    private static final int BAR_LABEL = 320;
    /** The longest short name of a requirement in the chart, in characters, before it is cut with an ellipsis. */
    private static final int SHORT_ZH = 16;
    private static final int SHORT_EN = 38;
    private static final int BAR_WIDTH = 560;
    private static final int BAR_ROW = 24;

    private final Labels l;
    private final Catalogue catalogue;
    private final StringBuilder out = new StringBuilder(64 * 1024);

    private ReportHtml(String lang, Catalogue catalogue) {
        this.l = Labels.of(lang);
        this.catalogue = catalogue;
    }

    /** The page in {@code lang} ({@code zh} or {@code en}), without the requirements' wording. */
    public static String toHtml(Report report, String lang) {
        return toHtml(report, null, lang);
    }

    /** The page in {@code lang}, naming each requirement in the catalogue's words; {@code catalogue} may be null. */
    public static String toHtml(Report report, Catalogue catalogue, String lang) {
        ReportHtml page = new ReportHtml(lang, catalogue);
        page.page(report);
        return page.out.toString();
    }

    private void page(Report r) {
        String district = r.districtId() == null ? l.pick("（无区妇联）", "(no district federation)")
                : r.nameOf(r.districtId());
        String title = l.pick("妇联改革落实检查报告", "Women's Federation reform check") + " — " + district;
        out.append("<!DOCTYPE html>\n<html lang=\"").append(l.english() ? "en" : "zh-CN").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS)
                .append(runningHeader(district + " · " + l.pick("考核期 ", "period ") + r.period().start()
                        + l.pick(" 至 ", " to ") + r.period().end()))
                .append("</style>\n</head>\n<body>\n");
        out.append("<header><h1>").append(esc(l.pick("妇联改革落实检查报告", "Women's Federation reform check"))).append("</h1>\n")
                .append("<p class=\"sub\">").append(esc(district))
                .append(r.districtId() == null ? "" : " <span class=\"id\">" + esc(r.districtId()) + "</span>")
                .append(" · ").append(esc(l.pick("考核期 ", "period "))).append(r.period().start())
                .append(esc(l.pick(" 至 ", " to "))).append(r.period().end()).append("</p></header>\n<main>\n");
        cards(r);
        scorecard(r);
        accounting(r);
        findings(r);
        out.append("</main>\n<footer>").append(esc(l.pick(
                "由 fulian-rules 生成。达标率 = (达标 + 豁免) / 检查；违规未豁免者为待整改。",
                "Made by fulian-rules. Rate = (met + waived) / checked; open violations are those not waived.")))
                .append("</footer>\n</body>\n</html>\n");
    }

    // ---- summary cards

    private void cards(Report r) {
        Summary s = r.summary();
        ScoreLine overall = r.scorecard().overall();
        out.append("<section class=\"cards\" id=\"summary\">\n");
        card("overall-rate", l.pick("总体达标率", "Overall compliance"), Labels.rate(overall.ratePercent()),
                l.pick("检查 ", "") + overall.checked() + l.pick(" 项次，达标 ", " checks, ") + overall.met()
                        + l.pick("，豁免 ", " met, ") + overall.waived() + l.pick("", " waived"), rateClass(overall.ratePercent()));
        card("open-violations", l.pick("未豁免违规", "Open violations"), Integer.toString(s.openViolations()),
                l.pick("违规共 ", "violations ") + s.count(Kind.VIOLATION) + l.pick("，已豁免 ", ", waived ")
                        + (s.count(Kind.VIOLATION) - s.openViolations()), s.openViolations() > 0 ? "bad" : "good");
        card("warnings", l.pick("警告", "Warnings"), Integer.toString(s.count(Kind.WARNING)),
                l.pick("建议 ", "recommendations ") + s.count(Kind.RECOMMENDATION), "mid");
        card("data-issues", l.pick("数据问题", "Data issues"), Integer.toString(s.count(Kind.DATA)),
                l.pick("记录 ", "records ") + r.accounting().read() + l.pick("，退回 ", ", rejected ")
                        + r.accounting().rejected(), s.count(Kind.DATA) > 0 ? "mid" : "good");
        out.append("</section>\n");
    }

    private void card(String id, String label, String value, String note, String cls) {
        out.append("<div class=\"card ").append(cls).append("\" id=\"").append(id).append("\"><div class=\"label\">")
                .append(esc(label)).append("</div><div class=\"value\">").append(esc(value))
                .append("</div><div class=\"note\">").append(esc(note)).append("</div></div>\n");
    }

    // ---- scorecard

    private void scorecard(Report r) {
        Scorecard card = r.scorecard();
        out.append("<section id=\"scorecard\">\n<h2>").append(esc(l.pick("达标情况", "Scorecard"))).append("</h2>\n");
        out.append("<h3>").append(esc(l.pick("各项要求达标率", "Compliance per requirement"))).append("</h3>\n");
        List<String[]> bars = new ArrayList<>();
        for (RequirementScore s : card.overall().requirements().values()) {
            bars.add(new String[] {s.requirementId() + " " + shortName(s.requirementId()), rateValue(s.ratePercent()),
                    s.met() + s.waived() + "/" + s.checked(), words(s.requirementId()).orElse(null)});
        }
        chart("chart-requirements", bars);
        if (!card.subDistricts().isEmpty()) {
            out.append("<h3>").append(esc(l.pick("各街道达标率", "Compliance per sub-district"))).append("</h3>\n");
            List<String[]> areaBars = new ArrayList<>();
            for (ScoreLine line : card.subDistricts()) {
                areaBars.add(new String[] {line.name(), line.ratePercent() == null ? null : rateValue(line.ratePercent()),
                        (line.met() + line.waived()) + "/" + line.checked()});
            }
            chart("chart-subdistricts", areaBars);
            matrix(card);
        }
        out.append("<h3>").append(esc(l.pick("按区域", "By area"))).append("</h3>\n");
        areaTable("table-areas", card, r);
        out.append("<h3>").append(esc(l.pick("按要求", "By requirement"))).append("</h3>\n");
        requirementTable(card.overall());
        out.append("</section>\n");
    }

    private static String rateValue(double percent) {
        return String.format(Locale.ROOT, "%.1f", percent);
    }

    /** A horizontal bar chart in SVG: label, bar of the rate out of 100%, the rate and the fraction. */
    private void chart(String id, List<String[]> bars) {
        int height = 28 + bars.size() * BAR_ROW;
        int width = BAR_LABEL + BAR_WIDTH + 130;
        out.append("<svg class=\"chart\" id=\"").append(id).append("\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\">\n");
        for (int pct = 0; pct <= 100; pct += 25) {
            int x = BAR_LABEL + BAR_WIDTH * pct / 100;
            out.append("<line x1=\"").append(x).append("\" y1=\"4\" x2=\"").append(x).append("\" y2=\"").append(height - 20)
                    .append("\" class=\"grid\"/><text x=\"").append(x).append("\" y=\"").append(height - 6)
                    .append("\" class=\"axis\">").append(pct).append("%</text>\n");
        }
        int y = 6;
        for (String[] bar : bars) {
            double rate = bar[1] == null ? 0 : Double.parseDouble(bar[1]);
            int w = (int) Math.round(BAR_WIDTH * rate / 100.0);
            out.append("<g class=\"bar\">");
            if (bar.length > 3 && bar[3] != null) {
                out.append("<title>").append(esc(bar[3])).append("</title>");
            }
            out.append("<text x=\"").append(BAR_LABEL - 8).append("\" y=\"").append(y + 15)
                    .append("\" class=\"label\">").append(esc(bar[0])).append("</text>")
                    .append("<rect x=\"").append(BAR_LABEL).append("\" y=\"").append(y + 2).append("\" width=\"")
                    .append(BAR_WIDTH).append("\" height=\"").append(BAR_ROW - 6).append("\" class=\"track\"/>")
                    .append("<rect x=\"").append(BAR_LABEL).append("\" y=\"").append(y + 2).append("\" width=\"").append(w)
                    .append("\" height=\"").append(BAR_ROW - 6).append("\" class=\"").append(rateClass(bar[1] == null ? null : rate))
                    .append("\"/><text x=\"").append(BAR_LABEL + BAR_WIDTH + 8).append("\" y=\"").append(y + 15)
                    .append("\" class=\"value ").append(rateClass(bar[1] == null ? null : rate)).append("\">").append(bar[1] == null ? "—" : bar[1] + "%").append(' ')
                    .append("<tspan class=\"frac\">").append(esc(bar[2])).append("</tspan></text></g>\n");
            y += BAR_ROW;
        }
        out.append("</svg>\n");
    }

    /** Requirements down, sub-districts across: the rate of each requirement in each sub-district. */
    private void matrix(Scorecard card) {
        List<String> ids = card.overall().requirements().keySet().stream()
                .filter(id -> card.subDistricts().stream().anyMatch(l -> l.requirements().containsKey(id))).toList();
        if (ids.isEmpty()) {
            return;
        }
        out.append("<h3>").append(esc(l.pick("各街道分项达标率", "Compliance per requirement and sub-district")))
                .append("</h3>\n<table id=\"table-matrix\" class=\"matrix\"><thead><tr><th>")
                .append(esc(l.pick("要求", "requirement"))).append("</th>");
        for (ScoreLine line : card.subDistricts()) {
            out.append("<th class=\"num\">").append(esc(line.name())).append("</th>");
        }
        out.append("</tr></thead><tbody>\n");
        for (String id : ids) {
            out.append("<tr data-requirement=\"").append(esc(id)).append("\"><td>").append(esc(id)).append(' ')
                    .append(esc(clause(id))).append("</td>");
            for (ScoreLine line : card.subDistricts()) {
                RequirementScore s = line.requirements().get(id);
                if (s == null) {
                    out.append("<td class=\"num none\">—</td>");
                } else {
                    out.append("<td class=\"num cell ").append(rateClass(s.ratePercent())).append("\">")
                            .append(s.met() + s.waived()).append('/').append(s.checked()).append("</td>");
                }
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    private void areaTable(String id, Scorecard card, Report r) {
        out.append("<table id=\"").append(id).append("\"><thead><tr><th>").append(esc(l.pick("区域", "area")))
                .append("</th><th>").append(esc(l.pick("层级", "level"))).append("</th>");
        numberHeads();
        out.append("</tr></thead><tbody>\n");
        card.lines().forEach(line -> {
            String cls = line.level() == io.github.fulianrules.model.Level.COMMUNITY ? "community" : line.level().name().toLowerCase(Locale.ROOT);
            out.append("<tr class=\"").append(cls.replace('_', '-')).append("\" data-area=\"").append(esc(line.areaId() == null ? "" : line.areaId()))
                    .append("\"><td>").append(esc(line.name() == null ? "—" : line.name()));
            if (line.areaId() != null && !line.areaId().equals(line.name())) {
                out.append(" <span class=\"id\">").append(esc(line.areaId())).append("</span>");
            }
            out.append("</td><td>").append(esc(l.level(line.level()))).append("</td>");
            numbers(line.checked(), line.met(), line.waived(), line.unmet(), line.ratePercent());
            out.append("</tr>\n");
        });
        out.append("</tbody></table>\n");
    }

    private void requirementTable(ScoreLine overall) {
        out.append("<table id=\"table-requirements\"><thead><tr><th>").append(esc(l.pick("要求", "requirement")))
                .append("</th><th>").append(esc(l.pick("条款", "clause"))).append("</th><th>")
                .append(esc(l.pick("强度", "strength"))).append("</th>");
        numberHeads();
        out.append("</tr></thead><tbody>\n");
        for (RequirementScore s : overall.requirements().values()) {
            Optional<Requirement> req = requirement(s.requirementId());
            out.append("<tr data-requirement=\"").append(esc(s.requirementId())).append("\"><td>")
                    .append(esc(s.requirementId()));
            req.map(q -> l.english() ? q.check() : q.sourceWords()).filter(t -> t != null && !t.isBlank())
                    .ifPresent(t -> out.append("<div class=\"words\">").append(esc(t)).append("</div>"));
            out.append("</td><td>").append(esc(clause(s.requirementId()))).append("</td><td>")
                    .append(esc(req.map(q -> l.strength(q.strength())).orElse(""))).append("</td>");
            numbers(s.checked(), s.met(), s.waived(), s.unmet(), s.ratePercent());
            out.append("</tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    private void numberHeads() {
        for (String[] h : new String[][] {{"检查", "checked"}, {"达标", "met"}, {"豁免", "waived"}, {"未达标", "unmet"},
                {"达标率", "rate"}}) {
            out.append("<th class=\"num\">").append(esc(l.pick(h[0], h[1]))).append("</th>");
        }
    }

    private void numbers(int checked, int met, int waived, int unmet, Double rate) {
        out.append("<td class=\"num checked\">").append(checked).append("</td><td class=\"num met\">").append(met)
                .append("</td><td class=\"num waived\">").append(waived).append("</td><td class=\"num unmet\">").append(unmet)
                .append("</td><td class=\"num rate ").append(rateClass(rate)).append("\">").append(Labels.rate(rate))
                .append("</td>");
    }

    // ---- accounting

    private void accounting(Report r) {
        Accounting a = r.accounting();
        out.append("<section id=\"accounting\">\n<h2>").append(esc(l.pick("输入记录", "Input records"))).append("</h2>\n")
                .append("<p class=\"explain\">").append(esc(l.pick(
                        "读入的每条记录或被采纳，或因数据问题被退回（有数据问题的记录，其部分检查无法进行）。",
                        "Every record read is either accepted or rejected; a rejected record has data findings, "
                                + "so some checks on it could not be made."))).append("</p>\n");
        out.append("<table id=\"table-accounting\"><thead><tr><th>").append(esc(l.pick("记录类型", "records")))
                .append("</th><th class=\"num\">").append(esc(l.pick("读入", "read"))).append("</th><th class=\"num\">")
                .append(esc(l.pick("采纳", "accepted"))).append("</th><th class=\"num\">").append(esc(l.pick("退回", "rejected")))
                .append("</th><th>").append(esc(l.pick("退回原因", "reasons"))).append("</th></tr></thead><tbody>\n");
        for (RecordAccount ra : a.records()) {
            out.append("<tr data-kind=\"").append(esc(ra.kind())).append("\"><td>").append(esc(l.recordKind(ra.kind())))
                    .append("</td><td class=\"num read\">").append(ra.read()).append("</td><td class=\"num accepted\">")
                    .append(ra.accepted()).append("</td><td class=\"num rejected\">").append(ra.rejectedCount())
                    .append("</td><td class=\"reasons\">");
            for (Rejection x : ra.rejected()) {
                out.append("<div>").append(esc(x.recordId())).append(esc(l.pick("：", ": ")))
                        .append(esc(l.reasons(r, x)));
                if (x.location() != null) {
                    out.append(" <span class=\"loc\">").append(esc(x.location())).append("</span>");
                }
                out.append("</div>");
            }
            out.append("</td></tr>\n");
        }
        out.append("<tr class=\"total\"><td>").append(esc(l.pick("合计", "total"))).append("</td><td class=\"num read\">")
                .append(a.read()).append("</td><td class=\"num accepted\">").append(a.accepted())
                .append("</td><td class=\"num rejected\">").append(a.rejected()).append("</td><td class=\"reasons\">");
        for (String other : a.otherIssues()) {
            out.append("<div>").append(esc(l.otherIssue(r, other))).append("</div>");
        }
        out.append("</td></tr>\n</tbody></table>\n</section>\n");
    }

    // ---- findings

    private void findings(Report r) {
        out.append("<section id=\"findings\">\n<h2>").append(esc(l.pick("问题与整改（按对象）", "Findings and remedies, by subject")))
                .append(" <span class=\"count\">").append(r.findings().size()).append("</span></h2>\n");
        if (r.findings().isEmpty()) {
            out.append("<p>").append(esc(l.pick("没有发现问题。", "No findings."))).append("</p>\n</section>\n");
            return;
        }
        Map<String, List<Finding>> bySubject = new LinkedHashMap<>();
        r.findings().stream().sorted(Comparator.comparing(Finding::subjectId).thenComparing(Finding.ORDER))
                .forEach(f -> bySubject.computeIfAbsent(f.subjectId(), k -> new ArrayList<>()).add(f));
        bySubject.forEach((subject, list) -> {
            Finding first = list.get(0);
            out.append("<article class=\"subject\" data-subject=\"").append(esc(subject)).append("\"><h3>")
                    .append(esc(r.nameOf(subject)));
            if (!r.nameOf(subject).equals(subject)) {
                out.append(" <span class=\"id\">").append(esc(subject)).append("</span>");
            }
            out.append(" <span class=\"type\">").append(esc(l.subjectType(first.subjectType()))).append("</span>");
            if (first.location() != null) {
                out.append(" <span class=\"loc\">").append(esc(first.location())).append("</span>");
            }
            out.append("</h3>\n<ul>\n");
            for (Finding f : list) {
                finding(f);
            }
            out.append("</ul></article>\n");
        });
        out.append("</section>\n");
    }

    private void finding(Finding f) {
        String kind = f.kind() == null ? "data" : f.kind().name().toLowerCase(Locale.ROOT);
        out.append("<li class=\"finding ").append(kind).append(f.waived() ? " waived" : "").append("\">")
                .append("<span class=\"badge ").append(kind).append("\">").append(esc(l.kind(f.kind()))).append("</span>");
        if (f.waived()) {
            out.append("<span class=\"badge waived\">").append(esc(l.pick("已豁免", "waived"))).append("</span>");
        }
        out.append(" <b>").append(esc(f.requirementId())).append("</b>");
        if (f.code() != null) {
            out.append(" <code>").append(esc(f.code())).append("</code>");
        }
        if (f.clause() != null) {
            out.append(" <span class=\"clause\">").append(esc(l.pick("条款 ", "clause "))).append(esc(f.clause())).append("</span>");
        }
        String measured = ModelLabels.value(f.measured(), l.lang());
        if (f.required() != null) {
            out.append(" <span class=\"measure\">").append(esc(l.pick("实测 ", "measured "))).append(esc(measured))
                    .append(esc(l.pick("，要求 ", ", required "))).append(esc(ModelLabels.value(f.required(), l.lang())))
                    .append("</span>");
        } else if (measured != null) {
            out.append(" <span class=\"measure\">(").append(esc(measured)).append(")</span>");
        }
        out.append("<div class=\"msg\">").append(esc(f.message() == null ? "" : f.message().in(l.lang()))).append("</div>")
                .append("<div class=\"remedy\"><span>").append(esc(l.pick("整改：", "Remedy: "))).append("</span>")
                .append(esc(f.remedy() == null ? "" : f.remedy().in(l.lang()))).append("</div>");
        if (f.waived()) {
            out.append("<div class=\"waiver\">").append(esc(l.pick("豁免：", "Waiver: "))).append(esc(f.waiverReason())).append("</div>");
        }
        out.append("</li>\n");
    }

    // ---- helpers

    private Optional<Requirement> requirement(String id) {
        return catalogue == null ? Optional.empty() : catalogue.requirement(id);
    }

    /** The requirement's plain words in the page's language: the plan's own in Chinese, the catalogue's check in English. */
    private Optional<String> words(String requirementId) {
        return requirement(requirementId).map(q -> l.english() ? q.check() : q.sourceWords())
                .map(t -> t.replace("`", "").strip()).filter(t -> !t.isEmpty());
    }

    /**
     * A short name for the chart: the requirement's plain words up to the first sign of a limit, a list
     * or an aside (≥, ；, ，, a parenthesis), cut with an ellipsis where still long; the clause when the
     * catalogue has no words. The whole words are the bar's tooltip.
     */
    private String shortName(String requirementId) {
        Optional<String> words = words(requirementId);
        if (words.isEmpty()) {
            return clause(requirementId);
        }
        String name = words.get();
        for (String stop : new String[] {"≥", "；", ";", "（", " (", "：", ": ", "，"}) {
            int at = name.indexOf(stop);
            if (at >= 4) {
                name = name.substring(0, at).strip();
            }
        }
        int max = l.english() ? SHORT_EN : SHORT_ZH;
        if (name.codePointCount(0, name.length()) <= max) {
            return name;
        }
        int end = name.offsetByCodePoints(0, max - 1);
        String cut = name.substring(0, end);
        int space = cut.lastIndexOf(' ');
        if (l.english() && name.charAt(end) != ' ' && space > max / 2) {
            cut = cut.substring(0, space);
        }
        return cut.strip() + "…";
    }

    private String clause(String requirementId) {
        return requirement(requirementId).map(Requirement::clause).orElse("");
    }

    private static String rateClass(Double rate) {
        if (rate == null) {
            return "none";
        }
        return rate >= 90 ? "good" : rate >= 60 ? "mid" : "bad";
    }

    /**
     * The running header of the printed pages: the district and the period at the top of each A4 page,
     * the page's number at the bottom, in the page's margin (CSS paged media), so that no page
     * content lies under it.
     */
    private static String runningHeader(String words) {
        return "@page{@top-left{content:\"" + cssString(words) + "\";font-size:9pt;color:#666}"
                + "@bottom-right{content:counter(page) \" / \" counter(pages);font-size:9pt;color:#666}}\n";
    }

    /** Text safe inside a CSS string in a style element: quotes, backslashes, line breaks and {@code <} escaped. */
    static String cssString(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        s.codePoints().forEach(c -> {
            if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c < 0x20 || c == 0x7f) {
                b.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    /** The page's style sheet, for pages of other reports that should look the same. */
    public static String styleSheet() {
        return CSS;
    }

    /** Text made safe for HTML content and attribute values. */
    public static String escape(String s) {
        return esc(s);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static final String CSS = """
            :root{--good:#2e7d32;--mid:#ef8f00;--bad:#c62828;--ink:#222;--muted:#666;--line:#e3e3e3;--bg:#fafafa}
            *{box-sizing:border-box}
            body{margin:0;font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;color:var(--ink);background:var(--bg);font-size:14px;line-height:1.5}
            header{background:#a3162b;color:#fff;padding:18px 32px}
            header h1{margin:0;font-size:24px}
            header .sub{margin:4px 0 0;opacity:.9}
            header .id{color:#fde;background:none}
            main{max-width:1200px;margin:0 auto;padding:16px 32px}
            h2{border-bottom:2px solid #a3162b;padding-bottom:4px;margin-top:28px}
            h3{margin:18px 0 6px;font-size:16px}
            .cards{display:flex;gap:16px;flex-wrap:wrap}
            .card{flex:1 1 200px;background:#fff;border:1px solid var(--line);border-left:6px solid var(--muted);padding:10px 14px;border-radius:4px}
            .card.good{border-left-color:var(--good)}.card.mid{border-left-color:var(--mid)}.card.bad{border-left-color:var(--bad)}
            .card .label{color:var(--muted)}.card .value{font-size:30px;font-weight:bold}.card .note{color:var(--muted);font-size:12px}
            svg.chart{background:#fff;border:1px solid var(--line);border-radius:4px;max-width:100%;height:auto}
            svg .label{text-anchor:end;font-size:13px;fill:var(--ink)}
            svg text.value{font-size:13px;font-weight:bold} svg .frac{fill:var(--muted);font-size:11px;font-weight:normal}
            svg .axis{text-anchor:middle;font-size:11px;fill:var(--muted)} svg .grid{stroke:var(--line)}
            svg .track{fill:#f0f0f0} svg .good{fill:var(--good)} svg .mid{fill:var(--mid)} svg .bad{fill:var(--bad)} svg .none{fill:#bbb}
            table{border-collapse:collapse;background:#fff;width:100%;margin:6px 0 12px}
            th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#f3f3f3} td.num,th.num{text-align:right;white-space:nowrap}
            td.rate.good{color:var(--good)} td.rate.mid{color:var(--mid)} td.rate.bad{color:var(--bad)}
            tr.district td{font-weight:bold} tr.sub-district td{background:#fcf7f7} tr.community td:first-child{padding-left:24px}
            tr.total td{font-weight:bold}
            table.matrix{width:auto} table.matrix td.cell{min-width:72px}
            td.cell.good{background:#e3f1e4} td.cell.mid{background:#fdf0d9} td.cell.bad{background:#f8dcdc} td.none{color:#bbb}
            .words{color:var(--muted);font-size:12px}
            .id,.loc,code{font-family:monospace;font-size:12px;color:var(--muted)}
            .type{font-size:12px;color:#fff;background:#777;border-radius:3px;padding:0 5px;font-weight:normal}
            article.subject{background:#fff;border:1px solid var(--line);border-radius:4px;padding:4px 14px;margin:10px 0}
            article ul{list-style:none;padding:0;margin:0} li.finding{border-top:1px dashed var(--line);padding:6px 0}
            li.finding:first-child{border-top:none}
            .badge{display:inline-block;color:#fff;border-radius:3px;padding:0 6px;margin-right:4px;font-size:12px}
            .badge.violation{background:var(--bad)} .badge.warning{background:var(--mid)} .badge.recommendation{background:#1565c0}
            .badge.data{background:#6a1b9a} .badge.waived{background:#777}
            .clause,.measure{color:var(--muted);margin-left:6px}
            .remedy span{font-weight:bold} .remedy{color:#1b5e20} .waiver{color:var(--muted)}
            .count{font-size:14px;color:var(--muted)}
            .explain{color:var(--muted)}
            footer{max-width:1200px;margin:0 auto;padding:16px 32px 32px;color:var(--muted);font-size:12px}
            @page{size:A4;margin:14mm 11mm 13mm}
            @media print{
            body{background:#fff;font-size:10pt;-webkit-print-color-adjust:exact;print-color-adjust:exact}
            header{background:none;color:var(--ink);padding:0 0 4px;border-bottom:2px solid #a3162b}
            header h1{font-size:17pt} header .id{color:var(--muted)}
            main,footer{max-width:none;margin:0;padding:0}
            h2{margin-top:10px;break-after:avoid} h3{margin:8px 0 4px;break-after:avoid}
            .cards{flex-wrap:nowrap;gap:8px;margin-top:8px;break-inside:avoid}
            .card{flex:1 1 0;min-width:0;padding:4px 8px} .card .value{font-size:20pt}
            svg.chart{display:block;width:100%;height:auto;max-height:215mm;break-inside:avoid}
            table,svg.chart,article.subject{border-color:#ccc}
            thead{display:table-header-group} tr,li.finding,.card,article.subject{break-inside:avoid}
            #accounting,#findings{break-before:page}
            }
            """;
}
