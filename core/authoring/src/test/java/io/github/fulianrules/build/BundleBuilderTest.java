package io.github.fulianrules.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.testing.TinyRuleSet;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleBuilderTest {
    @Test
    void aBuiltBundleSaysWhatItHoldsAndLoads(@TempDir Path dir) {
        Path jar = dir.resolve("tiny.jar");

        BundleBuilder.Built built = BundleBuilder.build(TinyRuleSet.writeTo(dir.resolve("rules")), jar);

        assertThat(built.bundle()).isEqualTo(jar).isRegularFile();
        assertThat(built.rules()).isEqualTo(1);
        assertThat(built.sha256()).matches("[0-9a-f]{64}");
        assertThat(FulianRules.builder().rulesFrom(jar).build().evaluate(TinyRuleSet.district(2)).findings()).isEmpty();
    }
}
