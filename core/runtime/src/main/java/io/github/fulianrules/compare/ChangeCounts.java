package io.github.fulianrules.compare;

/**
 * How many findings of some scope (a requirement, a federation's area, a district, everything)
 * closed, appeared, persisted, narrowed or widened between two reports.
 *
 * @param closed     in the earlier report only
 * @param opened     in the later report only: new
 * @param persisting in both, gap unchanged
 * @param narrowed   in both, gap smaller
 * @param widened    in both, gap larger
 */
public record ChangeCounts(int closed, int opened, int persisting, int narrowed, int widened) {
    /** No finding at all. */
    public static final ChangeCounts NONE = new ChangeCounts(0, 0, 0, 0, 0);

    /** One finding of {@code kind}. */
    public static ChangeCounts of(ChangeKind kind) {
        return switch (kind) {
            case CLOSED -> new ChangeCounts(1, 0, 0, 0, 0);
            case NEW -> new ChangeCounts(0, 1, 0, 0, 0);
            case PERSISTING -> new ChangeCounts(0, 0, 1, 0, 0);
            case NARROWED -> new ChangeCounts(0, 0, 0, 1, 0);
            case WIDENED -> new ChangeCounts(0, 0, 0, 0, 1);
        };
    }

    /** The sum of both. */
    public ChangeCounts plus(ChangeCounts o) {
        return new ChangeCounts(closed + o.closed, opened + o.opened, persisting + o.persisting, narrowed + o.narrowed,
                widened + o.widened);
    }

    /** Findings of the earlier report. */
    public int before() {
        return closed + persisting + narrowed + widened;
    }

    /** Findings of the later report. */
    public int after() {
        return opened + persisting + narrowed + widened;
    }

    /** Whether anything closed, appeared or changed its gap (persisting findings are no difference). */
    public boolean hasDifferences() {
        return closed + opened + narrowed + widened > 0;
    }
}
