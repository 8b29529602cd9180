package io.github.fulianrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.testing.HostileClasses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --rules X.jar} of bundles written as an attacker would (issue 26), each with a valid
 * hash: a dynamic constant in a static initialiser, a synchronized method that waits for ever, a
 * model index of JDK classes. Each ends with exit 2 and one line, and the file it would create is not there.
 */
class HostileBundleCliTest {
    private static final String DISTRICT = """
            {"period": {"start": "2025-01-01", "end": "2025-12-31"},
             "federations": [{"id": "d", "level": "DISTRICT", "name": "区妇联"}]}
            """;

    private static void refusedInOneLine(Path dir, Path jar) throws IOException {
        Path district = Files.writeString(dir.resolve("district.json"), DISTRICT, StandardCharsets.UTF_8);

        CliRun check = CliRun.of("check", district.toString(), "--rules", jar.toString());

        assertThat(check.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(check.out()).isEmpty();
        assertThat(check.err()).contains(jar.toString()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(check.err().lines().filter(l -> !l.startsWith("  "))).hasSize(1);
    }

    @Test
    void aDynamicConstantInAStaticInitialiserIsRefusedAndRunsNothing(@TempDir Path dir) throws IOException {
        Path marker = dir.resolve("PWNED");
        Path jar = HostileClasses.bundle(dir.resolve("evil.jar"),
                HostileClasses.model(HostileClasses.concatCreating(marker), false), List.of("io.github.fulianrules.rules.EvilModel"));

        refusedInOneLine(dir, jar);

        assertThat(marker).doesNotExist();
    }

    @Test
    void aSynchronizedMethodThatWaitsIsRefusedRatherThanBlocking(@TempDir Path dir) throws IOException {
        Path jar = HostileClasses.bundle(dir.resolve("waits.jar"), HostileClasses.model(mv -> { }, true),
                List.of("io.github.fulianrules.rules.EvilModel"));

        refusedInOneLine(dir, jar);
    }

    @Test
    void aModelIndexOfJdkClassesIsRefused(@TempDir Path dir) throws IOException {
        Path jar = HostileClasses.bundle(dir.resolve("index.jar"), null,
                List.of("java.util.logging.FileHandler", "java.net.DatagramSocket", "java.util.Timer"));

        refusedInOneLine(dir, jar);
    }
}
