package io.github.fulianrules.catalogue;

import java.time.LocalDate;

/**
 * A parameter's value from a date on.
 *
 * @param from  first day the value holds
 * @param value the value
 */
public record ParameterValue(LocalDate from, long value) {
}
