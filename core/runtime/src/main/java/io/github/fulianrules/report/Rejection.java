package io.github.fulianrules.report;

import java.util.List;

/**
 * An input record that was read but could not be fully judged: the data findings that name it.
 *
 * @param recordId the record's id (a position's key, {@code p17@sd-03:CHAIR})
 * @param location where it was read, e.g. {@code district.json:120}, or {@code null}
 * @param codes    the codes of the data findings naming it, e.g. {@code UNKNOWN_REFERENCE}, sorted
 */
public record Rejection(String recordId, String location, List<String> codes) {
    public Rejection {
        codes = List.copyOf(codes);
    }
}
