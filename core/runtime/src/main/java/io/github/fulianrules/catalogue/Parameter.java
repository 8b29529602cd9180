package io.github.fulianrules.catalogue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A value the plan sets or leaves open, as dated data: each value holds from its date until the next.
 *
 * @param name        e.g. {@code subDistrictExecutivePerMille}
 * @param unit        e.g. {@code ‰}, {@code %}, {@code persons}, {@code days}
 * @param clause      the clause it cites, e.g. {@code 二(四)1}
 * @param description why it has this value
 * @param values      values with the dates they hold from
 */
public record Parameter(String name, String unit, String clause, String description, List<ParameterValue> values) {
    public Parameter {
        values = values.stream().sorted(Comparator.comparing(ParameterValue::from)).toList();
    }

    /** The value in force on {@code day}: the latest whose date is not after it. */
    public Optional<Long> valueOn(LocalDate day) {
        Long found = null;
        for (ParameterValue v : values) {
            if (!v.from().isAfter(day)) {
                found = v.value();
            }
        }
        return Optional.ofNullable(found);
    }
}
