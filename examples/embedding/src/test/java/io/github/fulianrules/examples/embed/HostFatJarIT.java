package io.github.fulianrules.examples.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host as a new user builds it: the rules artifact alone (no authoring artifact), packed into one
 * jar by the shade plugin's defaults, run with {@code java -cp}; and the same host with Jackson at the
 * lowest version the README states, below it, and with {@code jackson-databind} alone pinned.
 */
class HostFatJarIT {
    private static final Path JAR = Path.of(System.getProperty("host.jar", "target/fulian-rules-embedding-example-0.1.0-SNAPSHOT.jar"));
    private static final Path SAMPLE = Path.of("..", "sample", "district.json");
    private static final String MAIN = EmbeddingExample.class.getName();

    /** Package prefixes of the DRL compiler: the Eclipse compiler, javaparser, the model generator, the DRL and MVEL parsers. */
    private static final List<String> COMPILER = List.of("org/eclipse/jdt/", "com/github/javaparser/",
            "org/drools/model/codegen/", "org/drools/drl/parser/", "org/drools/mvel/parser/",
            "org/drools/mvelcompiler/", "com/thoughtworks/xstream/");

    record Run(int exitCode, String out, String err) {
    }

    private static Run java(Path dir, String classPath, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath, MAIN));
        command.addAll(Arrays.asList(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theFatJarHoldsNoDrlCompiler() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> compiler = jar.stream().map(JarEntry::getName)
                    .filter(name -> COMPILER.stream().anyMatch(name::startsWith)).limit(5).toList();
            assertThat(compiler).isEmpty();
            assertThat(jar.getEntry("io/github/fulianrules/FulianRules.class")).isNotNull();
        }
    }

    @Test
    void theFatJarOfDefaultShadeSettingsChecksTheSample(@TempDir Path dir) throws Exception {
        Run run = java(dir, JAR.toString(), SAMPLE.toString());

        assertThat(run.err()).doesNotContain("Exception");
        assertThat(run.exitCode()).as("the sample has open violations").isEqualTo(1);
        assertThat(run.out()).startsWith("qx: ").contains("WARNING FL-5.1a 二(五)1 qx: ");
    }

    @Test
    void theLowestJacksonStatedWorks(@TempDir Path dir) throws Exception {
        Run run = java(dir, hostClassPathWithJacksonFrom(System.getProperty("jackson.lowest.dir")), SAMPLE.toString());

        assertThat(run.err()).doesNotContain("Exception");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("qx: ");
    }

    @Test
    void anOlderJacksonIsRefusedWithTheVersionNeeded(@TempDir Path dir) throws Exception {
        Run run = java(dir, hostClassPathWithJacksonFrom(System.getProperty("jackson.too-old.dir")), SAMPLE.toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("fulian-rules needs jackson-core 2.16.0 or later, but the class path has 2.15.4")
                .doesNotContain("NoSuchMethodError");
    }

    @Test
    void jacksonModulesOfDifferentVersionsAreNamedWithHowToAlignThem(@TempDir Path dir) throws Exception {
        Run run = java(dir, hostClassPathWithJacksonFrom(System.getProperty("jackson.databind-pinned.dir")), SAMPLE.toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("fulian-rules needs the Jackson modules at one version, but the class path has "
                        + "jackson-core 2.17.3, jackson-databind 2.17.3, jackson-dataformat-yaml ")
                .contains("importing com.fasterxml.jackson:jackson-bom").doesNotContain("NoSuchMethodError");
    }

    /** The host's own classes and dependencies, with every Jackson jar replaced by those in {@code jacksonDir}. */
    private static String hostClassPathWithJacksonFrom(String jacksonDir) throws IOException {
        List<String> entries = new ArrayList<>();
        entries.add(System.getProperty("host.classes", "target/classes"));
        String path = Files.readString(Path.of(System.getProperty("host.classpath", "target/host-classpath.txt"))).strip();
        for (String entry : path.split(File.pathSeparator)) {
            if (!Path.of(entry).getFileName().toString().startsWith("jackson-")) {
                entries.add(entry);
            }
        }
        try (Stream<Path> jars = Files.list(Path.of(jacksonDir))) {
            List<String> jackson = jars.map(Path::toString).filter(p -> p.endsWith(".jar")).sorted().toList();
            assertThat(jackson).hasSize(5);
            entries.addAll(jackson);
        }
        return String.join(File.pathSeparator, entries);
    }
}
