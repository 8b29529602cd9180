package io.github.fulianrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.report.ReportJson;
import io.github.fulianrules.testing.DocBlocks;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java fragments of the guides compiled with the imports they show and run in a JVM of their own, whose
 * working directory holds the files they name ({@code district.json}, {@code my-rules}, …). The variables a
 * fragment uses without declaring them ({@code district}, {@code log}, …) are declared around it.
 */
class DocJavaSnippetsTest {
    @TempDir
    Path dir;

    @Test
    void theHostsReloadingSnippetServesTheRulesOfTheDirectory() throws Exception {
        Path sample = DocBlocks.root().resolve("examples/sample/district.json");
        assertThat(Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "export", dir.resolve("my-rules").toString())).isZero();

        String printed = run("hosts-reload", "", """
                io.github.fulianrules.model.DistrictData district = io.github.fulianrules.input.DistrictReader.read(java.nio.file.Path.of("%s"));
                org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger("host");
                """.formatted(sample), """
                watching.close();
                System.out.println("findings: " + report.findings().size() + ", rule set " + report.provenance().ruleSet());
                """);

        assertThat(printed).containsPattern("findings: [1-9][0-9]*, rule set .*my-rules");
    }

    @Test
    void theHostsScenarioFactoryRunsTheFoldersScenarios() throws Exception {
        Path scenarios = Files.createDirectories(dir.resolve("src/test/scenarios"));
        Files.copy(DocBlocks.root().resolve("rules-drl/src/test/resources/scenarios/task4/FL-4.2d.yaml"), scenarios.resolve("FL-4.2d.yaml"));

        String printed = run("hosts-scenario-tests", """
                public static void main(String[] args) throws Throwable {
                    long passed = 0;
                    for (DynamicTest test : new Snippet().scenarios().toList()) {
                        test.getExecutable().execute();
                        passed++;
                    }
                    System.out.println(passed + " scenarios passed");
                }
                """, null, null);

        assertThat(printed).containsPattern("[1-9][0-9]* scenarios passed");
    }

    @Test
    void theWhatIfAndDiffSnippetRunsOnTheSample() throws Exception {
        Path sample = DocBlocks.root().resolve("examples/sample/district.json");
        Files.writeString(dir.resolve("r2025.json"), ReportJson.toJson(FulianRules.bundled().evaluate(DistrictReader.read(sample))),
                StandardCharsets.UTF_8);

        String printed = run("whatif-host-program", "", """
                io.github.fulianrules.model.DistrictData district = io.github.fulianrules.input.DistrictReader.read(java.nio.file.Path.of("%s"));
                io.github.fulianrules.model.DistrictData district2026 = district;
                java.util.List<io.github.fulianrules.model.DistrictData> districts = java.util.List.of(district, district);
                """.formatted(sample), """
                System.out.println("districts: " + all.districts().size() + ", changes: " + d.changes(ChangeKind.CLOSED).size());
                """);

        // Raising the community floor to 17 fails the sample's communities of 15 and 16 members; a report against itself closes nothing.
        assertThat(printed).contains("FL-4.2d qx-dh-03 湖滨社区妇联").contains("districts: 2, changes: 0");
    }

    /**
     * Compiles the block {@code id} as class {@code Snippet} and runs it in {@link #dir}: the block's import lines
     * head the class; a block of statements goes into {@code main} between {@code before} and {@code after}, a
     * block of members (when {@code before} is null) into the class beside {@code members}. Returns what it printed.
     */
    private String run(String id, String members, String before, String after) throws Exception {
        List<String> lines = DocBlocks.text(id).lines().toList();
        String imports = lines.stream().filter(l -> l.startsWith("import ")).collect(Collectors.joining("\n"));
        String body = lines.stream().filter(l -> !l.startsWith("import ")).collect(Collectors.joining("\n"));
        String source = imports + "\n\npublic class Snippet {\n" + members + "\n"
                + (before == null ? body
                        : "public static void main(String[] args) throws Exception {\n" + before + body + "\n" + after + "}\n")
                + "}\n";
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path file = classes.resolve("Snippet.java");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        String classPath = classes + File.pathSeparator + System.getProperty("java.class.path");
        int compiled = javac.run(null, null, diagnostics, "-encoding", "UTF-8", "-proc:none", "-cp", classPath,
                "-d", classes.toString(), file.toString());
        assertThat(compiled).as(id + " compiles:\n" + diagnostics.toString(StandardCharsets.UTF_8) + "\n" + source).isZero();

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-cp", classPath, "Snippet"));
        Path out = dir.resolve(id + ".out");
        Path err = dir.resolve(id + ".err");
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(id + " finished in time").isTrue();
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(id + " runs:\n" + printed + Files.readString(err, StandardCharsets.UTF_8)).isZero();
        return printed;
    }
}
