package io.github.fulianrules.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fulianrules.FulianRules;
import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.input.InputException;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.report.Kind;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.report.ReportCsv;
import io.github.fulianrules.report.ReportJsonReader;
import io.github.fulianrules.spring.FulianRulesMetrics;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/**
 * The service on Spring Boot 4 (the starter's other line), on a random port: the API's findings
 * are those of {@code check} (the engine as a plain host has it), health, meters and the
 * endpoint come from the starter on Boot 4's APIs, and the page checks an upload.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceTest {
    static final Path SAMPLE = Path.of("..", "sample", "district.json");
    static final Path SAMPLE_XLSX = Path.of("..", "sample", "district.xlsx");
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final ObjectMapper JSON = new ObjectMapper();
    static FulianRules plainHost;

    @Autowired
    Environment environment;
    Http http;

    @BeforeAll
    static void plainHost() {
        plainHost = FulianRules.bundled();
    }

    @BeforeEach
    void client() {
        http = new Http(environment.getRequiredProperty("local.server.port", Integer.class));
    }

    /** The findings of the CLI's check of {@code file}: the bundled engine over the district read as check reads it. */
    static List<Finding> checkFindings(Path file, String source) throws Exception {
        return plainHost.evaluate(DistrictReader.read(Files.readAllBytes(file), source)).findings();
    }

    @Test
    void theApiFindsWhatCheckFindsOnTheSample() throws Exception {
        // named as check names it, so that even the findings' input locations (file:line) agree
        HttpResponse<byte[]> response = http.post("/api/check", "application/json", Files.readAllBytes(SAMPLE),
                "Content-Disposition", "attachment; filename=\"" + SAMPLE + "\"");

        assertThat(response.statusCode()).isEqualTo(200);
        Report report = ReportJsonReader.read(response.body(), "response");
        Report check = plainHost.evaluate(DistrictReader.read(SAMPLE));
        assertThat(report.findings()).isNotEmpty().isEqualTo(check.findings());
        assertThat(report.provenance()).isEqualTo(check.provenance());
    }

    @Test
    void theApiTakesTheSampleWorkbookAndAnswersInCsvWhenAsked() throws Exception {
        HttpResponse<byte[]> response = http.post("/api/check", XLSX, Files.readAllBytes(SAMPLE_XLSX), "Accept", "text/csv");

        assertThat(response.statusCode()).isEqualTo(200);
        Report expected = plainHost.evaluate(DistrictReader.read(Files.readAllBytes(SAMPLE_XLSX), "request"));
        assertThat(Http.text(response)).isEqualTo(ReportCsv.findings(expected, "zh"));
    }

    @Test
    void aBrokenDistrictIsProblemDetailsWithItsPlace() throws Exception {
        byte[] broken = Files.readString(SAMPLE).replaceFirst("\"FEMALE\"", "\"F\"").getBytes(StandardCharsets.UTF_8);
        InputException expected = catchThrowableOfType(InputException.class, () -> DistrictReader.read(broken, "request"));

        HttpResponse<byte[]> response = http.post("/api/check", "application/json", broken);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("title").asText()).isEqualTo("无法读取区数据");
        assertThat(problem.path("detail").asText()).isEqualTo(expected.getMessage());
        assertThat(problem.path("problems").get(0).path("line").asInt()).isEqualTo(expected.line()).isPositive();
        assertThat(problem.path("problems").get(0).path("path").asText()).isEqualTo(expected.path());
    }

    @Test
    void healthMetersAndTheEndpointComeFromTheStarterOnBootFour() throws Exception {
        JsonNode health = JSON.readTree(http.get("/actuator/health/fulianRules").body());
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("details").path("rulesDigest").asText()).isEqualTo(plainHost.rulesDigest());

        Report report = ReportJsonReader.read(http.post("/api/check", "application/json", Files.readAllBytes(SAMPLE)).body(), "r");
        long violations = report.findings().stream().filter(f -> f.kind() == Kind.VIOLATION).count();
        JsonNode meter = JSON.readTree(http.get("/actuator/metrics/" + FulianRulesMetrics.FINDINGS + "?tag=kind:violation").body());
        assertThat(meter.path("measurements").get(0).path("value").asDouble()).isGreaterThanOrEqualTo(violations).isPositive();
        JsonNode timer = JSON.readTree(http.get("/actuator/metrics/" + FulianRulesMetrics.EVALUATIONS + "?tag=outcome:ok").body());
        assertThat(timer.path("measurements").get(0).path("value").asDouble()).isGreaterThanOrEqualTo(1);

        JsonNode rules = JSON.readTree(http.get("/actuator/fulianrules").body());
        assertThat(rules.path("rulesDigest").asText()).isEqualTo(plainHost.rulesDigest());
        assertThat(rules.path("ruleList").size()).isEqualTo(plainHost.rules().size());
        JsonNode reload = JSON.readTree(http.post("/actuator/fulianrules", "application/json", new byte[0]).body());
        assertThat(reload.path("reloaded").asBoolean()).isFalse();
    }

    @Test
    void thePageShowsTheReportOfAnUploadWithItsDownloads() throws Exception {
        assertThat(Http.text(http.get("/"))).contains("<form id=\"upload\"").contains("妇联改革落实检查");
        HttpResponse<byte[]> page = http.upload("/check", "district", "district.xlsx", Files.readAllBytes(SAMPLE_XLSX));

        assertThat(page.statusCode()).isEqualTo(200);
        String html = Http.text(page);
        List<Finding> expected = checkFindings(SAMPLE_XLSX, "district.xlsx");
        assertThat(count(html, "<li class=\"finding ")).isEqualTo(expected.size());
        Matcher link = Pattern.compile("href=\"(/reports/[0-9a-f-]+)\\.xlsx\\?lang=zh\"").matcher(html);
        assertThat(link.find()).as("a download link").isTrue();
        HttpResponse<byte[]> xlsx = http.get(link.group(1) + ".xlsx");
        assertThat(xlsx.headers().firstValue("Content-Type")).hasValue(XLSX);
        assertThat(xlsx.body()).startsWith('P', 'K', 3, 4);
        assertThat(ReportJsonReader.read(http.get(link.group(1) + ".json").body(), "download").findings()).isEqualTo(expected);
        assertThat(Http.text(http.get(link.group(1) + ".csv?lang=en"))).startsWith(ReportCsv.findingsHeader("en"));
        assertThat(http.get("/reports/no-such-report.json").statusCode()).isEqualTo(404);
    }

    @Test
    void thePageShowsWhyAFileCannotBeRead() throws Exception {
        byte[] notADistrict = "{\"format\": \"fulian-rules/district@1\", \"period\": 3}".getBytes(StandardCharsets.UTF_8);
        InputException expected = catchThrowableOfType(InputException.class, () -> DistrictReader.read(notADistrict, "mine.json"));

        HttpResponse<byte[]> page = http.upload("/check?lang=en", "district", "mine.json", notADistrict);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(Http.text(page)).contains("<li class=\"error\"><code>" + io.github.fulianrules.report.ReportHtml.escape(expected.getMessage()))
                .contains("The file cannot be read").contains("<form id=\"upload\"");
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
