package io.github.fulianrules.report;

/** The kind of a finding, from most to least severe. */
public enum Kind {
    VIOLATION,
    WARNING,
    RECOMMENDATION,
    /** The facts could not be judged. */
    DATA
}
