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
                Map.of("FL-4.3d", new RequirementScore("FL-4.3d", 3, 1, 1)));
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
        assertThat(html).containsPattern("data-area=\"sd1\">.*<td class=\"num checked\">3</td><td class=\"num met\">1</td>"
                + "<td class=\"num waived\">1</td>");
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

    @Test
    void drawsEachBarToItsRateOnAGridOfQuarters() {
        String html = ReportHtml.toHtml(report(), CATALOGUE, "en");

        // two requirements: 28 px of axis and margins and 24 px a bar; 320 px of labels, 560 of bars, 130 of figures
        assertThat(element(html, "<svg class=\"chart\" id=\"chart-requirements\"", "</svg>")).isEqualTo(
                "<svg class=\"chart\" id=\"chart-requirements\" role=\"img\" width=\"1010\" height=\"76\" viewBox=\"0 0 1010 76\">\n"
                + grid(76)
                + "<g class=\"bar\"><title>at least 4 part-time vice-chairs</title>"
                + "<text x=\"312\" y=\"21\" class=\"label\">FL-2.4a at least 4 part-time vice-chairs</text>"
                + "<rect x=\"320\" y=\"8\" width=\"560\" height=\"18\" class=\"track\"/>"
                + "<rect x=\"320\" y=\"8\" width=\"560\" height=\"18\" class=\"good\"/>"
                + "<text x=\"888\" y=\"21\" class=\"value good\">100.0% <tspan class=\"frac\">1/1</tspan></text></g>\n"
                + "<g class=\"bar\"><title>a women&#39;s work station</title>"
                + "<text x=\"312\" y=\"45\" class=\"label\">FL-4.3d a women&#39;s work station</text>"
                + "<rect x=\"320\" y=\"32\" width=\"560\" height=\"18\" class=\"track\"/>"
                + "<rect x=\"320\" y=\"32\" width=\"420\" height=\"18\" class=\"mid\"/>"
                + "<text x=\"888\" y=\"45\" class=\"value mid\">75.0% <tspan class=\"frac\">3/4</tspan></text></g>\n"
                + "</svg>");
        assertThat(element(html, "<svg class=\"chart\" id=\"chart-subdistricts\"", "</svg>"))
                .contains("<rect x=\"320\" y=\"8\" width=\"374\" height=\"18\" class=\"mid\"/>")
                .as("an area with nothing checked has an empty bar and a dash")
                .contains("<rect x=\"320\" y=\"32\" width=\"0\" height=\"18\" class=\"none\"/>"
                        + "<text x=\"888\" y=\"45\" class=\"value none\">— <tspan class=\"frac\">0/0</tspan></text>");
    }

    @Test
    void theChartNamesEachRequirementShortlyAndKeepsItsWholeWordsAsTheTooltip() {
        String longWords = "按照不低于辖区常住妇女人口数1‰的比例配备执委，一般不少于30人";
        Catalogue catalogue = new Catalogue(List.of(
                new Requirement("FL-2.4a", "二(二)4", Strength.IN_PRINCIPLE, "district WF", "选配兼职副主席原则上不少于 4 人的要求必须落实到位",
                        "part-time vice-chairs of the district federation ≥ `districtPartTimeViceChairsMin`"),
                new Requirement("FL-4.3d", "二(四)3", Strength.SHOULD, "building", longWords,
                        "executive members of the sub-district federation in proportion to its resident women, per mille")),
                List.of());

        String zh = element(ReportHtml.toHtml(report(), catalogue, "zh"), "id=\"chart-requirements\"", "</svg>");
        String en = element(ReportHtml.toHtml(report(), catalogue, "en"), "id=\"chart-requirements\"", "</svg>");

        assertThat(zh).contains("class=\"label\">FL-2.4a 选配兼职副主席原则上不少于 4…</text>")
                .contains("class=\"label\">FL-4.3d 按照不低于辖区常住妇女人口数1…</text>")
                .contains("<title>" + longWords + "</title>");
        assertThat(en).contains("class=\"label\">FL-2.4a part-time vice-chairs of the district…</text>")
                .contains("class=\"label\">FL-4.3d executive members of the sub-district…</text>")
                .contains("<title>part-time vice-chairs of the district federation ≥ districtPartTimeViceChairsMin</title>");
    }

    @Test
    void printedPagesAreA4WithTheDistrictAndPeriodAtTheTopOfEachAndNoCardOrChartSplit() {
        String html = ReportHtml.toHtml(report(), CATALOGUE, "zh");

        assertThat(html).contains("@page{size:A4;").contains("@media print{")
                .contains("svg.chart{display:block;width:100%;height:auto;max-height:215mm;break-inside:avoid}")
                .contains("tr,li.finding,.card,article.subject{break-inside:avoid}")
                .contains("@page{@top-left{content:\"青溪区妇联 · 考核期 2025-01-01 至 2025-12-31\";");
    }

    @Test
    void theRunningHeaderCannotCloseItsStringOrItsStyleElement() {
        assertThat(ReportHtml.cssString("区\"}</style><script>\\")).isEqualTo("区\\22 }\\3c /style\\3e \\3c script\\3e \\5c ");
    }

    private static String grid(int height) {
        StringBuilder lines = new StringBuilder();
        for (int pct = 0; pct <= 100; pct += 25) {
            int x = 320 + 560 * pct / 100;
            lines.append("<line x1=\"").append(x).append("\" y1=\"4\" x2=\"").append(x).append("\" y2=\"").append(height - 20)
                    .append("\" class=\"grid\"/><text x=\"").append(x).append("\" y=\"").append(height - 6)
                    .append("\" class=\"axis\">").append(pct).append("%</text>\n");
        }
        return lines.toString();
    }

    @Test
    void ratesFromNinetyPercentAreGoodFromSixtyMiddlingBelowBad() {
        Map<String, RequirementScore> scores = new LinkedHashMap<>();
        scores.put("FL-1", new RequirementScore("FL-1", 10, 9, 0));
        scores.put("FL-2", new RequirementScore("FL-2", 1000, 899, 0));
        scores.put("FL-3", new RequirementScore("FL-3", 5, 3, 0));
        scores.put("FL-4", new RequirementScore("FL-4", 1000, 599, 0));
        Report r = new Report("qx", AssessmentPeriod.year(2025), List.of(), Summary.of(List.of(), scores),
                new Scorecard(new ScoreLine("qx", "qx", Level.DISTRICT, null, scores), List.of(), List.of()),
                Accounting.empty(), Map.of());

        String table = element(ReportHtml.toHtml(r, "en"), "<table id=\"table-requirements\"", "</table>");

        assertThat(table).contains("<td class=\"num rate good\">90.0%</td>").contains("<td class=\"num rate mid\">89.9%</td>")
                .contains("<td class=\"num rate mid\">60.0%</td>").contains("<td class=\"num rate bad\">59.9%</td>");
    }

    @Test
    void summaryCardsCountViolationsWarningsAndDataIssues() {
        assertThat(ReportHtml.toHtml(report(), CATALOGUE, "en"))
                .contains("<div class=\"card good\" id=\"open-violations\"><div class=\"label\">Open violations</div>"
                        + "<div class=\"value\">0</div><div class=\"note\">violations 1, waived 1</div></div>")
                .contains("<div class=\"card mid\" id=\"warnings\"><div class=\"label\">Warnings</div>"
                        + "<div class=\"value\">1</div><div class=\"note\">recommendations 0</div></div>")
                .contains("<div class=\"card good\" id=\"data-issues\"><div class=\"label\">Data issues</div>"
                        + "<div class=\"value\">0</div><div class=\"note\">records 4, rejected 1</div></div>");
        assertThat(ReportHtml.toHtml(openReport(), "en"))
                .contains("<div class=\"card bad\" id=\"open-violations\"><div class=\"label\">Open violations</div>"
                        + "<div class=\"value\">1</div><div class=\"note\">violations 1, waived 0</div></div>")
                .contains("<div class=\"card mid\" id=\"data-issues\"><div class=\"label\">Data issues</div>"
                        + "<div class=\"value\">1</div>");
    }

    /** One open violation of a district without a name, and one data finding without a kind's remedy or location. */
    private static Report openReport() {
        Finding violation = new Finding("FL-2.4a", null, null, Strength.IN_PRINCIPLE, Kind.VIOLATION, "qx",
                "DISTRICT_FEDERATION", false, null, "3", "4", 1, List.of(), new Text("少", "few"), null, "district.json:5");
        Finding data = new Finding("DATA", "MISSING_FIELD", null, null, Kind.DATA, "p1", "PERSON", false, null,
                "gender", null, 0, List.of(), new Text("缺", "missing"), new Text("补", "fill in"), null);
        List<Finding> findings = List.of(data, violation);
        return new Report("qx", AssessmentPeriod.year(2025), findings, Summary.of(findings, Map.of()));
    }

    @Test
    void findingsShowTheirKindCodeAndMeasureAndTheSubjectsIdOnlyBesideAName() {
        String html = ReportHtml.toHtml(openReport(), "en");

        assertThat(html).contains("<article class=\"subject\" data-subject=\"qx\"><h3>qx <span class=\"type\">")
                .contains("<li class=\"finding violation\"><span class=\"badge violation\">violation</span> <b>FL-2.4a</b> "
                        + "<span class=\"measure\">measured 3, required 4</span>")
                .contains("<li class=\"finding data\"><span class=\"badge data\">data issue</span> <b>DATA</b> "
                        + "<code>MISSING_FIELD</code> <span class=\"measure\">(gender)</span><div class=\"msg\">missing</div>")
                .as("a remedy left out is left empty").contains("<div class=\"remedy\"><span>Remedy: </span></div>");
        assertThat(element(html, "<section id=\"findings\">", "</section>")).doesNotContain("waived").doesNotContain("clause");
        assertThat(element(html, "data-subject=\"p1\"", "</h3>")).doesNotContain("class=\"loc\"").doesNotContain("class=\"id\"");
        assertThat(element(html, "data-subject=\"qx\"", "</h3>")).contains("<span class=\"loc\">district.json:5</span>");
        assertThat(ReportHtml.toHtml(report(), CATALOGUE, "en"))
                .contains("data-subject=\"b1\"><h3>大厦 &quot;B&quot; &lt;1&gt; <span class=\"id\">b1</span>")
                .contains("<li class=\"finding violation waived\"><span class=\"badge violation\">violation</span>"
                        + "<span class=\"badge waived\">waived</span> <b>FL-2.4a</b>");
    }

    @Test
    void theHeaderNamesTheDistrictWithItsIdAndThePeriod() {
        assertThat(ReportHtml.toHtml(report(), CATALOGUE, "en"))
                .contains("<p class=\"sub\">青溪区妇联 <span class=\"id\">qx</span> · period 2025-01-01 to 2025-12-31</p>");
        assertThat(ReportHtml.toHtml(openReport(), "en")).contains("<p class=\"sub\">qx <span class=\"id\">qx</span> · ");
    }

    @Test
    void tablesOfAreasAndRequirementsHaveTheirNumbers() {
        String html = ReportHtml.toHtml(report(), CATALOGUE, "en");
        String heads = "<th class=\"num\">checked</th><th class=\"num\">met</th><th class=\"num\">waived</th>"
                + "<th class=\"num\">unmet</th><th class=\"num\">rate</th></tr></thead>";

        assertThat(element(html, "<table id=\"table-areas\"", "</table>")).contains(heads)
                .contains("<tr class=\"district\" data-area=\"qx\"><td>青溪区妇联 <span class=\"id\">qx</span></td><td>district</td>")
                .contains("<tr class=\"sub-district\" data-area=\"sd2\"><td>西湖街道妇联 <span class=\"id\">sd2</span></td>"
                        + "<td>sub-district</td><td class=\"num checked\">0</td>");
        assertThat(element(html, "<table id=\"table-requirements\"", "</table>")).contains(heads)
                .contains("<tr data-requirement=\"FL-4.3d\"><td>FL-4.3d<div class=\"words\">a women&#39;s work station</div></td>"
                        + "<td>二(四)3</td><td>should</td><td class=\"num checked\">4</td><td class=\"num met\">3</td>"
                        + "<td class=\"num waived\">0</td><td class=\"num unmet\">1</td><td class=\"num rate mid\">75.0%</td></tr>");

        Map<String, RequirementScore> scores = Map.of("FL-9", new RequirementScore("FL-9", 1, 1, 0));
        Report community = new Report("qx", AssessmentPeriod.year(2025), List.of(), Summary.of(List.of(), scores),
                new Scorecard(new ScoreLine("qx", "qx", Level.DISTRICT, null, scores), List.of(),
                        List.of(new ScoreLine("c1", "c1", Level.COMMUNITY, "sd1", scores))), Accounting.empty(), Map.of());
        Catalogue blankWords = new Catalogue(List.of(new Requirement("FL-9", "九", Strength.MUST, "x", " ", " ")), List.of());
        String other = ReportHtml.toHtml(community, blankWords, "en");
        assertThat(other).contains("<tr class=\"community\" data-area=\"c1\"><td>c1</td><td>community</td>")
                .contains("<tr data-requirement=\"FL-9\"><td>FL-9</td><td>九</td><td>must</td>");
    }

    @Test
    void theMatrixCrossesTheRequirementsCheckedInSubDistrictsWithTheSubDistricts() {
        String matrix = element(ReportHtml.toHtml(report(), CATALOGUE, "en"), "<table id=\"table-matrix\"", "</table>");

        assertThat(matrix).contains("<th class=\"num\">东湖&lt;街道&gt;妇联</th><th class=\"num\">西湖街道妇联</th>")
                .contains("<tr data-requirement=\"FL-4.3d\"><td>FL-4.3d 二(四)3</td><td class=\"num cell mid\">2/3</td>"
                        + "<td class=\"num none\">—</td></tr>")
                .as("checked in no sub-district").doesNotContain("FL-2.4a");

        Map<String, RequirementScore> scores = Map.of("FL-2.4a", new RequirementScore("FL-2.4a", 1, 1, 0));
        Report nothingInSubDistricts = new Report("qx", AssessmentPeriod.year(2025), List.of(), Summary.of(List.of(), scores),
                new Scorecard(new ScoreLine("qx", "qx", Level.DISTRICT, null, scores),
                        List.of(new ScoreLine("sd1", "sd1", Level.SUB_DISTRICT, "qx", Map.of())), List.of()),
                Accounting.empty(), Map.of());
        assertThat(ReportHtml.toHtml(nothingInSubDistricts, "en")).contains("id=\"chart-subdistricts\"")
                .doesNotContain("table-matrix");
    }

    @Test
    void rejectedRecordsShowWhereTheyAreAndIssuesOfTheWholeInput() {
        Accounting accounting = new Accounting(List.of(new RecordAccount("people", 2, 0, List.of(
                new Rejection("p1", "district.json:7", List.of("MISSING_FIELD", "BAD_DATE")),
                new Rejection("p2", null, List.of("DUPLICATE_ID"))))), List.of("NO_DISTRICT_FEDERATION"));
        Report r = new Report(null, AssessmentPeriod.year(2025), List.of(), Summary.of(List.of(), Map.of()),
                new Scorecard(new ScoreLine(null, null, Level.DISTRICT, null, Map.of()), List.of(), List.of()), accounting,
                Map.of());

        assertThat(element(ReportHtml.toHtml(r, "en"), "<table id=\"table-accounting\"", "</table>"))
                .contains("<td class=\"reasons\"><div>p1: MISSING_FIELD, BAD_DATE <span class=\"loc\">district.json:7</span></div>"
                        + "<div>p2: DUPLICATE_ID</div></td>")
                .contains("<tr class=\"total\"><td>total</td><td class=\"num read\">2</td><td class=\"num accepted\">0</td>"
                        + "<td class=\"num rejected\">2</td><td class=\"reasons\"><div>NO_DISTRICT_FEDERATION</div></td>");
    }

    @Test
    void aRejectedRecordIsShownWithTheMessageOfItsDataFinding() {
        Finding zeroDays = new Finding("DATA", "ZERO_DAYS", null, Strength.DATA, Kind.DATA, "act-0260", "ACTIVITY", false,
                null, null, null, 0, List.of(), new Text("活动记录 act-0260 登记的天数为 0", "Activity act-0260 is recorded with 0 days"),
                new Text("更正天数", "Correct the days"), "district.json:1102");
        Accounting accounting = new Accounting(List.of(new RecordAccount("activities", 2, 1, List.of(
                new Rejection("act-0260", "district.json:1102", List.of("ZERO_DAYS"))))), List.of());
        Report r = new Report(null, AssessmentPeriod.year(2025), List.of(zeroDays), Summary.of(List.of(zeroDays), Map.of()),
                new Scorecard(new ScoreLine(null, null, Level.DISTRICT, null, Map.of()), List.of(), List.of()), accounting,
                Map.of());

        assertThat(element(ReportHtml.toHtml(r, "zh"), "<table id=\"table-accounting\"", "</table>"))
                .contains("<td class=\"reasons\"><div>act-0260：活动记录 act-0260 登记的天数为 0 <span class=\"loc\">")
                .doesNotContain("ZERO_DAYS");
    }

    @Test
    void escapesWhatIsMarkupAndSharesItsStyleSheet() {
        assertThat(ReportHtml.escape("<a href='x'>\"Tom\" & Jerry</a>"))
                .isEqualTo("&lt;a href=&#39;x&#39;&gt;&quot;Tom&quot; &amp; Jerry&lt;/a&gt;");
        assertThat(ReportHtml.escape(null)).isEmpty();
        assertThat(ReportHtml.styleSheet()).contains("svg.chart{");
        assertThat(ReportHtml.toHtml(report(), "en")).contains("<style>\n" + ReportHtml.styleSheet() + "@page{@top-left{");
    }

    /** The text of {@code html} from {@code start} to the first {@code end} after it, both included. */
    private static String element(String html, String start, String end) {
        int from = html.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        int to = html.indexOf(end, from);
        assertThat(to).as(end).isPositive();
        return html.substring(from, to + end.length());
    }

    private static String cardValue(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"><div class=\"label\">[^<]*</div><div class=\"value\">([^<]*)<")
                .matcher(html);
        assertThat(m.find()).as(id).isTrue();
        return m.group(1);
    }
}
