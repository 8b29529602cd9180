package io.github.fulianrules.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.fulianrules.catalogue.Catalogue;
import io.github.fulianrules.catalogue.Requirement;
import io.github.fulianrules.compare.AreaImpact;
import io.github.fulianrules.compare.DistrictImpact;
import io.github.fulianrules.compare.Impact;
import io.github.fulianrules.compare.ParameterChange;
import io.github.fulianrules.compare.RequirementImpact;
import io.github.fulianrules.compare.SubjectChange;
import io.github.fulianrules.report.ModelLabels;
import io.github.fulianrules.report.ReportCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An {@link Impact} as text, JSON, CSV or one HTML page. The text lists every subject that
 * changes outcome when there are at most {@value #TEXT_SUBJECTS}; JSON and CSV always list them all.
 */
final class ImpactOutput {
    /** The most subjects the text report lists one by one. */
    static final int TEXT_SUBJECTS = 200;
    /** The most districts a chart of the HTML page shows, those most changed. */
    static final int CHART_DISTRICTS = 20;

    private final Impact impact;
    private final Catalogue catalogue;
    private final boolean en;

    ImpactOutput(Impact impact, Catalogue catalogue, String lang) {
        this.impact = impact;
        this.catalogue = catalogue;
        this.en = "en".equals(lang);
    }

    private String pick(String zh, String english) {
        return en ? english : zh;
    }

    private String lang() {
        return en ? "en" : "zh";
    }

    /** A measured or required value in words: 否 for {@code NO}; numbers as they are. */
    private String word(String value) {
        return ModelLabels.value(value, lang());
    }

    private String change(SubjectChange c) {
        return c.newlyFailing() ? pick("新增不达标", "newly failing") : pick("转为达标", "newly passing");
    }

    private String parameters() {
        return impact.parameters().stream().map(p -> p.name() + " " + p.before() + " → " + p.after())
                .collect(Collectors.joining(", "));
    }

    // ---- text

    String text() {
        StringWriter s = new StringWriter();
        PrintWriter out = new PrintWriter(s);
        int failing = impact.districts().stream().mapToInt(DistrictImpact::newlyFailing).sum();
        int passing = impact.districts().stream().mapToInt(DistrictImpact::newlyPassing).sum();
        out.println(pick("假设：", "What if: ") + parameters());
        out.printf(pick("区数：%d；结果改变的对象：%d（新增不达标 %d，转为达标 %d）%n",
                "Districts: %d; subjects changing outcome: %d (%d newly failing, %d newly passing)%n"),
                impact.districts().size(), failing + passing, failing, passing);
        out.println();
        List<RequirementImpact> changed = impact.changedRequirements();
        out.println(pick("按要求（仅列有变化者）：", "Per requirement (those that change):"));
        if (changed.isEmpty()) {
            out.println(pick("  没有要求的结果改变。", "  No requirement changes outcome."));
        } else {
            int[] widths = {11, 8, 14, 14, 13, 13};
            out.println("  " + TextReport.row(new String[] {pick("要求", "requirement"), pick("检查", "checked"),
                pick("原不达标", "failing now"), pick("调整后不达标", "failing after"), pick("新增不达标", "newly failing"),
                pick("转为达标", "newly passing")}, widths, 1));
            for (RequirementImpact r : changed) {
                out.println("  " + TextReport.row(new String[] {r.requirementId(), checked(r), num(r.failingBefore()),
                    num(r.failingAfter()), num(r.newlyFailing()), num(r.newlyPassing())}, widths, 1));
            }
        }
        out.printf(pick("  其余 %d 项要求的结果不变。%n", "  %d other requirements checked: no change.%n"),
                impact.requirements().size() - changed.size());
        out.println();
        out.println(pick("按区（改变最多者在前）：", "Per district (most changed first):"));
        int[] widths = {11, 13, 13, 0};
        out.println("  " + TextReport.row(new String[] {pick("区", "district"), pick("新增不达标", "newly failing"),
            pick("转为达标", "newly passing"), pick("名称", "name")}, widths, 1));
        for (DistrictImpact d : impact.districts()) {
            out.println("  " + TextReport.row(new String[] {d.districtId(), num(d.newlyFailing()), num(d.newlyPassing()),
                d.name()}, widths, 1));
        }
        int subjects = impact.changes();
        if (subjects > 0) {
            out.println();
            if (subjects > TEXT_SUBJECTS) {
                out.printf(pick("结果改变的对象共 %d 个；--format json 或 csv 逐一列出。%n",
                        "%d subjects change outcome; --format json or csv lists each.%n"), subjects);
            } else {
                out.println(pick("结果改变的对象：", "Subjects that change outcome:"));
                for (DistrictImpact d : impact.districts()) {
                    for (SubjectChange c : d.subjects()) {
                        out.println("  " + TextReport.row(new String[] {d.districtId(), c.requirementId(), c.subjectId(),
                            change(c), measure(c), c.name().equals(c.subjectId()) ? "" : c.name()}, new int[] {6, 8, 20, 13, 24, 0}, 6));
                    }
                }
            }
        }
        out.flush();
        return s.toString();
    }

    private static String num(int n) {
        return Integer.toString(n);
    }

    private static String checked(RequirementImpact r) {
        return r.checkedBefore() == r.checkedAfter() ? Integer.toString(r.checkedAfter())
                : r.checkedBefore() + "→" + r.checkedAfter();
    }

    private String measure(SubjectChange c) {
        return pick("实测 ", "measured ") + word(c.finding().measured()) + pick("，要求 ", ", required ") + word(c.finding().required())
                + (c.newlyFailing() ? "" : pick("（原要求）", " (before)"));
    }

    // ---- JSON

    String json() {
        return JsonText.of(true, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("parameters");
            for (ParameterChange p : impact.parameters()) {
                g.writeStartObject();
                g.writeStringField("name", p.name());
                g.writeNumberField("before", p.before());
                g.writeNumberField("after", p.after());
                g.writeEndObject();
            }
            g.writeEndArray();
            requirements(g, impact.requirements());
            g.writeArrayFieldStart("districts");
            for (DistrictImpact d : impact.districts()) {
                g.writeStartObject();
                g.writeStringField("district", d.districtId());
                g.writeStringField("name", d.name());
                g.writeObjectFieldStart("period");
                g.writeStringField("start", d.period().start().toString());
                g.writeStringField("end", d.period().end().toString());
                g.writeEndObject();
                g.writeNumberField("newlyFailing", d.newlyFailing());
                g.writeNumberField("newlyPassing", d.newlyPassing());
                requirements(g, d.requirements().stream().filter(RequirementImpact::changed).toList());
                g.writeArrayFieldStart("subDistricts");
                for (AreaImpact a : d.subDistricts()) {
                    g.writeStartObject();
                    g.writeStringField("id", a.areaId());
                    g.writeStringField("name", a.name());
                    g.writeStringField("requirementId", a.requirementId());
                    g.writeNumberField("failingBefore", a.failingBefore());
                    g.writeNumberField("failingAfter", a.failingAfter());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("subjects");
                for (SubjectChange c : d.subjects()) {
                    g.writeStartObject();
                    g.writeStringField("requirementId", c.requirementId());
                    g.writeStringField("subjectId", c.subjectId());
                    g.writeStringField("name", c.name());
                    g.writeStringField("subjectType", c.subjectType());
                    g.writeStringField("federationId", c.federationId());
                    g.writeStringField("change", c.newlyFailing() ? "NEWLY_FAILING" : "NEWLY_PASSING");
                    g.writeStringField("measured", c.finding().measured());
                    g.writeStringField("required", c.finding().required());
                    g.writeNumberField("gap", c.finding().gap());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static void requirements(JsonGenerator g, List<RequirementImpact> list) throws IOException {
        g.writeArrayFieldStart("requirements");
        for (RequirementImpact r : list) {
            g.writeStartObject();
            g.writeStringField("requirementId", r.requirementId());
            g.writeNumberField("checkedBefore", r.checkedBefore());
            g.writeNumberField("checkedAfter", r.checkedAfter());
            g.writeNumberField("failingBefore", r.failingBefore());
            g.writeNumberField("failingAfter", r.failingAfter());
            g.writeNumberField("newlyFailing", r.newlyFailing());
            g.writeNumberField("newlyPassing", r.newlyPassing());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    // ---- CSV

    /** Per requirement: a row {@code ALL} over every district, then one per district where it changes. */
    String csv() {
        StringBuilder out = new StringBuilder(ReportCsv.BOM);
        out.append(ReportCsv.row(pick("区", "district"), pick("要求", "requirement"), pick("原检查", "checked before"),
                pick("改后检查", "checked after"), pick("原不达标", "failing before"), pick("改后不达标", "failing after"),
                pick("新增不达标", "newly failing"), pick("转为达标", "newly passing")));
        for (RequirementImpact r : impact.requirements()) {
            out.append(requirementRow(pick("全部", "all"), r));
        }
        for (DistrictImpact d : impact.districts()) {
            for (RequirementImpact r : d.requirements()) {
                if (r.changed()) {
                    out.append(requirementRow(d.districtId(), r));
                }
            }
        }
        return out.toString();
    }

    private static String requirementRow(String district, RequirementImpact r) {
        return ReportCsv.row(district, r.requirementId(), Integer.toString(r.checkedBefore()),
                Integer.toString(r.checkedAfter()), Integer.toString(r.failingBefore()), Integer.toString(r.failingAfter()),
                Integer.toString(r.newlyFailing()), Integer.toString(r.newlyPassing()));
    }

    /** One row per subject that changes outcome. */
    String subjectsCsv() {
        StringBuilder out = new StringBuilder(ReportCsv.BOM);
        out.append(ReportCsv.row(pick("区", "district"), pick("要求", "requirement"), pick("对象类型", "subject type"),
                pick("对象", "subject"), pick("名称", "name"), pick("所属妇联", "federation"), pick("变化", "change"),
                pick("实测", "measured"), pick("要求值", "required"), pick("差距", "gap")));
        for (DistrictImpact d : impact.districts()) {
            for (SubjectChange c : d.subjects()) {
                out.append(ReportCsv.row(d.districtId(), c.requirementId(), ModelLabels.subjectType(c.subjectType(), lang()),
                        c.subjectId(), c.name(), c.federationId(), change(c), word(c.finding().measured()),
                        word(c.finding().required()), Long.toString(c.finding().gap())));
            }
        }
        return out.toString();
    }

    // ---- HTML

    String html() {
        ComparePage page = new ComparePage(en ? "en" : "zh");
        int failing = impact.districts().stream().mapToInt(DistrictImpact::newlyFailing).sum();
        int passing = impact.districts().stream().mapToInt(DistrictImpact::newlyPassing).sum();
        long affected = impact.districts().stream().filter(d -> d.changes() > 0).count();
        page.start(pick("参数调整影响测算", "What-if: the impact of a parameter change"), parameters());
        page.raw("<section class=\"cards\" id=\"summary\">\n");
        page.card("newly-failing", pick("新增不达标", "Newly failing"), Integer.toString(failing),
                pick("调整后不达标、原先达标的对象", "subjects failing only under the new values"), failing > 0 ? "bad" : "good");
        page.card("newly-passing", pick("转为达标", "Newly passing"), Integer.toString(passing),
                pick("调整后达标、原先不达标的对象", "subjects passing only under the new values"), passing > 0 ? "good" : "mid");
        page.card("districts-affected", pick("受影响的区", "Districts affected"), Long.toString(affected),
                pick("共 ", "of ") + impact.districts().size() + pick(" 个区", " districts"), affected > 0 ? "mid" : "good");
        page.raw("</section>\n");
        for (RequirementImpact r : impact.changedRequirements()) {
            page.raw("<section class=\"requirement\" id=\"req-").text(r.requirementId()).raw("\">\n<h2>").text(r.requirementId())
                    .text(" " + words(r.requirementId())).raw("</h2>\n<p>")
                    .text(pick("不达标对象：", "Failing: ") + r.failingBefore() + " → " + r.failingAfter()
                            + pick("（新增 ", " (+") + r.newlyFailing() + pick("，转为达标 ", ", −") + r.newlyPassing()
                            + pick("）", ")")).raw("</p>\n");
            page.pairs("chart-" + r.requirementId(), pairs(r.requirementId()), "before", "after",
                    pick("调整前不达标", "failing now"), pick("调整后不达标", "failing after the change"));
            page.raw("</section>\n");
        }
        page.raw("<section id=\"districts\">\n<h2>").text(pick("按区（改变最多者在前）", "Per district (most changed first)"))
                .raw("</h2>\n");
        page.head("table-districts", pick("区", "district"), pick("名称", "name"), "#" + pick("新增不达标", "newly failing"),
                "#" + pick("转为达标", "newly passing"));
        for (DistrictImpact d : impact.districts()) {
            page.row("data-district=\"" + ComparePage.esc(d.districtId()) + "\"", d.districtId(), d.name(),
                    "#" + d.newlyFailing(), "#" + d.newlyPassing());
        }
        page.endTable().raw("</section>\n<section id=\"subjects\">\n<h2>").text(pick("结果改变的对象", "Subjects that change outcome"))
                .raw(" <span class=\"count\">").text(Integer.toString(impact.changes())).raw("</span></h2>\n");
        page.head("table-subjects", pick("区", "district"), pick("要求", "requirement"), pick("对象", "subject"),
                pick("名称", "name"), pick("所属妇联", "federation"), pick("变化", "change"), pick("实测", "measured"), pick("要求值", "required"));
        for (DistrictImpact d : impact.districts()) {
            for (SubjectChange c : d.subjects()) {
                page.row("class=\"subject " + (c.newlyFailing() ? "failing" : "passing") + "\"", d.districtId(),
                        c.requirementId(), c.subjectId(), c.name(), c.federationId(),
                        change(c), word(c.finding().measured()), word(c.finding().required()));
            }
        }
        page.endTable().raw("</section>\n");
        page.raw("<section id=\"requirements\">\n<h2>").text(pick("全部要求", "Every requirement checked")).raw("</h2>\n");
        page.head("table-requirements", pick("要求", "requirement"), pick("条款", "clause"), "#" + pick("检查", "checked"),
                "#" + pick("原不达标", "failing before"), "#" + pick("改后不达标", "failing after"),
                "#" + pick("新增不达标", "newly failing"), "#" + pick("转为达标", "newly passing"));
        for (RequirementImpact r : impact.requirements()) {
            page.row("data-requirement=\"" + ComparePage.esc(r.requirementId()) + "\"" + (r.changed() ? " class=\"changed\"" : ""),
                    r.requirementId(), clause(r.requirementId()), "#" + checked(r), "#" + r.failingBefore(),
                    "#" + r.failingAfter(), "#" + r.newlyFailing(), "#" + r.newlyPassing());
        }
        page.endTable().raw("</section>\n");
        return page.finish(pick("由 fulian-rules 生成。不达标 = 有该要求的问题（含已豁免）；同一批数据分别按现行参数和调整后参数评估。",
                "Made by fulian-rules. Failing = a finding of the requirement, waived or not; the same facts evaluated "
                        + "under the current and the changed values."));
    }

    /** The bars of one requirement's chart: per district when there are several (those most changed), else per sub-district. */
    private List<ComparePage.Pair> pairs(String requirementId) {
        List<ComparePage.Pair> pairs = new ArrayList<>();
        if (impact.districts().size() == 1) {
            for (AreaImpact a : impact.districts().get(0).subDistricts()) {
                if (a.requirementId().equals(requirementId)) {
                    pairs.add(new ComparePage.Pair(a.name(), a.failingBefore(), a.failingAfter()));
                }
            }
            return pairs;
        }
        for (DistrictImpact d : impact.districts()) {
            d.requirements().stream().filter(r -> r.requirementId().equals(requirementId) && r.changed()).findFirst()
                    .ifPresent(r -> pairs.add(new ComparePage.Pair(d.districtId(), r.failingBefore(), r.failingAfter())));
            if (pairs.size() == CHART_DISTRICTS) {
                break;
            }
        }
        return pairs;
    }

    private String clause(String id) {
        return catalogue.requirement(id).map(Requirement::clause).orElse("");
    }

    private String words(String id) {
        return catalogue.requirement(id).map(q -> en ? q.check() : q.sourceWords()).orElse("");
    }
}
