package io.github.fulianrules.compare;

/**
 * One parameter's value as the rules have it and as a what-if sets it.
 *
 * @param name   the parameter, e.g. {@code communityExecutiveFloor}
 * @param before the value in force on the last day of the period (or a host's override)
 * @param after  the value tried instead
 */
public record ParameterChange(String name, long before, long after) {
}
