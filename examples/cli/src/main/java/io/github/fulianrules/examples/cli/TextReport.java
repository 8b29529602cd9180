package io.github.fulianrules.examples.cli;

import io.github.fulianrules.catalogue.Catalogue;
import io.github.fulianrules.catalogue.Requirement;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.report.Accounting;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.report.Kind;
import io.github.fulianrules.report.ModelLabels;
import io.github.fulianrules.report.RecordAccount;
import io.github.fulianrules.report.Rejection;
import io.github.fulianrules.report.ReportWords;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.report.RequirementScore;
import io.github.fulianrules.report.Strength;
import io.github.fulianrules.report.Summary;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report for people: a header with the counts, the findings grouped by requirement or by
 * subject, each with what was measured, what is required, the message and the remedy, then a
 * score per requirement, the scorecard per area and the accounting of the input records. Organizations and
 * people are shown by name and id, e.g. {@code 雷玉兰 (p-0094)}.
 */
final class TextReport {
    private final Catalogue catalogue;
    private final DistrictData data;
    private final boolean en;
    private final ReportWords words;
    private final boolean bySubject;
    private final Map<String, String> names = new HashMap<>();

    TextReport(Catalogue catalogue, DistrictData data, String lang, boolean bySubject) {
        this.catalogue = catalogue;
        this.data = data;
        this.en = "en".equals(lang);
        this.words = ReportWords.of(lang);
        this.bySubject = bySubject;
        data.federations().forEach(f -> names.putIfAbsent(f.id(), f.name()));
        data.womensHomes().forEach(h -> names.putIfAbsent(h.id(), h.name()));
        data.units().forEach(u -> names.putIfAbsent(u.id(), u.name()));
        data.buildings().forEach(b -> names.putIfAbsent(b.id(), b.name()));
        data.activityCentres().forEach(c -> names.putIfAbsent(c.id(), c.name()));
        data.people().forEach(p -> names.putIfAbsent(p.id(), p.name()));
    }

    void print(Report report, PrintWriter out) {
        header(report, out);
        if (report.findings().isEmpty()) {
            out.println(en ? "No findings." : "没有发现问题。");
        } else if (bySubject) {
            bySubject(report, out);
        } else {
            byRequirement(report, out);
        }
        out.println();
        scores(report, out);
        out.println();
        areas(report, out);
        out.println();
        accounting(report, out);
    }

    private void header(Report report, PrintWriter out) {
        Optional<Federation> district = data.district();
        String who = district.map(f -> named(f.id())).orElse(en ? "(no district federation)" : "（无区妇联）");
        Summary s = report.summary();
        int violations = s.count(Kind.VIOLATION);
        out.println((en ? "District:  " : "区妇联：") + who);
        out.println((en ? "Period:    " : "考核期：") + report.period().start()
                + (en ? " .. " : " 至 ") + report.period().end());
        if (en) {
            out.printf("Findings:  %d violations (%d open, %d waived), %d warnings, %d recommendations, %d data issues%n",
                    violations, s.openViolations(), violations - s.openViolations(), s.count(Kind.WARNING),
                    s.count(Kind.RECOMMENDATION), s.count(Kind.DATA));
        } else {
            out.printf("发现：违规 %d（未豁免 %d，已豁免 %d），警告 %d，建议 %d，数据问题 %d%n",
                    violations, s.openViolations(), violations - s.openViolations(), s.count(Kind.WARNING),
                    s.count(Kind.RECOMMENDATION), s.count(Kind.DATA));
        }
        out.println();
    }

    private void byRequirement(Report report, PrintWriter out) {
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        report.findings().forEach(f -> groups.computeIfAbsent(f.requirementId(), k -> new ArrayList<>()).add(f));
        groups.forEach((id, findings) -> {
            Optional<Requirement> req = catalogue.requirement(id);
            String title = req.map(r -> r.id() + "  " + r.clause() + "  " + strength(r.strength()) + "  "
                    + (en ? r.check() : r.sourceWords())).orElse(id.equals("DATA") ? (en ? "DATA  data issues" : "DATA  数据问题") : id);
            out.println("== " + title + "  (" + findings.size() + ")");
            for (Finding f : findings) {
                out.println("  " + marks(f) + " " + named(f.subjectId()) + where(f) + measured(f));
                body(f, out);
            }
            out.println();
        });
    }

    private void bySubject(Report report, PrintWriter out) {
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        report.findings().stream()
                .sorted(Comparator.comparing(Finding::subjectId).thenComparing(Finding.ORDER))
                .forEach(f -> groups.computeIfAbsent(f.subjectId(), k -> new ArrayList<>()).add(f));
        groups.forEach((subject, findings) -> {
            out.println("== " + named(subject) + "  " + ModelLabels.subjectType(findings.get(0).subjectType(), en ? "en" : "zh")
                    + where(findings.get(0))
                    + "  (" + findings.size() + ")");
            for (Finding f : findings) {
                String what = f.code() == null ? f.requirementId() + " " + f.clause() : f.requirementId() + " " + f.code();
                out.println("  " + marks(f) + " " + what + measured(f));
                body(f, out);
            }
            out.println();
        });
    }

    private void body(Finding f, PrintWriter out) {
        out.println("      " + f.message().in(en ? "en" : "zh"));
        out.println("      " + (en ? "Remedy: " : "整改：") + f.remedy().in(en ? "en" : "zh"));
        if (f.waived()) {
            out.println("      " + (en ? "Waived: " : "豁免：") + f.waiverReason());
        }
    }

    private String marks(Finding f) {
        String kind = switch (f.kind()) {
            case VIOLATION -> en ? "VIOLATION" : "违规";
            case WARNING -> en ? "WARNING" : "警告";
            case RECOMMENDATION -> en ? "RECOMMENDATION" : "建议";
            case DATA -> en ? "DATA" : "数据";
        };
        return "[" + kind + "]" + (f.waived() ? (en ? "[WAIVED]" : "[已豁免]") : "");
    }

    private String strength(Strength s) {
        if (en) {
            return s.name();
        }
        return switch (s) {
            case MUST -> "必须";
            case IN_PRINCIPLE -> "原则上";
            case SHOULD -> "一般要求";
            case ENCOURAGED -> "鼓励";
            case DATA -> "数据";
        };
    }

    /** What was measured and required, in words where they are values of the model ("否", not "NO"). */
    private String measured(Finding f) {
        String lang = en ? "en" : "zh";
        String measured = ModelLabels.value(f.measured(), lang);
        if (f.required() == null) {
            return measured == null ? "" : "  (" + measured + ")";
        }
        String required = ModelLabels.value(f.required(), lang);
        return en ? "  measured " + measured + ", required " + required : "  实测 " + measured + "，要求 " + required;
    }

    private static String where(Finding f) {
        return f.location() == null ? "" : "  [" + f.location() + "]";
    }

    private String named(String id) {
        String name = names.get(id);
        return name == null || name.isBlank() || name.equals(id) ? id : name + " (" + id + ")";
    }

    private void scores(Report report, PrintWriter out) {
        out.println(en ? "Scores per requirement" : "各项要求得分");
        String[] head = en ? new String[] {"requirement", "clause", "strength", "checked", "met", "waived", "rate"}
                : new String[] {"编号", "条款", "强度", "检查", "达标", "豁免", "达标率"};
        int[] widths = {9, 9, 13, 7, 6, 6, 7};
        out.println(row(head, widths));
        for (RequirementScore s : report.summary().scores().values()) {
            String strength = catalogue.requirement(s.requirementId()).map(r -> strength(r.strength())).orElse("");
            String clause = catalogue.requirement(s.requirementId()).map(Requirement::clause).orElse("");
            out.println(row(new String[] {s.requirementId(), clause, strength, Integer.toString(s.checked()),
                    Integer.toString(s.met()), Integer.toString(s.waived()), String.format("%.1f%%", s.ratePercent())},
                    widths));
        }
    }

    private void areas(Report report, PrintWriter out) {
        out.println(en ? "Scores per area" : "各区域得分");
        String[] head = en ? new String[] {"area", "id", "level", "checked", "met", "waived", "unmet", "rate"}
                : new String[] {"区域", "编号", "层级", "检查", "达标", "豁免", "未达标", "达标率"};
        int[] widths = {20, 12, 12, 7, 6, 6, 6, 7};
        out.println(row(head, widths, 3));
        report.scorecard().lines().forEach(l -> {
            String level = switch (l.level()) {
                case DISTRICT -> en ? "district" : "全区";
                case SUB_DISTRICT -> en ? "sub-district" : "街道";
                case COMMUNITY -> en ? "community" : "社区";
            };
            String name = (l.level() == Level.COMMUNITY ? "  " : "") + (l.name() == null ? "-" : l.name());
            out.println(row(new String[] {name, l.areaId() == null ? "-" : l.areaId(), level,
                    Integer.toString(l.checked()), Integer.toString(l.met()), Integer.toString(l.waived()),
                    Integer.toString(l.unmet()),
                    l.ratePercent() == null ? "-" : String.format("%.1f%%", l.ratePercent())}, widths, 3));
        });
    }

    private void accounting(Report report, PrintWriter out) {
        Accounting a = report.accounting();
        out.println(en ? "Input records (rejected: named by a data finding, so some checks could not be made)"
                : "输入记录（退回：有数据问题，部分检查无法进行）");
        String[] head = en ? new String[] {"records", "read", "accepted", "rejected"}
                : new String[] {"记录类型", "读入", "采纳", "退回"};
        int[] widths = {16, 6, 8, 8};
        out.println(row(head, widths, 1));
        for (RecordAccount r : a.records()) {
            out.println(row(new String[] {words.recordKind(r.kind()), Integer.toString(r.read()), Integer.toString(r.accepted()),
                    Integer.toString(r.rejectedCount())}, widths, 1));
        }
        out.println(row(new String[] {en ? "total" : "合计", Integer.toString(a.read()), Integer.toString(a.accepted()),
                Integer.toString(a.rejected())}, widths, 1));
        for (RecordAccount r : a.records()) {
            for (Rejection x : r.rejected()) {
                out.println("  " + (en ? "rejected " : "退回 ") + words.recordKind(r.kind()) + " " + x.recordId() + (en ? ": " : "：")
                        + words.reasons(report, x) + (x.location() == null ? "" : "  [" + x.location() + "]"));
            }
        }
        for (String other : a.otherIssues()) {
            out.println("  " + (en ? "input: " : "输入：") + words.otherIssue(report, other));
        }
    }

    /** Cells padded to their widths; text columns left, number columns right; a CJK character is two columns wide. */
    private static String row(String[] cells, int[] widths) {
        return row(cells, widths, 3);
    }

    static String row(String[] cells, int[] widths, int textColumns) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            int pad = Math.max(0, widths[i] - displayWidth(cells[i]));
            if (i > 0) {
                s.append("  ");
            }
            if (i < textColumns) {
                s.append(cells[i]).append(" ".repeat(pad));
            } else {
                s.append(" ".repeat(pad)).append(cells[i]);
            }
        }
        return s.toString().stripTrailing();
    }

    static int displayWidth(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            width += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
