package io.github.fulianrules.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fulianrules.FulianRules;
import io.github.fulianrules.catalogue.RuleInfo;
import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.report.ReportJsonReader;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The repackaged service as an office runs it, {@code java -jar fulian-rules-service.jar}: the
 * bundled rules are read from the jar nested in the Boot jar with their DRL sources, so that a
 * report's provenance and each rule's file and line are a plain host's. The start-up time goes to
 * {@code target/service-start.txt}.
 */
class ServiceJarIT {
    private static final Path JAR = Path.of(System.getProperty("service.jar", "target/fulian-rules-service.jar"));
    private static final Path LOG = Path.of("target", "service-jar-it.log");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Process service;
    private static Http http;
    private static long startMillis;

    @BeforeAll
    static void startTheJar() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        long start = System.nanoTime();
        service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "--server.port=" + port).redirectErrorStream(true).redirectOutput(LOG.toFile()).start();
        http = new Http(port);
        long deadline = System.currentTimeMillis() + 240_000;
        while (System.currentTimeMillis() < deadline && service.isAlive()) {
            try {
                if (http.get("/actuator/health").statusCode() == 200) {
                    break;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        startMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(service.isAlive()).as("the service runs: " + Files.readString(LOG)).isTrue();
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.destroy();
            service.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aReportOfTheBootJarHasAPlainHostsProvenance() throws Exception {
        Path sample = Path.of("..", "sample", "district.json");
        HttpResponse<byte[]> response = http.post("/api/check", "application/json", Files.readAllBytes(sample));

        assertThat(response.statusCode()).isEqualTo(200);
        Report report = ReportJsonReader.read(response.body(), "response");
        Report plain = FulianRules.bundled().evaluate(DistrictReader.read(Files.readAllBytes(sample), "request"));
        assertThat(report.provenance()).isEqualTo(plain.provenance());
        assertThat(report.findings()).isEqualTo(plain.findings());
        assertThat(Files.readString(LOG)).doesNotContain("Cannot read the bundled");
    }

    @Test
    void eachRuleHasItsFileAndLineAsInAPlainHost() throws Exception {
        JsonNode rules = JSON.readTree(http.get("/actuator/fulianrules").body()).path("ruleList");
        Map<String, String> places = new HashMap<>();
        rules.forEach(r -> places.put(r.path("name").asText(), r.path("file").asText() + ":" + r.path("line").asInt()));
        List<RuleInfo> plain = FulianRules.bundled().rules();
        assertThat(places).hasSize(plain.size());
        for (RuleInfo rule : plain) {
            assertThat(rule.line()).isPositive();
            assertThat(places).containsEntry(rule.name(), rule.file() + ":" + rule.line());
        }
    }

    @Test
    void theStartUpTimeIsMeasured() throws Exception {
        Matcher started = Pattern.compile("Started DistrictOfficeApplication in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)")
                .matcher(Files.readString(LOG));
        assertThat(started.find()).as("Boot's start-up line").isTrue();
        String figure = "Started in " + started.group(1) + " s (JVM " + started.group(2) + " s); health UP after "
                + startMillis + " ms\n";
        Files.writeString(Path.of("target", "service-start.txt"), figure, StandardCharsets.UTF_8);
        System.out.print("fulian-rules-service: " + figure);
        assertThat(Double.parseDouble(started.group(1))).isPositive();
    }
}
