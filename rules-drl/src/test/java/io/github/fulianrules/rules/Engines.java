package io.github.fulianrules.rules;

import io.github.fulianrules.FulianRules;

/** One bundled engine for the whole test run: loading the kjar is the slow part. */
final class Engines {
    private static final FulianRules BUNDLED = FulianRules.bundled();

    private Engines() {
    }

    static FulianRules bundled() {
        return BUNDLED;
    }
}
