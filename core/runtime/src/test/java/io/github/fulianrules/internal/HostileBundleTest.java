package io.github.fulianrules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.RuleSetException;
import io.github.fulianrules.testing.HostileClasses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.MethodVisitor;

/**
 * Bundles written as an attacker would (issue 26): a valid hash over classes whose constants,
 * method flags or model index would run code while the bundle loads. Each is refused through the
 * API before anything of it runs; the file the attack would create is not there.
 */
class HostileBundleTest {
    @TempDir
    Path dir;

    private RuleSetException refusedOnLoad(Path jar) {
        RuleSetException e = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try {
                FulianRules.builder().rulesFrom(jar).build();
            } catch (RuleSetException refused) {
                return refused;
            }
            throw new AssertionError("loaded");
        });
        return e;
    }

    @Test
    void theAttackOfTheStaticInitialiserRunsWhereNothingVerifiesIt() throws Exception {
        // The control: these bytes do create the file when a JVM initialises them unverified.
        Path marker = dir.resolve("control");

        HostileClasses.initialiseUnverified(HostileClasses.model(HostileClasses.concatCreating(marker), false));

        assertThat(marker).exists();
    }

    @Test
    void aBundleWhoseStaticInitialiserHidesADynamicConstantIsRefusedBeforeItRuns() throws IOException {
        for (var clinit : List.<java.util.function.Function<Path, Consumer<MethodVisitor>>>of(
                HostileClasses::concatCreating, HostileClasses::lambdaCreating)) {
            Path marker = dir.resolve("written-" + Integer.toHexString(clinit.hashCode()));
            Path jar = HostileClasses.bundle(dir.resolve("evil.jar"), HostileClasses.model(clinit.apply(marker), false),
                    List.of(HostileClasses.MODEL.replace('/', '.')));

            RuleSetException e = refusedOnLoad(jar);

            assertThat(e.getMessage()).contains("use what rules may not use");
            assertThat(e.problems()).anyMatch(p -> p.contains("dynamic constant"));
            assertThat(marker).doesNotExist();
        }
    }

    @Test
    void aBundleWithASynchronizedMethodThatWaitsOnItsOwnClassIsRefused() throws IOException {
        Path jar = HostileClasses.bundle(dir.resolve("waits.jar"), HostileClasses.model(mv -> { }, true),
                List.of(HostileClasses.MODEL.replace('/', '.')));

        RuleSetException e = refusedOnLoad(jar);

        assertThat(e.problems()).anyMatch(p -> p.contains("synchronized method"))
                .anyMatch(p -> p.contains("EvilModel.wait") && p.contains("does not declare"));
    }

    @Test
    void aModelIndexThatNamesJdkClassesIsRefusedAndNoneOfThemIsMade() throws IOException {
        Path home = Path.of(System.getProperty("user.home"));
        boolean logBefore = Files.exists(home.resolve("java0.log"));
        long timersBefore = timerThreads();
        Path jar = HostileClasses.bundle(dir.resolve("index.jar"), null,
                List.of("java.util.logging.FileHandler", "java.net.DatagramSocket", "java.util.Timer",
                        "io.github.fulianrules.rules.NotInTheBundle"));

        RuleSetException e = refusedOnLoad(jar);

        assertThat(e.getMessage()).contains("model classes");
        assertThat(e.problems()).containsExactly(
                "java.util.logging.FileHandler: not a class of the rule set (io.github.fulianrules.rules.…)",
                "java.net.DatagramSocket: not a class of the rule set (io.github.fulianrules.rules.…)",
                "java.util.Timer: not a class of the rule set (io.github.fulianrules.rules.…)",
                "io.github.fulianrules.rules.NotInTheBundle: not a class of the rule set (io.github.fulianrules.rules.…)");
        assertThat(Files.exists(home.resolve("java0.log"))).isEqualTo(logBefore);
        assertThat(timerThreads()).isEqualTo(timersBefore);
    }

    @Test
    void aModelIndexThatNamesAClassOfTheBundleThatIsNoModelIsRefusedBeforeItIsInitialised() throws IOException {
        // A class of the rule set that passes the verifier but is no Model, whose initialiser throws:
        // the refusal, not that exception, shows it was not initialised.
        Path jar = HostileClasses.bundle(dir.resolve("nomodel.jar"), HostileClasses.notAModel(),
                List.of(HostileClasses.MODEL.replace('/', '.')));

        RuleSetException e = refusedOnLoad(jar);

        assertThat(e.problems()).containsExactly("io.github.fulianrules.rules.EvilModel: not a model class of the rule set");
    }

    private static long timerThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("Timer-")).count();
    }
}
