package io.github.fulianrules.examples.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A modular host: its own {@code module-info.java} requires the library by its stated module name,
 * every jar of the host's class path goes on the module path, and {@code java -m} runs it with no
 * {@code --add-modules}. The library's jars name themselves (Automatic-Module-Name), so the name a
 * host writes does not depend on a jar's file name.
 */
class ModularHostIT {
    private static final Path SAMPLE = Path.of("..", "sample", "district.json").toAbsolutePath();

    private static List<String> modulePath() throws IOException {
        String path = Files.readString(Path.of(System.getProperty("host.classpath", "target/host-classpath.txt"))).strip();
        return List.of(path.split(File.pathSeparator));
    }

    @Test
    void everyPublishedJarNamesItsModule() throws IOException {
        List<String> named = new java.util.ArrayList<>();
        for (String entry : modulePath()) {
            if (Path.of(entry).getFileName().toString().startsWith("fulian-rules-")) {
                try (JarFile jar = new JarFile(entry)) {
                    named.add(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"));
                }
            }
        }
        assertThat(named).containsExactlyInAnyOrder("io.github.fulianrules", "io.github.fulianrules.rules");
    }

    @Test
    void aModularHostRequiresTheLibraryByNameAndRunsWithJavaM(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("host"));
        Files.writeString(src.resolve("module-info.java"), """
                module fulian.host {
                    requires io.github.fulianrules;
                }
                """);
        Files.writeString(src.resolve("host/Main.java"), """
                package host;

                import io.github.fulianrules.FulianRules;
                import io.github.fulianrules.input.DistrictReader;
                import io.github.fulianrules.report.Report;
                import java.nio.file.Path;

                public class Main {
                    public static void main(String[] args) {
                        Report report = FulianRules.bundled().evaluate(DistrictReader.read(Path.of(args[0])));
                        System.out.println(report.districtId() + ": " + report.findings().size() + " findings");
                    }
                }
                """);
        String modulePath = String.join(File.pathSeparator, modulePath());
        Path classes = dir.resolve("classes");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean compiled = javac.getTask(diagnostics, null, null,
                List.of("--module-path", modulePath, "-d", classes.toString(), "-Xlint:-options"), null,
                javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)
                        .getJavaFileObjects(src.resolve("module-info.java"), src.resolve("host/Main.java"))).call();
        assertThat(compiled).as(diagnostics.toString()).isTrue();
        assertThat(diagnostics.toString()).doesNotContain("filename-based");

        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", classes + File.pathSeparator + modulePath, "-m", "fulian.host/host.Main", SAMPLE.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(java.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();

        assertThat(Files.readString(err)).doesNotContain("Exception");
        assertThat(java.exitValue()).isZero();
        assertThat(Files.readString(out)).matches("(?s)qx: \\d+ findings\\s*");
    }
}
