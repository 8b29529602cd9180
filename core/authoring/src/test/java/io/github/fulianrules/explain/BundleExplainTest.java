package io.github.fulianrules.explain;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.build.BundleBuilder;
import io.github.fulianrules.internal.RuleBundle;
import io.github.fulianrules.testing.TinyRuleSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bundle's DRL text is carried beside its verified classes but need not be what they were
 * compiled from (issue 26): an attacker rewrites it and the hash. {@code explain} and {@code test}
 * (which explains) do not compile it, so what the text says is never run.
 */
class BundleExplainTest {
    @Test
    void theTextOfABundleIsNotCompiledToProbeItsConditions(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("tiny.jar");
        BundleBuilder.build(TinyRuleSet.writeTo(dir.resolve("rules")), jar);
        Path marker = dir.resolve("PWNED");
        RuleBundle built = RuleBundle.read(jar);
        Map<String, byte[]> files = new HashMap<>(built.files());
        files.put(TinyRuleSet.DRL, TinyRuleSet.RULE.replace("Federation(level == Level.DISTRICT, $id : id)",
                "Federation(level == Level.DISTRICT, $id : id, new java.io.FileOutputStream(\""
                        + marker.toString().replace('\\', '/') + "\") != null)").getBytes(StandardCharsets.UTF_8));
        new RuleBundle(built.classes(), files).write(jar);
        FulianRules engine = FulianRules.builder().rulesFrom(jar).build();

        var lines = new Explainer(engine).explain(TinyRuleSet.district(2), "FL-1.1a", "nobody");

        assertThat(engine.ruleTextIsItsCode()).isFalse();
        assertThat(lines).contains("    (its conditions cannot be probed: the rules are a bundle, whose text is not compiled)");
        assertThat(marker).doesNotExist();
    }

    @Test
    void theTextOfADirectoryIsItsCode(@TempDir Path dir) {
        assertThat(TinyRuleSet.engine(dir).ruleTextIsItsCode()).isTrue();
    }
}
