package io.github.fulianrules.examples.cli;

import io.github.fulianrules.report.ReportHtml;
import java.util.List;

/**
 * The frame of the {@code impact} and {@code diff} pages: one self-contained HTML page in the
 * style of the check report ({@link ReportHtml#styleSheet()}), inline SVG charts and no script,
 * every text escaped.
 */
final class ComparePage {
    private static final int LABEL = 230;
    private static final int WIDTH = 520;
    private static final int ROW = 16;
    private static final String CSS = """
            svg .before{fill:#9e9e9e} svg .after{fill:#c62828}
            svg .closed{fill:#2e7d32} svg .new{fill:#c62828}
            .legend span{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px;vertical-align:middle}
            .legend .before{background:#9e9e9e} .legend .after{background:#c62828} .legend .closed{background:#2e7d32}
            .legend .new{background:#c62828}
            .warning{background:#fff3e0;border-left:6px solid var(--mid);padding:6px 12px;margin:6px 0}
            tr.changed td{background:#fdecea;font-weight:bold}
            """;

    private final StringBuilder out = new StringBuilder(64 * 1024);
    private final boolean en;

    ComparePage(String lang) {
        this.en = "en".equals(lang);
    }

    String pick(String zh, String english) {
        return en ? english : zh;
    }

    static String esc(String s) {
        return ReportHtml.escape(s);
    }

    ComparePage raw(String html) {
        out.append(html);
        return this;
    }

    ComparePage text(String s) {
        out.append(esc(s));
        return this;
    }

    ComparePage start(String title, String subtitle) {
        out.append("<!DOCTYPE html>\n<html lang=\"").append(en ? "en" : "zh-CN").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(ReportHtml.styleSheet())
                .append(CSS).append("</style>\n</head>\n<body>\n<header><h1>").append(esc(title)).append("</h1>\n")
                .append("<p class=\"sub\">").append(esc(subtitle)).append("</p></header>\n<main>\n");
        return this;
    }

    /** A summary card: label, big value, a note; {@code cls} good, mid or bad colours its edge. */
    ComparePage card(String id, String label, String value, String note, String cls) {
        out.append("<div class=\"card ").append(cls).append("\" id=\"").append(id).append("\"><div class=\"label\">")
                .append(esc(label)).append("</div><div class=\"value\">").append(esc(value))
                .append("</div><div class=\"note\">").append(esc(note)).append("</div></div>\n");
        return this;
    }

    /** A table head of plain and numeric columns: a column whose name starts with {@code #} is numeric. */
    ComparePage head(String id, String... columns) {
        out.append("<table id=\"").append(id).append("\"><thead><tr>");
        for (String c : columns) {
            boolean num = c.startsWith("#");
            out.append(num ? "<th class=\"num\">" : "<th>").append(esc(num ? c.substring(1) : c)).append("</th>");
        }
        out.append("</tr></thead><tbody>\n");
        return this;
    }

    /** One row; {@code attributes} (already escaped) go into the {@code tr}; cells starting with {@code #} are numeric. */
    ComparePage row(String attributes, String... cells) {
        out.append("<tr").append(attributes.isEmpty() ? "" : " " + attributes).append(">");
        for (String c : cells) {
            if (c != null && c.startsWith("#")) {
                out.append("<td class=\"num\">").append(esc(c.substring(1))).append("</td>");
            } else {
                out.append("<td>").append(esc(c)).append("</td>");
            }
        }
        out.append("</tr>\n");
        return this;
    }

    ComparePage endTable() {
        out.append("</tbody></table>\n");
        return this;
    }

    /** One bar pair of a chart: a group's label and its two values. */
    record Pair(String label, long first, long second) {
    }

    /**
     * A horizontal bar chart of pairs: for each group, a bar of {@code firstClass} and one of
     * {@code secondClass} below it, on one scale, each value written after its bar.
     */
    ComparePage pairs(String id, List<Pair> pairs, String firstClass, String secondClass, String firstName, String secondName) {
        long max = Math.max(1, pairs.stream().mapToLong(p -> Math.max(p.first(), p.second())).max().orElse(1));
        int height = 12 + pairs.size() * (2 * ROW + 8);
        int width = LABEL + WIDTH + 110;
        out.append("<p class=\"legend\"><span class=\"").append(firstClass).append("\"></span>").append(esc(firstName))
                .append("<span class=\"").append(secondClass).append("\"></span>").append(esc(secondName)).append("</p>\n");
        out.append("<svg class=\"chart\" id=\"").append(esc(id)).append("\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\">\n");
        int y = 6;
        for (Pair p : pairs) {
            out.append("<g class=\"pair\" data-label=\"").append(esc(p.label())).append("\"><text x=\"").append(LABEL - 8)
                    .append("\" y=\"").append(y + ROW + 4).append("\" class=\"label\">").append(esc(p.label())).append("</text>");
            bar(y, p.first(), max, firstClass);
            bar(y + ROW, p.second(), max, secondClass);
            out.append("</g>\n");
            y += 2 * ROW + 8;
        }
        out.append("</svg>\n");
        return this;
    }

    private void bar(int y, long value, long max, String cls) {
        long w = Math.round((double) WIDTH * value / max);
        out.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 1).append("\" width=\"").append(w)
                .append("\" height=\"").append(ROW - 3).append("\" class=\"").append(cls).append("\"/>")
                .append("<text x=\"").append(LABEL + w + 6).append("\" y=\"").append(y + ROW - 3)
                .append("\" class=\"value\">").append(value).append("</text>");
    }

    String finish(String footer) {
        out.append("</main>\n<footer>").append(esc(footer)).append("</footer>\n</body>\n</html>\n");
        return out.toString();
    }
}
