package io.github.fulianrules.examples.cli;

import io.github.fulianrules.FulianRules;
import java.nio.file.Path;

/** The engine a command runs on: the bundled rules, or those of {@code --rules DIR}. */
final class Engines {
    private Engines() {
    }

    static FulianRules of(Path rulesDir) {
        return rulesDir == null ? FulianRules.bundled() : FulianRules.builder().rulesFrom(rulesDir).build();
    }
}
