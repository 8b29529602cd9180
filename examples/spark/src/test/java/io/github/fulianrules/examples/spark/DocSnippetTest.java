package io.github.fulianrules.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.testing.DocBlocks;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host's Spark job of docs/spark.md, compiled with the imports it shows and run in {@code local[2]}, the
 * cluster's {@code hdfs:///} standing for a local directory that holds the sample district.
 */
class DocSnippetTest {
    @Test
    void theHostsJobRunsOnTheSample(@TempDir Path dir) throws Exception {
        Path sample = DocBlocks.root().resolve("examples/sample/district.json");
        String district = String.join(" ", Files.readAllLines(sample, StandardCharsets.UTF_8));
        Path input = Files.createDirectories(dir.resolve("federation/districts/2025"));
        Files.writeString(input.resolve("sample.jsonl"), district + "\n", StandardCharsets.UTF_8);

        List<String> lines = DocBlocks.text("spark-host-job").lines().toList();
        String source = lines.stream().filter(l -> l.startsWith("import ")).collect(Collectors.joining("\n"))
                + "\npublic class SparkSnippet {\n"
                + "public static CheckResults run(org.apache.spark.sql.SparkSession spark,"
                + " org.apache.spark.sql.Dataset<String> districtsAsJson) throws Exception {\n"
                + lines.stream().filter(l -> !l.startsWith("import ")).collect(Collectors.joining("\n"))
                        .replace("hdfs:///", dir.toUri().toString())
                + "\nreturn fromRegistry;\n}\n}\n";
        Path file = dir.resolve("SparkSnippet.java");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int compiled = javac.run(null, null, diagnostics, "-encoding", "UTF-8", "-proc:none",
                "-cp", System.getProperty("java.class.path"), "-d", dir.toString(), file.toString());
        assertThat(compiled).as(diagnostics.toString(StandardCharsets.UTF_8) + "\n" + source).isZero();

        SparkSession spark = LocalSpark.session();
        Dataset<String> registry = spark.createDataset(List.of(district), Encoders.STRING());
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Method run = loader.loadClass("SparkSnippet").getMethod("run", SparkSession.class, Dataset.class);
            try (CheckResults fromRegistry = (CheckResults) run.invoke(null, spark, registry)) {
                assertThat(fromRegistry.findings().count()).isPositive();
                assertThat(fromRegistry.errors().count()).isZero();
            }
        }
        assertThat(dir.resolve("federation/checked/2025/findings")).isDirectory();
    }
}
