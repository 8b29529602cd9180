package io.github.fulianrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar run as a user runs it: the rules must load from inside one jar (Drools finds the
 * precompiled kjar by its pom.properties), and a normal run prints no log line.
 */
class CliJarIT {
    private static final Path JAR = Path.of(System.getProperty("cli.jar", "target/fulian-rules-cli.jar"));

    private record Run(int exitCode, String out, String err) {
    }

    private static Run java(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarChecksTheSampleDistrictWithoutLogging(@TempDir Path dir) throws Exception {
        Run run = java(dir, "check", "../sample/district.json", "--lang", "zh");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("区妇联：青溪区妇联 (qx)\n").contains("各项要求得分");
    }

    @Test
    void theLauncherGivesTheJarsReportWithTheClassDataArchive(@TempDir Path dir) throws Exception {
        Path launcher = Path.of("bin", "fulian-rules");
        Path archive = JAR.resolveSibling("fulian-rules-cli.jsa");
        assertThat(archive).as("made by the build's class-data-archive execution").isRegularFile();
        assertThat(Files.size(archive)).isPositive();
        ProcessBuilder builder = new ProcessBuilder("sh", launcher.toString(), "check", "../sample/district.json",
                "--format", "json")
                .redirectOutput(dir.resolve("launcher.out").toFile())
                .redirectError(dir.resolve("launcher.err").toFile());
        builder.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();

        Run viaJar = java(dir, "check", "../sample/district.json", "--format", "json");

        assertThat(process.exitValue()).isEqualTo(viaJar.exitCode()).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("launcher.err"), StandardCharsets.UTF_8)).isEmpty();
        assertThat(Files.readString(dir.resolve("launcher.out"), StandardCharsets.UTF_8)).isEqualTo(viaJar.out());
    }

    @Test
    void theLauncherChecksJsonLinesWithTheBatchOptionsAndGivesTheJarsReports(@TempDir Path dir) throws Exception {
        Path lines = dir.resolve("districts.jsonl");
        assertThat(java(dir, "generate", "--districts", "2", "--seed", "1", "--out", lines.toString()).exitCode()).isZero();
        // the batch options: the parallel collector, the heap bounded, and huge pages where the kernel gives them
        ProcessBuilder builder = new ProcessBuilder("sh", Path.of("bin", "fulian-rules").toString(), "check",
                lines.toString(), "--threads", "2", "--format", "json")
                .redirectOutput(dir.resolve("launcher.out").toFile())
                .redirectError(dir.resolve("launcher.err").toFile());
        builder.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();

        Run viaJar = java(dir, "check", lines.toString(), "--threads", "2", "--format", "json");

        assertThat(process.exitValue()).isEqualTo(viaJar.exitCode()).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("launcher.err"), StandardCharsets.UTF_8)).isEmpty();
        assertThat(Files.readString(dir.resolve("launcher.out"), StandardCharsets.UTF_8)).isEqualTo(viaJar.out())
                .contains("\"findings\"");
    }

    @Test
    void theJarReportsBadInputOnOneLine(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"period\": {\"start\": \"2025-02-30\", \"end\": \"2025-12-31\"}}");

        Run run = java(dir, "check", bad.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(bad + ":1:13: period.start: not a valid date \"2025-02-30\": "
                + "Invalid date 'FEBRUARY 30' (expected a real day as YYYY-MM-DD)\n");
    }

    @Test
    void theJarWritesHtmlAndCsvReportsToFiles(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("qx.html");
        Path csv = dir.resolve("qx.csv");

        Run page = java(dir, "check", "../sample/district.json", "--format", "html", "--lang", "en", "--out", html.toString());
        Run table = java(dir, "check", "../sample/district.json", "--format", "csv", "--out", csv.toString(),
                "--fail-on", "never", "--lang", "zh");

        assertThat(page.exitCode()).isEqualTo(1);
        assertThat(page.out()).isEmpty();
        assertThat(page.err()).isEmpty();
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>")
                .contains("Compliance per sub-district").contains("青溪区妇联");
        assertThat(table.exitCode()).as("--fail-on never").isZero();
        assertThat(Files.readAllBytes(csv)).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(Files.readString(dir.resolve("qx.scorecard.csv"), StandardCharsets.UTF_8)).contains(",全部,");
    }
}
