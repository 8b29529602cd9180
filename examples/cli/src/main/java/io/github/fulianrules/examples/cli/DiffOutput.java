package io.github.fulianrules.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.fulianrules.compare.ChangeCounts;
import io.github.fulianrules.compare.ChangeKind;
import io.github.fulianrules.compare.DiffSummary;
import io.github.fulianrules.compare.FederationCounts;
import io.github.fulianrules.compare.FindingChange;
import io.github.fulianrules.compare.ReportDifference;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.report.ModelLabels;
import io.github.fulianrules.report.ReportCsv;
import io.github.fulianrules.report.Text;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Report differences as text, JSON, CSV or one HTML page. One district gives one document; many
 * districts (two JSON-lines files) give one part per district, written as it is compared, and the
 * summary at the end.
 */
final class DiffOutput {
    private final boolean en;

    DiffOutput(String lang) {
        this.en = "en".equals(lang);
    }

    /** Each of {@code texts} in the language of the output. */
    private List<String> in(List<Text> texts) {
        return texts.stream().map(t -> pick(t.zh(), t.en())).toList();
    }

    private String pick(String zh, String english) {
        return en ? english : zh;
    }

    /** A value such as {@code NO}, {@code FEMALE} or a level in words; numbers and ids as they are. */
    private String word(String value) {
        return ModelLabels.value(value, en ? "en" : "zh");
    }

    private String kind(ChangeKind k) {
        return switch (k) {
            case CLOSED -> pick("已整改", "closed");
            case NEW -> pick("新增", "new");
            case PERSISTING -> pick("仍存在", "persisting");
            case NARROWED -> pick("差距缩小", "narrowed");
            case WIDENED -> pick("差距扩大", "widened");
        };
    }

    private String counts(ChangeCounts c) {
        return String.format(pick("已整改 %d，新增 %d，仍存在 %d，差距缩小 %d，差距扩大 %d",
                "closed %d, new %d, persisting %d, narrowed %d, widened %d"),
                c.closed(), c.opened(), c.persisting(), c.narrowed(), c.widened());
    }

    private static String period(AssessmentPeriod p) {
        return p == null ? "?" : p.start().getYear() == p.end().getYear() && p.start().getDayOfYear() == 1
                && p.end().getMonthValue() == 12 && p.end().getDayOfMonth() == 31 ? Integer.toString(p.start().getYear())
                : p.start() + ".." + p.end();
    }

    // ---- text

    /** The whole difference of one district: warnings, counts per requirement and area, every change but the persisting. */
    String text(ReportDifference d) {
        StringWriter s = new StringWriter();
        PrintWriter out = new PrintWriter(s);
        out.println(pick("比较：", "Comparing: ") + d.name() + " (" + d.districtId() + ")  " + period(d.before()) + " → "
                + period(d.after()));
        warnings(out, d.warnings());
        out.println(pick("合计：", "Total: ") + counts(d.total()));
        out.println();
        requirements(out, d.byRequirement());
        out.println();
        out.println(pick("按妇联（含下级区域）：", "Per federation (its area, communities included):"));
        head(out, pick("妇联", "federation"));
        for (FederationCounts f : d.byFederation()) {
            if (f.level() == Level.DISTRICT || f.counts().before() + f.counts().after() > 0) {
                row(out, (f.level() == Level.COMMUNITY ? "    " : f.level() == Level.SUB_DISTRICT ? "  " : "") + f.federationId(),
                        f.counts());
            }
        }
        out.println();
        changes(out, d);
        out.flush();
        return s.toString();
    }

    /** One district among many: its name, counts and changes but the persisting. */
    String textPart(String source, ReportDifference d) {
        StringWriter s = new StringWriter();
        PrintWriter out = new PrintWriter(s);
        out.println("== " + source + " " + d.districtId() + " " + d.name() + " ==");
        out.println(pick("合计：", "Total: ") + counts(d.total()));
        changes(out, d);
        out.println();
        out.flush();
        return s.toString();
    }

    /** The summary of many districts: warnings, counts per requirement and per district. */
    String textSummary(DiffSummary summary) {
        StringWriter s = new StringWriter();
        PrintWriter out = new PrintWriter(s);
        out.println(pick("== 汇总 ==", "== Summary =="));
        warnings(out, summary.warnings());
        out.println(pick("合计：", "Total: ") + counts(summary.total()) + pick("；区数 ", "; districts ") + summary.districts().size());
        out.println();
        requirements(out, summary.byRequirement());
        out.println();
        out.println(pick("按区：", "Per district:"));
        head(out, pick("区", "district"));
        for (FederationCounts f : summary.districts()) {
            row(out, f.federationId(), f.counts());
        }
        out.flush();
        return s.toString();
    }

    private void warnings(PrintWriter out, List<Text> warnings) {
        for (Text w : warnings) {
            out.println(pick("注意：", "Warning: ") + pick(w.zh(), w.en()));
        }
    }

    private void requirements(PrintWriter out, Map<String, ChangeCounts> byRequirement) {
        out.println(pick("按要求：", "Per requirement:"));
        head(out, pick("要求", "requirement"));
        byRequirement.forEach((id, c) -> row(out, id, c));
    }

    private static final int[] WIDTHS = {24, 10, 10, 10, 10, 10};

    private void head(PrintWriter out, String first) {
        out.println("  " + TextReport.row(new String[] {first, pick("已整改", "closed"), pick("新增", "new"),
            pick("仍存在", "persisting"), pick("差距缩小", "narrowed"), pick("差距扩大", "widened")}, WIDTHS, 1));
    }

    private static void row(PrintWriter out, String label, ChangeCounts c) {
        out.println("  " + TextReport.row(new String[] {label, Integer.toString(c.closed()), Integer.toString(c.opened()),
            Integer.toString(c.persisting()), Integer.toString(c.narrowed()), Integer.toString(c.widened())}, WIDTHS, 1));
    }

    private void changes(PrintWriter out, ReportDifference d) {
        for (ChangeKind k : List.of(ChangeKind.CLOSED, ChangeKind.NEW, ChangeKind.NARROWED, ChangeKind.WIDENED)) {
            List<FindingChange> list = d.changes(k);
            if (list.isEmpty()) {
                continue;
            }
            out.println(kind(k) + " (" + list.size() + ")" + pick("：", ":"));
            for (FindingChange c : list) {
                out.println("  " + c.requirementId() + (c.code() == null ? "" : " " + c.code()) + " " + c.subjectId()
                        + "  " + gaps(c) + "  " + message(c.latest()));
            }
        }
        int persisting = d.total().persisting();
        if (persisting > 0) {
            out.println(kind(ChangeKind.PERSISTING) + " (" + persisting + ")" + pick("，首次发现于 ", ", first seen ")
                    + period(d.before()) + pick("。", "."));
        }
    }

    private String gaps(FindingChange c) {
        if (c.before() != null && c.after() != null) {
            return pick("差距 ", "gap ") + c.before().gap() + " → " + c.after().gap();
        }
        return pick("差距 ", "gap ") + c.latest().gap();
    }

    private String message(Finding f) {
        return f.message() == null ? "" : f.message().in(en ? "en" : "zh");
    }

    // ---- JSON

    /** The difference of one district, pretty-printed, or on one line for JSON lines. */
    String json(ReportDifference d, boolean pretty) {
        return JsonText.of(pretty, g -> {
            g.writeStartObject();
            g.writeStringField("district", d.districtId());
            g.writeStringField("name", d.name());
            period(g, "before", d.before());
            period(g, "after", d.after());
            strings(g, "warnings", in(d.warnings()));
            counts(g, "total", d.total());
            g.writeObjectFieldStart("byRequirement");
            for (Map.Entry<String, ChangeCounts> e : d.byRequirement().entrySet()) {
                counts(g, e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("byFederation");
            for (FederationCounts f : d.byFederation()) {
                g.writeStartObject();
                g.writeStringField("id", f.federationId());
                g.writeStringField("name", f.name());
                g.writeStringField("level", f.level().name());
                g.writeStringField("parentId", f.parentId());
                counts(g, "counts", f.counts());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("changes");
            for (FindingChange c : d.changes()) {
                g.writeStartObject();
                g.writeStringField("change", c.kind().name());
                g.writeStringField("requirementId", c.requirementId());
                g.writeStringField("code", c.code());
                g.writeStringField("subjectId", c.subjectId());
                g.writeStringField("subjectType", c.latest().subjectType());
                g.writeStringField("federationId", c.federationId());
                period(g, "firstSeen", c.firstSeen());
                finding(g, "before", c.before());
                finding(g, "after", c.after());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** The summary of many districts, on one line: {@code {"summary": {...}}}, the last line of a JSON-lines diff. */
    String jsonSummary(DiffSummary summary) {
        return JsonText.of(false, g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("summary");
            strings(g, "warnings", in(summary.warnings()));
            counts(g, "total", summary.total());
            g.writeObjectFieldStart("byRequirement");
            for (Map.Entry<String, ChangeCounts> e : summary.byRequirement().entrySet()) {
                counts(g, e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeObjectFieldStart("byDistrict");
            for (FederationCounts f : summary.districts()) {
                counts(g, f.federationId() == null ? "" : f.federationId(), f.counts());
            }
            g.writeEndObject();
            strings(g, "onlyBefore", summary.onlyBefore());
            strings(g, "onlyAfter", summary.onlyAfter());
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    private static void period(JsonGenerator g, String field, AssessmentPeriod p) throws IOException {
        if (p == null) {
            g.writeNullField(field);
            return;
        }
        g.writeObjectFieldStart(field);
        g.writeStringField("start", p.start().toString());
        g.writeStringField("end", p.end().toString());
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void counts(JsonGenerator g, String field, ChangeCounts c) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeNumberField("closed", c.closed());
        g.writeNumberField("new", c.opened());
        g.writeNumberField("persisting", c.persisting());
        g.writeNumberField("narrowed", c.narrowed());
        g.writeNumberField("widened", c.widened());
        g.writeEndObject();
    }

    private static void finding(JsonGenerator g, String field, Finding f) throws IOException {
        if (f == null) {
            g.writeNullField(field);
            return;
        }
        g.writeObjectFieldStart(field);
        g.writeStringField("kind", f.kind() == null ? null : f.kind().name());
        g.writeBooleanField("waived", f.waived());
        g.writeStringField("measured", f.measured());
        g.writeStringField("required", f.required());
        g.writeNumberField("gap", f.gap());
        g.writeEndObject();
    }

    // ---- CSV

    String csvHeader() {
        return ReportCsv.BOM + ReportCsv.row(pick("区", "district"), pick("变化", "change"), pick("要求", "requirement"),
                pick("代码", "code"), pick("对象类型", "subject type"), pick("对象", "subject"), pick("所属妇联", "federation"),
                pick("首次发现", "first seen"), pick("原差距", "gap before"), pick("现差距", "gap after"),
                pick("原实测", "measured before"), pick("现实测", "measured after"), pick("要求值", "required"),
                pick("问题", "message"));
    }

    /** One row per finding of either report, persisting ones included. */
    String csvRows(ReportDifference d) {
        StringBuilder out = new StringBuilder();
        for (FindingChange c : d.changes()) {
            out.append(ReportCsv.row(d.districtId(), kind(c.kind()), c.requirementId(), c.code(),
                    ModelLabels.subjectType(c.latest().subjectType(), en ? "en" : "zh"),
                    c.subjectId(), c.federationId(), period(c.firstSeen()),
                    c.before() == null ? "" : Long.toString(c.before().gap()),
                    c.after() == null ? "" : Long.toString(c.after().gap()),
                    c.before() == null ? "" : word(c.before().measured()), c.after() == null ? "" : word(c.after().measured()),
                    word(c.latest().required()), message(c.latest())));
        }
        return out.toString();
    }

    // ---- HTML

    /** One page for {@code differences} (one or many districts) and their {@code summary}. */
    String html(List<ReportDifference> differences, DiffSummary summary) {
        ComparePage page = new ComparePage(en ? "en" : "zh");
        ReportDifference first = differences.isEmpty() ? null : differences.get(0);
        String subtitle = (differences.size() == 1 ? first.name() + " (" + first.districtId() + ")"
                : differences.size() + pick(" 个区", " districts"))
                + (first == null ? "" : " · " + period(first.before()) + " → " + period(first.after()));
        page.start(pick("整改进展对比", "Rectification progress: two reports compared"), subtitle);
        for (Text w : summary.warnings()) {
            page.raw("<p class=\"warning\">").text(pick(w.zh(), w.en())).raw("</p>\n");
        }
        ChangeCounts t = summary.total();
        page.raw("<section class=\"cards\" id=\"summary\">\n");
        page.card("closed", pick("已整改", "Closed"), Integer.toString(t.closed()), pick("上期有、本期无", "in the earlier report only"), "good");
        page.card("new", pick("新增", "New"), Integer.toString(t.opened()), pick("本期新出现", "in the later report only"),
                t.opened() > 0 ? "bad" : "good");
        page.card("narrowed", pick("差距缩小", "Narrowed"), Integer.toString(t.narrowed()),
                pick("差距扩大 ", "widened ") + t.widened(), t.widened() > t.narrowed() ? "bad" : "mid");
        page.card("persisting", pick("仍存在", "Persisting"), Integer.toString(t.persisting()),
                pick("上期 ", "earlier ") + t.before() + pick(" 项，本期 ", ", later ") + t.after(), "mid");
        page.raw("</section>\n<section id=\"requirements\">\n<h2>").text(pick("按要求", "Per requirement")).raw("</h2>\n");
        List<ComparePage.Pair> bars = new ArrayList<>();
        summary.byRequirement().forEach((id, c) -> {
            if (c.closed() + c.opened() > 0) {
                bars.add(new ComparePage.Pair(id, c.closed(), c.opened()));
            }
        });
        if (!bars.isEmpty()) {
            page.pairs("chart-requirements", bars, "closed", "new", pick("已整改", "closed"), pick("新增", "new"));
        }
        countsTable(page, "table-requirements", pick("要求", "requirement"), summary.byRequirement());
        page.raw("</section>\n");
        if (differences.size() == 1) {
            page.raw("<section id=\"federations\">\n<h2>").text(pick("按妇联（含下级区域）", "Per federation (its area)")).raw("</h2>\n");
            page.head("table-federations", pick("妇联", "federation"), pick("层级", "level"), "#" + pick("已整改", "closed"),
                    "#" + pick("新增", "new"), "#" + pick("仍存在", "persisting"), "#" + pick("差距缩小", "narrowed"),
                    "#" + pick("差距扩大", "widened"));
            for (FederationCounts f : first.byFederation()) {
                ChangeCounts c = f.counts();
                page.row("data-federation=\"" + ComparePage.esc(f.federationId()) + "\"", f.name(), word(f.level().name()),
                        "#" + c.closed(), "#" + c.opened(), "#" + c.persisting(), "#" + c.narrowed(), "#" + c.widened());
            }
            page.endTable().raw("</section>\n");
        } else {
            page.raw("<section id=\"districts\">\n<h2>").text(pick("按区", "Per district")).raw("</h2>\n");
            java.util.Map<String, ChangeCounts> byDistrict = new java.util.LinkedHashMap<>();
            summary.districts().forEach(f -> byDistrict.put(f.federationId() + " " + f.name(), f.counts()));
            countsTable(page, "table-districts", pick("区", "district"), byDistrict);
            page.raw("</section>\n");
        }
        page.raw("<section id=\"changes\">\n<h2>").text(pick("逐项变化（不含仍存在者）", "Each change (persisting ones left out)"))
                .raw("</h2>\n");
        page.head("table-changes", pick("区", "district"), pick("变化", "change"), pick("要求", "requirement"),
                pick("对象", "subject"), pick("所属妇联", "federation"), "#" + pick("原差距", "gap before"),
                "#" + pick("现差距", "gap after"), pick("问题", "message"));
        for (ReportDifference d : differences) {
            for (FindingChange c : d.changes()) {
                if (c.kind() != ChangeKind.PERSISTING) {
                    page.row("class=\"change " + c.kind().name().toLowerCase(java.util.Locale.ROOT) + "\"", d.districtId(),
                            kind(c.kind()), c.requirementId() + (c.code() == null ? "" : " " + c.code()), c.subjectId(),
                            c.federationId(), "#" + (c.before() == null ? "—" : c.before().gap()),
                            "#" + (c.after() == null ? "—" : c.after().gap()), message(c.latest()));
                }
            }
        }
        page.endTable().raw("</section>\n");
        return page.finish(pick("由 fulian-rules 生成。按要求、对象和数据代码匹配两期报告中的问题。",
                "Made by fulian-rules. Findings of the two reports are matched by requirement, subject and data code."));
    }

    private void countsTable(ComparePage page, String id, String first, Map<String, ChangeCounts> rows) {
        page.head(id, first, "#" + pick("已整改", "closed"), "#" + pick("新增", "new"), "#" + pick("仍存在", "persisting"),
                "#" + pick("差距缩小", "narrowed"), "#" + pick("差距扩大", "widened"));
        rows.forEach((label, c) -> page.row("data-row=\"" + ComparePage.esc(label) + "\"", label, "#" + c.closed(),
                "#" + c.opened(), "#" + c.persisting(), "#" + c.narrowed(), "#" + c.widened()));
        page.endTable();
    }
}
