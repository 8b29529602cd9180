package io.github.fulianrules.examples.cli;

import io.github.fulianrules.FulianRules;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --rules DIR} option of the commands that evaluate: the bundled rules, or those of a directory. */
final class RuleSetOption {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "evaluate with the rule set of DIR (see export, lint) instead of the bundled rules")
    private Path dir;

    /** The engine the option asks for. */
    FulianRules engine() {
        return dir == null ? FulianRules.bundled() : FulianRules.builder().rulesFrom(dir).build();
    }
}
