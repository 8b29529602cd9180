package io.github.fulianrules.internal;

import java.nio.file.Path;

/**
 * A compiler of rule-set directories: DRL, catalogue, parameters and messages in, a checked
 * {@link RuleSet} out. The seam between the runtime, which holds no DRL compiler, and
 * {@code fulian-rules-authoring}, which provides the one implementation through
 * {@link java.util.ServiceLoader}.
 */
public interface RuleSetCompiler {
    /** Compiles {@code dir}; throws {@link io.github.fulianrules.RuleSetException} listing every problem. */
    RuleSet compile(Path dir);
}
