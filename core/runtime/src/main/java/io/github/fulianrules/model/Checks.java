package io.github.fulianrules.model;

/** Argument checks shared by the fact types: a missing required field names itself. */
final class Checks {
    private Checks() {
    }

    static <T> T required(T value, String field) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw new IllegalArgumentException("missing required field '" + field + "'");
        }
        return value;
    }
}
