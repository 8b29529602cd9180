package io.github.fulianrules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.ReloadableRules;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Level;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reloading a rule-set directory: good edits are served, bad ones keep the last good rules. */
class ReloadTest {
    @TempDir
    Path dir;

    private final DistrictData district = DistrictData.builder(AssessmentPeriod.year(2025))
            .add(new Federation("d", Level.DISTRICT, "区妇联", null, null)).build();

    @Test
    void aGoodEditIsServedAndABrokenOneKeepsTheLastGoodRules() throws IOException {
        FulianRules.exportBundledRules(dir);
        ReloadableRules rules = ReloadableRules.from(dir);
        FulianRules before = rules.current();
        assertThat(before.evaluate(district).findingsOf("FL-2.4a")).singleElement()
                .satisfies(f -> assertThat(f.required()).isEqualTo("4"));

        Path params = dir.resolve("parameters.yaml");
        Files.writeString(params, Files.readString(params, StandardCharsets.UTF_8)
                .replace("- {from: 2018-01-01, value: 4}", "- {from: 2018-01-01, value: 5}"), StandardCharsets.UTF_8);
        assertThat(rules.reload().reloaded()).isTrue();
        assertThat(rules.current().evaluate(district).findingsOf("FL-2.4a")).singleElement()
                .satisfies(f -> assertThat(f.required()).isEqualTo("5"));

        Path task = dir.resolve("task5-service-innovation.drl");
        Files.writeString(task, Files.readString(task, StandardCharsets.UTF_8).replace("then", "then\n    System.exit(1);"),
                StandardCharsets.UTF_8);
        ReloadableRules.Outcome broken = rules.reload();

        assertThat(broken.reloaded()).isFalse();
        assertThat(broken.problems()).anyMatch(p -> p.contains("System"));
        assertThat(rules.current().evaluate(district).findingsOf("FL-2.4a")).singleElement()
                .satisfies(f -> assertThat(f.required()).isEqualTo("5"));
        // An engine taken before the reloads still evaluates on the rules it started with.
        assertThat(before.evaluate(district).findingsOf("FL-2.4a").get(0).required()).isEqualTo("4");
    }
}
