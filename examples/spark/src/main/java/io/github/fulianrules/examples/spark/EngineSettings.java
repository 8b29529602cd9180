package io.github.fulianrules.examples.spark;

import io.github.fulianrules.FulianRules;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What an executor builds its engine from: a few bytes that travel with each task, where the compiled rules
 * (tens of megabytes) never travel at all.
 *
 * @param rulesDirectory a rule-set directory every executor can read at this path, or {@code null} for the bundled
 *                       rules
 * @param timeout        the longest an evaluation may fire rules, or {@code null} for no limit
 */
record EngineSettings(String rulesDirectory, Duration timeout) implements Serializable {
    /** The bundled rules, no time limit. */
    static final EngineSettings BUNDLED = new EngineSettings(null, null);

    /** Loads the rules these settings name; on an executor, through {@link ExecutorEngine} only. */
    FulianRules build() {
        FulianRules.Builder builder = FulianRules.builder();
        if (rulesDirectory != null) {
            builder.rulesFrom(Path.of(rulesDirectory));
        }
        if (timeout != null) {
            builder.timeout(timeout);
        }
        return builder.build();
    }
}
