package io.github.fulianrules.examples.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.github.fulianrules.testing.DocBlocks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/hosts.md measures a host's class path with a command and states the figure: the build writes the
 * same class path (the dependency plugin's build-classpath, runtime scope, in pre-integration-test), runs
 * the guide's pipeline on it, and holds the stated figure to what it prints.
 */
class DocClassPathIT {
    private static final Path CLASS_PATH = Path.of(System.getProperty("host.classpath", "target/host-classpath.txt"));
    private static final Pattern FIGURE = Pattern.compile("(\\d+) jars, (\\d+\\.\\d) MiB");

    @Test
    void theStatedFigureIsWhatTheGuidesCommandMeasures() throws Exception {
        String block = DocBlocks.text("hosts-class-path");
        assertThat(block).contains("dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile=/tmp/host-cp.txt");
        String pipeline = block.substring(block.indexOf("&&") + 2).replace("\\\n", " ")
                .replace("/tmp/host-cp.txt", CLASS_PATH.toAbsolutePath().toString());

        Process process = new ProcessBuilder("bash", "-c", pipeline).redirectErrorStream(true).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();

        Matcher measured = FIGURE.matcher(printed);
        assertThat(measured.matches()).as(printed).isTrue();
        String guide = Files.readString(DocBlocks.root().resolve("docs/hosts.md"), StandardCharsets.UTF_8);
        Matcher stated = FIGURE.matcher(guide);
        assertThat(stated.find()).as("docs/hosts.md states N jars, M MiB").isTrue();
        assertThat(measured.group(1)).as("jars").isEqualTo(stated.group(1));
        // (rules-drl/target keeps the rule classes of earlier builds until mvn clean: the figure is a clean build's)
        assertThat(Double.parseDouble(measured.group(2))).as("MiB")
                .isCloseTo(Double.parseDouble(stated.group(2)), offset(0.5));
    }
}
