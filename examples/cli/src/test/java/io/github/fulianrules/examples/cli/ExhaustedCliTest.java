package io.github.fulianrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that exhausts the memory ends with exit 2 and one line, not a stack trace and not exit 1
 * (which CI reads as "violations"): the CLI in a JVM of 48 MB given a district of 27 MB.
 */
class ExhaustedCliTest {
    @Test
    void runningOutOfMemoryEndsWithExitTwoAndOneLine(@TempDir Path dir) throws IOException, InterruptedException {
        Path district = dir.resolve("big.json");
        try (Writer w = Files.newBufferedWriter(district, StandardCharsets.UTF_8)) {
            w.write("{\"period\": {\"start\": \"2025-01-01\", \"end\": \"2025-12-31\"}, \"federations\": ["
                    + "{\"id\": \"d\", \"level\": \"DISTRICT\", \"name\": \"区妇联\"}");
            for (int i = 0; i < 300_000; i++) {
                w.write(", {\"id\": \"s" + i + "\", \"level\": \"SUB_DISTRICT\", \"name\": \"街道妇联" + i + "\", \"parentId\": \"d\"}");
            }
            w.write("]}");
        }
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx48m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "check", district.toString()))
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(err.toFile()).start();

        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }

        assertThat(ended).isTrue();
        assertThat(p.exitValue()).isEqualTo(Main.BAD_INPUT);
        assertThat(Files.readAllLines(err, StandardCharsets.UTF_8)).containsExactly(
                "fulian-rules: ran out of memory: the rules or the input make more than the memory holds (-Xmx)");
        assertThat(dir.resolve("out.txt")).isEmptyFile();
    }

    @Test
    void aStackOverflowIsToldInOneLine() {
        assertThat(Main.exhausted(new StackOverflowError(), Language.EN))
                .isEqualTo("fulian-rules: nested too deep (a stack overflow): the rules or the input nest without bound");
    }
}
