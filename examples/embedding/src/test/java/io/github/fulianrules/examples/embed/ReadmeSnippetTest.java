package io.github.fulianrules.examples.embed;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.testing.DocBlocks;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The programs a host developer copies first, from the README and from docs/hosts.md, compile as shown,
 * imports included, and print the sample's findings without a {@code null}.
 */
class ReadmeSnippetTest {
    @ParameterizedTest
    @ValueSource(strings = {"readme-check-district", "hosts-check-district"})
    void theFirstProgramCompilesAndRunsOnTheSample(String id, @TempDir Path dir) throws Exception {
        Path source = dir.resolve("CheckDistrict.java");
        Files.writeString(source, DocBlocks.text(id), StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();

        int compiled = javac.run(null, null, diagnostics, "-encoding", "UTF-8",
                "-cp", System.getProperty("java.class.path"), "-d", dir.toString(), source.toString());

        assertThat(compiled).as(id + ": " + diagnostics.toString(StandardCharsets.UTF_8)).isZero();
        String printed = runMain(dir, Path.of("..", "sample", "district.json").toString());
        assertThat(printed).contains("VIOLATION FL-").contains("DATA DATA ").doesNotContain("null");
    }

    private static String runMain(Path classes, String arg) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ReadmeSnippetTest.class.getClassLoader())) {
            Method main = loader.loadClass("CheckDistrict").getMethod("main", String[].class);
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[] {arg});
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
