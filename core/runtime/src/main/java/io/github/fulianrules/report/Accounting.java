package io.github.fulianrules.report;

import java.util.List;

/**
 * Every input record accounted for: per kind of record, how many were read, accepted and
 * rejected, with the reasons.
 *
 * <p>A record is <em>rejected</em> when at least one {@code DATA} finding names it (its id and
 * its kind: a duplicate id, a reference to nothing, a negative count, a missing population, …):
 * it was read, but some check could not be made on it, so the report on it is incomplete.
 * Every other record is <em>accepted</em>: every check it takes part in was made. Records the
 * reader cannot read at all (bad JSON, a wrong type) stop the reading with an
 * {@link io.github.fulianrules.input.InputException} and never reach a report.
 *
 * @param records     one account per kind of record, in the order of the input format
 * @param otherIssues data findings about the input as a whole rather than one record
 *                    (no district federation, a parameter not in force): code and subject
 */
public record Accounting(List<RecordAccount> records, List<String> otherIssues) {
    public Accounting {
        records = List.copyOf(records);
        otherIssues = List.copyOf(otherIssues);
    }

    /** How {@link #otherIssues()} names the data finding {@code f}: its code and subject. */
    public static String issueOf(Finding f) {
        return f.code() + " " + f.subjectId();
    }

    /** An accounting of no records, for reports assembled by hand. */
    public static Accounting empty() {
        return new Accounting(List.of(), List.of());
    }

    /** Records read, all kinds. */
    public int read() {
        return records.stream().mapToInt(RecordAccount::read).sum();
    }

    /** Records accepted, all kinds. */
    public int accepted() {
        return records.stream().mapToInt(RecordAccount::accepted).sum();
    }

    /** Records rejected, all kinds. */
    public int rejected() {
        return records.stream().mapToInt(RecordAccount::rejectedCount).sum();
    }
}
