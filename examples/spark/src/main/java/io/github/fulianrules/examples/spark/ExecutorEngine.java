package io.github.fulianrules.examples.spark;

import io.github.fulianrules.FulianRules;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The engines of this JVM, one per {@link EngineSettings}: built the first time a task running here needs it, then
 * shared by every later task of every job in the JVM (an engine is immutable and thread-safe, and each evaluation
 * runs in its own session). On a cluster each executor thus loads the rules once, however many partitions it
 * evaluates; nothing large is broadcast.
 */
final class ExecutorEngine {
    private static final ConcurrentMap<EngineSettings, FulianRules> ENGINES = new ConcurrentHashMap<>();

    private ExecutorEngine() {
    }

    /** The engine of {@code settings}, loaded now if this JVM has none yet. */
    static FulianRules of(EngineSettings settings) {
        return ENGINES.computeIfAbsent(settings, EngineSettings::build);
    }
}
