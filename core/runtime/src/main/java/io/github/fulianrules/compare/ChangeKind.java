package io.github.fulianrules.compare;

/** What became of a finding from one report to the next. */
public enum ChangeKind {
    /** In the earlier report only: rectified (整改到位), or no longer asked. */
    CLOSED,
    /** In the later report only. */
    NEW,
    /** In both, the gap unchanged. */
    PERSISTING,
    /** In both, the gap smaller: progress, not yet enough. */
    NARROWED,
    /** In both, the gap larger. */
    WIDENED
}
