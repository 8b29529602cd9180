package io.github.fulianrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.model.Person;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar checking the sample district with logging turned up to INFO: the log lines name no
 * person of the sample; the report, which its readers act on, names people by name and id.
 */
class PersonalDataIT {
    private static final Path JAR = Path.of(System.getProperty("cli.jar", "target/fulian-rules-cli.jar"));
    private static final Path SAMPLE = Path.of("..", "sample", "district.json");

    @Test
    void checkingTheSampleAtInfoLogsNoPersonsName(@TempDir Path dir) throws Exception {
        List<String> names = DistrictReader.read(SAMPLE).people().stream().map(Person::name).filter(Objects::nonNull)
                .distinct().toList();
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info", "-jar", JAR.toString(), "check", SAMPLE.toString(), "--lang", "zh")
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
        String report = Files.readString(out, StandardCharsets.UTF_8);
        String logged = Files.readString(err, StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(logged).isEqualTo(Main.VIOLATIONS);
        assertThat(names).hasSizeGreaterThan(100);
        assertThat(logged).as("INFO lines were logged").contains("[INFO]").contains("Loaded rule set bundled");
        assertThat(report).contains("各项要求得分").contains("区妇联机关干部雷玉兰（p-0094）本期到街道社区蹲点")
                .contains("雷玉兰 (p-0094)");
        for (String name : names) {
            assertThat(logged).doesNotContain(name);
        }
    }
}
