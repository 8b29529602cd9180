package io.github.fulianrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.compare.AreaImpact;
import io.github.fulianrules.compare.DistrictImpact;
import io.github.fulianrules.compare.ReportDiff;
import io.github.fulianrules.compare.ReportDifference;
import io.github.fulianrules.compare.WhatIf;
import io.github.fulianrules.examples.generate.NationGenerator;
import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.report.Kind;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.report.ReportJson;
import io.github.fulianrules.report.RequirementScore;
import io.github.fulianrules.report.ScoreLine;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample district's HTML report, written by the CLI jar, loaded in a real headless Chromium:
 * the rendered page shows the numbers of the report computed here, and a screenshot is taken to
 * {@code target/html-report.png}; likewise the pages of {@code impact} (screenshot
 * {@code target/impact-report.png}) and {@code diff}; and the report is printed to PDF on A4
 * ({@code target/html-report.pdf}), read back with poppler's {@code pdftotext}. Runs in the {@code browser}
 * profile, active where {@code /usr/bin/chromium} exists ({@code .ci/run} installs it and poppler-utils).
 */
class HtmlReportBrowserIT {
    private static final Path JAR = Path.of(System.getProperty("cli.jar", "target/fulian-rules-cli.jar"));
    private static final Path CHROMIUM = Path.of(System.getProperty("chromium", "/usr/bin/chromium"));
    private static final Path SAMPLE = Path.of("..", "sample", "district.json");
    private static final Path PAGE = Path.of("target", "html-report.html");
    private static final Path SCREENSHOT = Path.of("target", "html-report.png");
    private static final Path PDF = Path.of("target", "html-report.pdf");

    private static Report report;

    @BeforeAll
    static void renderTheSampleWithTheJar() throws Exception {
        report = FulianRules.bundled().evaluate(DistrictReader.read(SAMPLE));
        Files.deleteIfExists(PAGE);
        Files.deleteIfExists(SCREENSHOT);
        int exit = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "check", SAMPLE.toString(), "--format", "html", "--lang", "zh", "--out", PAGE.toString()),
                Files.createTempFile("cli", ".out"));
        assertThat(exit).as("the sample has open violations").isEqualTo(1);
    }

    private static int run(List<String> command, Path output) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("finished in time: " + command).isTrue();
        return p.exitValue();
    }

    /** Chromium, headless, with a fresh profile and nothing that goes on the network by itself, on the check page. */
    private static List<String> chromium(Path profile, String... args) {
        return chromium(profile, PAGE, args);
    }

    private static List<String> chromium(Path profile, Path page, String... args) {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        command.add(page.toAbsolutePath().toUri().toString());
        return command;
    }

    /** The page as Chromium rendered it. */
    private static String dom(Path page, Path dir) throws Exception {
        Path dom = dir.resolve("dom.html");
        Path profile = Files.createDirectory(dir.resolve("profile"));
        Process p = new ProcessBuilder(chromium(profile, page, "--dump-dom")).redirectOutput(dom.toFile())
                .redirectError(dir.resolve("chromium.err").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return Files.readString(dom, StandardCharsets.UTF_8);
    }

    private static int cli(Path output, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return run(command, output);
    }

    @Test
    void theImpactPageShowsEachCommunityThatWouldFallShortAndAChartPerSubDistrict(@TempDir Path dir) throws Exception {
        Path page = Path.of("target", "impact-report.html");
        Path screenshot = Path.of("target", "impact-report.png");
        DistrictImpact impact = WhatIf.of(FulianRules.bundled(), Map.of("communityExecutiveFloor", 17L))
                .assess(DistrictReader.read(SAMPLE));
        assertThat(cli(dir.resolve("cli.out"), "impact", SAMPLE.toString(), "--set", "communityExecutiveFloor=17",
                "--format", "html", "--lang", "zh", "--out", page.toString())).isZero();

        String html = dom(page, dir);

        assertThat(text(html, "id=\"newly-failing\"", "div class=\"value\"")).isEqualTo(Integer.toString(impact.newlyFailing()));
        String chart = section(html, "chart-FL-4.2d");
        for (AreaImpact a : impact.subDistricts()) {
            assertThat(chart).contains("data-label=\"" + a.name() + "\"");
        }
        assertThat(count(chart, "<g class=\"pair\"")).isEqualTo(impact.subDistricts().size());
        assertThat(count(html, "<tr class=\"subject failing\"")).isEqualTo(impact.newlyFailing());
        impact.subjects().forEach(c -> assertThat(html).contains(">" + c.name() + "<"));

        Path profile = Files.createDirectory(dir.resolve("shot"));
        run(chromium(profile, page, "--screenshot=" + screenshot.toAbsolutePath(), "--window-size=1280,1600",
                "--hide-scrollbars"), dir.resolve("chromium.out"));
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(pixels(image, 0xa3162b)).as("header").isGreaterThan(10_000);
        assertThat(pixels(image, 0x9e9e9e) + pixels(image, 0xc62828)).as("bars before and after").isGreaterThan(5_000);
    }

    @Test
    void theDiffPageShowsTheChangesOfAGeneratedPair(@TempDir Path dir) throws Exception {
        Path page = Path.of("target", "diff-report.html");
        NationGenerator nation = new NationGenerator(21, NationGenerator.Scale.SMALL);
        FulianRules engine = FulianRules.bundled();
        ReportDifference diff = ReportDiff.between(engine.evaluate(nation.district(0)), engine.evaluate(nation.nextPeriod(0).district()));
        Path y1 = dir.resolve("y1.jsonl");
        Path y2 = dir.resolve("y2.jsonl");
        Path before = dir.resolve("before.json");
        Path after = dir.resolve("after.json");
        assertThat(cli(dir.resolve("gen.out"), "generate", "--districts", "1", "--seed", "21", "--scale", "small",
                "--out", y1.toString(), "--next-out", y2.toString())).isZero();
        Files.writeString(before, ReportJson.toJson(engine.evaluate(DistrictReader.read(y1))), StandardCharsets.UTF_8);
        Files.writeString(after, ReportJson.toJson(engine.evaluate(DistrictReader.read(y2))), StandardCharsets.UTF_8);
        assertThat(cli(dir.resolve("cli.out"), "diff", before.toString(), after.toString(), "--format", "html",
                "--lang", "en", "--out", page.toString())).isZero();

        String html = dom(page, dir);

        assertThat(text(html, "id=\"closed\"", "div class=\"value\"")).isEqualTo(Integer.toString(diff.total().closed()));
        assertThat(text(html, "id=\"new\"", "div class=\"value\"")).isEqualTo(Integer.toString(diff.total().opened()));
        assertThat(text(html, "id=\"persisting\"", "div class=\"value\"")).isEqualTo(Integer.toString(diff.total().persisting()));
        assertThat(count(html, "<tr class=\"change ")).isEqualTo(diff.total().closed() + diff.total().opened()
                + diff.total().narrowed() + diff.total().widened());
        assertThat(html).doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void theRenderedPageShowsTheNumbersOfTheReport(@TempDir Path dir) throws Exception {
        String html = dom(PAGE, dir);

        assertThat(html).as("the page was loaded and rendered").contains("<svg class=\"chart\" id=\"chart-requirements\"");
        assertThat(text(html, "id=\"overall-rate\"", "div class=\"value\"")).isEqualTo(rate(report.scorecard().overall().ratePercent()));
        assertThat(text(html, "id=\"open-violations\"", "div class=\"value\""))
                .isEqualTo(Integer.toString(report.summary().openViolations()));
        assertThat(text(html, "id=\"warnings\"", "div class=\"value\"")).isEqualTo(Integer.toString(report.summary().count(Kind.WARNING)));
        for (ScoreLine line : report.scorecard().subDistricts()) {
            String row = row(html, "data-area=\"" + line.areaId() + "\"");
            assertThat(row).contains(line.name()).contains(">" + line.checked() + "<").contains(">" + line.met() + "<")
                    .contains(rate(line.ratePercent()));
            assertThat(section(html, "chart-subdistricts")).contains(line.name())
                    .contains(rate(line.ratePercent()) + " <tspan class=\"frac\">" + (line.met() + line.waived()) + "/" + line.checked());
        }
        for (RequirementScore s : report.summary().scores().values()) {
            assertThat(section(html, "chart-requirements")).contains(s.requirementId())
                    .contains(rate(s.ratePercent()) + " <tspan class=\"frac\">" + (s.met() + s.waived()) + "/" + s.checked());
        }
        assertThat(row(html, "class=\"total\"")).contains(">" + report.accounting().read() + "<")
                .contains(">" + report.accounting().accepted() + "<").contains(">" + report.accounting().rejected() + "<");
        assertThat(count(html, "<li class=\"finding ")).isEqualTo(report.findings().size());
        assertThat(html).doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void aScreenshotShowsTheScorecardAndTheCharts(@TempDir Path dir) throws Exception {
        Path profile = Files.createDirectory(dir.resolve("profile"));
        run(chromium(profile, "--screenshot=" + SCREENSHOT.toAbsolutePath(), "--window-size=1280,2400",
                "--hide-scrollbars"), dir.resolve("chromium.out"));

        assertThat(SCREENSHOT).exists();
        assertThat(Files.size(SCREENSHOT)).as("a real picture, not a blank page").isGreaterThan(50_000);
        BufferedImage image = ImageIO.read(SCREENSHOT.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(2400);
        // The header band and the bars are drawn in the page's colours.
        assertThat(pixels(image, 0xa3162b)).as("header").isGreaterThan(10_000);
        assertThat(pixels(image, 0xef8f00) + pixels(image, 0x2e7d32) + pixels(image, 0xc62828)).as("bars").isGreaterThan(10_000);
    }

    @Test
    void printedOnA4TheFirstPageHoldsTheSummaryAndTheWholeChartAndEveryPageHasTheDistrictAndPeriod(@TempDir Path dir)
            throws Exception {
        Files.deleteIfExists(PDF);
        Path profile = Files.createDirectory(dir.resolve("profile"));
        run(chromium(profile, "--print-to-pdf=" + PDF.toAbsolutePath(), "--no-pdf-header-footer"), dir.resolve("chromium.out"));
        assertThat(PDF).exists();
        int pages = Integer.parseInt(pdf(dir, "pdfinfo", PDF.toString()).replaceAll("(?s).*\\nPages:\\s+(\\d+).*", "$1"));
        String header = report.nameOf(report.districtId()) + " · 考核期 " + report.period().start() + " 至 " + report.period().end();

        String first = page(dir, 1);

        assertThat(pdf(dir, "pdfinfo", PDF.toString())).as("A4").containsPattern("Page size: .* pts \\(A4\\)");
        assertThat(first).as("the summary").contains("总体达标率").contains(rate(report.scorecard().overall().ratePercent()))
                .contains("未豁免违规").contains("警告").contains("数据问题");
        for (RequirementScore s : report.summary().scores().values()) {
            assertThat(first).as("the chart, whole, on the first page").contains(s.requirementId() + " ")
                    .containsPattern(Pattern.quote(rate(s.ratePercent())) + "\\s+" + (s.met() + s.waived()) + "/" + s.checked());
        }
        assertThat(pages).isGreaterThan(2);
        for (int n = 1; n <= pages; n++) {
            String text = page(dir, n);
            assertThat(text).as("page %d has the running header and its number", n).contains(header).contains(n + " / " + pages);
            assertThat(text.replace(header, "").replace(n + " / " + pages, "").strip()).as("page %d is not blank", n).isNotEmpty();
        }
    }

    /** The text of page {@code n} of the printed report. */
    private static String page(Path dir, int n) throws Exception {
        return pdf(dir, "pdftotext", "-f", Integer.toString(n), "-l", Integer.toString(n), "-layout", PDF.toString(), "-");
    }

    /** What a poppler tool prints. */
    private static String pdf(Path dir, String... command) throws Exception {
        Path out = Files.createTempFile(dir, "pdf", ".txt");
        assertThat(run(List.of(command), out)).as(String.join(" ", command)).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static long pixels(BufferedImage image, int rgb) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    n++;
                }
            }
        }
        return n * 4;
    }

    private static String rate(Double percent) {
        return String.format(Locale.ROOT, "%.1f%%", percent);
    }

    /** The text of the first {@code tag} after {@code anchor}. */
    private static String text(String html, String anchor, String tag) {
        int at = html.indexOf(anchor);
        assertThat(at).as(anchor).isNotNegative();
        Matcher m = Pattern.compile("<" + Pattern.quote(tag) + ">([^<]*)<").matcher(html);
        assertThat(m.find(at)).as(tag + " after " + anchor).isTrue();
        return m.group(1);
    }

    private static String row(String html, String anchor) {
        int at = html.indexOf(anchor);
        assertThat(at).as(anchor).isNotNegative();
        return html.substring(at, html.indexOf("</tr>", at));
    }

    private static String section(String html, String svgId) {
        int at = html.indexOf("id=\"" + svgId + "\"");
        assertThat(at).as(svgId).isNotNegative();
        return html.substring(at, html.indexOf("</svg>", at));
    }

    private static int count(String html, String what) {
        int n = 0;
        for (int i = html.indexOf(what); i >= 0; i = html.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
