package io.github.fulianrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.report.Kind;
import io.github.fulianrules.report.Report;
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
 * {@code target/html-report.png}. Runs in the {@code browser} profile, active where
 * {@code /usr/bin/chromium} exists ({@code .ci/run} installs it).
 */
class HtmlReportBrowserIT {
    private static final Path JAR = Path.of(System.getProperty("cli.jar", "target/fulian-rules-cli.jar"));
    private static final Path CHROMIUM = Path.of(System.getProperty("chromium", "/usr/bin/chromium"));
    private static final Path SAMPLE = Path.of("..", "sample", "district.json");
    private static final Path PAGE = Path.of("target", "html-report.html");
    private static final Path SCREENSHOT = Path.of("target", "html-report.png");

    private static Report report;

    @BeforeAll
    static void renderTheSampleWithTheJar() throws Exception {
        report = FulianRules.bundled().evaluate(DistrictReader.read(SAMPLE));
        Files.deleteIfExists(PAGE);
        Files.deleteIfExists(SCREENSHOT);
        int exit = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "check", SAMPLE.toString(), "--format", "html", "--out", PAGE.toString()),
                Files.createTempFile("cli", ".out"));
        assertThat(exit).as("the sample has open violations").isEqualTo(1);
    }

    private static int run(List<String> command, Path output) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("finished in time: " + command).isTrue();
        return p.exitValue();
    }

    /** Chromium, headless, with a fresh profile and nothing that goes on the network by itself. */
    private static List<String> chromium(Path profile, String... args) {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        command.add(PAGE.toAbsolutePath().toUri().toString());
        return command;
    }

    @Test
    void theRenderedPageShowsTheNumbersOfTheReport(@TempDir Path dir) throws Exception {
        Path dom = dir.resolve("dom.html");
        Path profile = Files.createDirectory(dir.resolve("profile"));
        Process p = new ProcessBuilder(chromium(profile, "--dump-dom")).redirectOutput(dom.toFile())
                .redirectError(dir.resolve("chromium.err").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        String html = Files.readString(dom, StandardCharsets.UTF_8);

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
