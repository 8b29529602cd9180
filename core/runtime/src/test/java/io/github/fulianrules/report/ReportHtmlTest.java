package io.github.fulianrules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.catalogue.Catalogue;
import io.github.fulianrules.catalogue.Requirement;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.Level;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HTML page as text; {@code HtmlReportBrowserIT} in examples loads it in a real browser. */
class ReportHtmlTest {
    private static final Finding WAIVED_VICE_CHAIRS = new Finding("FL-2.4a", null, "二(二)4", Strength.IN_PRINCIPLE,
            Kind.VIOLATION, "qx", "DISTRICT_FEDERATION", true, "换届前过渡 (区委组织部, w1)", "3", "4", 1, List.of(),
            new Text("区妇联兼职副主席 3 人，少于 4 人", "3 part-time vice-chairs, fewer than 4"),
            new Text("还需增补 1 名兼职副主席", "1 more part-time vice-chair needed"), "district.json:5");
    /** Input text that tries to be markup. */
    private static final Finding HOSTILE_BUILDING = new Finding("FL-4.3d", null, "二(四)3", Strength.SHOULD,
            Kind.WARNING, "b1", "BUILDING", false, null, "NO", "YES", 1, List.of(),
            new Text("<script>alert(1)</script>", "<img src=\"http://evil.example/x.png\">"),
            new Text("建站 & 验收", "set one up & check"), null);

    private static final Catalogue CATALOGUE = new Catalogue(List.of(
            new Requirement("FL-2.4a", "二(二)4", Strength.IN_PRINCIPLE, "district WF", "原则上兼职副主席不少于4名",
                    "at least 4 part-time vice-chairs"),
            new Requirement("FL-4.3d", "二(四)3", Strength.SHOULD, "building", "商务楼宇五站合一", "a women's work station")),
            List.of());

    private static Report report() {
        List<Finding> findings = List.of(WAIVED_VICE_CHAIRS, HOSTILE_BUILDING);
        Map<String, RequirementScore> scores = new LinkedHashMap<>();
        scores.put("FL-2.4a", new RequirementScore("FL-2.4a", 1, 0, 1));
        scores.put("FL-4.3d", new RequirementScore("FL-4.3d", 4, 3, 0));
        ScoreLine overall = new ScoreLine("qx", "青溪区妇联", Level.DISTRICT, null, scores);
        ScoreLine east = new ScoreLine("sd1", "东湖<街道>妇联", Level.SUB_DISTRICT, "qx",
                Map.of("FL-4.3d", new RequirementScore("FL-4.3d", 3, 2, 0)));
        ScoreLine west = new ScoreLine("sd2", "西湖街道妇联", Level.SUB_DISTRICT, "qx", Map.of());
        Accounting accounting = new Accounting(List.of(new RecordAccount("buildings", 4, 3,
                List.of(new Rejection("b9", "district.json:40", List.of("UNKNOWN_REFERENCE"))))), List.of());
        return new Report("qx", AssessmentPeriod.year(2025), findings, Summary.of(findings, scores),
                new Scorecard(overall, List.of(east, west), List.of()), accounting,
                Map.of("qx", "青溪区妇联", "b1", "大厦 \"B\" <1>"));
    }

    @Test
    void measuredAndRequiredValuesOfTheModelAreShownInWords() {
        assertThat(ReportHtml.toHtml(report(), CATALOGUE, "zh")).contains("实测 否，要求 是").doesNotContain("实测 NO");
        assertThat(ReportHtml.toHtml(report(), CATALOGUE, "en")).contains("measured no, required yes");
    }

    @Test
    void isOnePageThatNeedsNothingFromElsewhere() {
        String html = ReportHtml.toHtml(report(), CATALOGUE, "zh");

        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(html).doesNotContainIgnoringCase("http").doesNotContainIgnoringCase("src=")
                .doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link")
                .doesNotContainIgnoringCase("url(").doesNotContainIgnoringCase("@import");
        assertThat(html).contains("<style>").contains("<svg class=\"chart\" id=\"chart-requirements\"")
                .contains("<svg class=\"chart\" id=\"chart-subdistricts\"");
    }

    @Test
    void everyTextFromTheInputIsEscaped() {
        String html = ReportHtml.toHtml(report(), CATALOGUE, "zh");

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("大厦 &quot;B&quot; &lt;1&gt;")
                .contains("东湖&lt;街道&gt;妇联").contains("建站 &amp; 验收");
        assertThat(ReportHtml.toHtml(report(), CATALOGUE, "en"))
                .contains("&lt;img src=&quot;http://evil.example/x.png&quot;&gt;").doesNotContain("<img");
    }

    @Test
    void isChineseByDefaultAndEnglishWhenAsked() {
        String zh = ReportHtml.toHtml(report(), CATALOGUE, "zh");
        String en = ReportHtml.toHtml(report(), CATALOGUE, "en");

        assertThat(zh).contains("<html lang=\"zh-CN\">").contains("总体达标率").contains("整改：").contains("原则上兼职副主席不少于4名");
        assertThat(en).contains("<html lang=\"en\">").contains("Overall compliance").contains("Remedy: ")
                .contains("at least 4 part-time vice-chairs").doesNotContain("总体达标率");
    }

    @Test
    void showsTheScorecardNumbers() {
        String html = ReportHtml.toHtml(report(), CATALOGUE, "en");

        assertThat(cardValue(html, "overall-rate")).isEqualTo("80.0%");
        assertThat(cardValue(html, "open-violations")).isEqualTo("0");
        assertThat(html).contains("66.7% <tspan class=\"frac\">2/3</tspan>")
                .as("an area with nothing checked has a dash, not 100%").contains("—");
        assertThat(html).containsPattern("data-area=\"sd1\">.*<td class=\"num checked\">3</td><td class=\"num met\">2</td>");
        assertThat(html).containsPattern("data-kind=\"buildings\">.*<td class=\"num read\">4</td><td class=\"num accepted\">3</td>"
                + "<td class=\"num rejected\">1</td><td class=\"reasons\"><div>b9: UNKNOWN_REFERENCE");
    }

    @Test
    void groupsFindingsBySubjectWithRemedyClauseAndWaiver() {
        String html = ReportHtml.toHtml(report(), CATALOGUE, "zh");

        int building = html.indexOf("data-subject=\"b1\"");
        int district = html.indexOf("data-subject=\"qx\"");
        assertThat(building).isPositive().isLessThan(district);
        String qx = html.substring(district);
        assertThat(qx).contains("条款 二(二)4").contains("整改：</span>还需增补 1 名兼职副主席").contains("已豁免")
                .contains("豁免：换届前过渡 (区委组织部, w1)").contains("实测 3，要求 4");
    }

    @Test
    void aReportWithoutFindingsSaysSo() {
        Report empty = new Report(null, AssessmentPeriod.year(2025), List.of(), Summary.of(List.of(), Map.of()));

        assertThat(ReportHtml.toHtml(empty, "en")).contains("No findings.").contains("(no district federation)");
    }

    @Test
    void theSameReportGivesTheSamePage() {
        assertThat(ReportHtml.toHtml(report(), CATALOGUE, "zh")).isEqualTo(ReportHtml.toHtml(report(), CATALOGUE, "zh"));
    }

    private static String cardValue(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"><div class=\"label\">[^<]*</div><div class=\"value\">([^<]*)<")
                .matcher(html);
        assertThat(m.find()).as(id).isTrue();
        return m.group(1);
    }
}
