package io.github.fulianrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar generates a nation and checks a JSON-lines file larger than its heap. */
class BatchCheckIT {
    private static final Path JAR = Path.of(System.getProperty("cli.jar", "target/fulian-rules-cli.jar"));
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private static int java(Path dir, List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return process.exitValue();
    }

    @Test
    void generateWritesTheSameNationForTheSameSeed(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.jsonl");
        Path b = dir.resolve("b.jsonl");
        assertThat(java(dir, List.of(JAVA, "-jar", JAR.toString(), "generate", "--districts", "3", "--seed", "5", "--out", a.toString()))).isZero();
        assertThat(java(dir, List.of(JAVA, "-jar", JAR.toString(), "generate", "--districts", "3", "--seed", "5", "--out", b.toString()))).isZero();

        assertThat(Files.readAllLines(a)).hasSize(3);
        assertThat(Files.mismatch(a, b)).isEqualTo(-1L);
    }

    @Test
    void aFileFourTimesTheHeapIsCheckedInBoundedMemory(@TempDir Path dir) throws Exception {
        // 512 districts of 1.08 MB each (a long display name, which the reader drops), read with a 128 MiB heap:
        // holding the file, or reading ahead without bound, would run out of memory.
        Path file = dir.resolve("big.jsonl");
        String padding = "区".repeat(360_000);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 512; i++) {
                w.write("{\"name\":\"" + padding + "\",\"period\":{\"start\":\"2025-01-01\",\"end\":\"2025-12-31\"},"
                        + "\"federations\":[{\"id\":\"d" + i + "\",\"level\":\"DISTRICT\"}]}\n");
            }
        }
        assertThat(Files.size(file)).isGreaterThan(4L * 128 * 1024 * 1024);

        int code = java(dir, List.of(JAVA, "-Xmx128m", "-jar", JAR.toString(), "check", file.toString(), "--format", "json"));

        assertThat(Files.readString(dir.resolve("err.txt"))).isEmpty();
        assertThat(code).isEqualTo(1);
        assertThat(Files.readAllLines(dir.resolve("out.txt"))).hasSize(512)
                .allSatisfy(l -> assertThat(l).startsWith("{\"district\":\"d"));
    }
}
