package io.github.fulianrules.rulesupport;

/**
 * A parameter value in force for the assessment period, inserted by the engine so that rules
 * read thresholds as facts ({@code Param(name == "communityExecutiveFloor", $min : value)}),
 * never as literals.
 *
 * @param name  parameter name, e.g. {@code districtPartTimeViceChairsMin}
 * @param value its value (shares in percent, per-mille in ‰, durations in their unit)
 */
public record Param(String name, long value) {
}
