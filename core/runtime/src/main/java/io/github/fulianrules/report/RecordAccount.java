package io.github.fulianrules.report;

import java.util.List;

/**
 * What became of the input records of one kind: read, accepted, rejected, and why each rejected
 * one was. {@code read == accepted + rejected} always.
 *
 * @param kind     the records' field in the input format: {@code federations}, {@code people},
 *                 {@code positions}, {@code womensHomes}, {@code units}, {@code buildings},
 *                 {@code activityCentres}, {@code womensGroups}, {@code activities}, {@code waivers}
 * @param read     records read
 * @param accepted records that no data finding names
 * @param rejected the records that data findings name, by id, with their codes
 */
public record RecordAccount(String kind, int read, int accepted, List<Rejection> rejected) {
    public RecordAccount {
        rejected = List.copyOf(rejected);
        if (read != accepted + rejected.size()) {
            throw new IllegalArgumentException(kind + ": read " + read + " != accepted " + accepted
                    + " + rejected " + rejected.size());
        }
    }

    /** How many records were rejected. */
    public int rejectedCount() {
        return rejected.size();
    }
}
