package io.github.fulianrules.scenario;

import io.github.fulianrules.input.InputException;
import java.util.List;

/**
 * A scenario file that cannot be read, each problem on a line of its own that names the file, the
 * line, the column and the entry, e.g.
 * {@code FL-2.3c.yaml:9:25: scenarios[0].given.people[0].gender: unknown value "F" (expected one of FEMALE, MALE)}.
 */
public class ScenarioException extends InputException {
    private final transient List<InputException> problems;

    /** The problems of a file, the first of them the one this exception names. */
    public ScenarioException(List<InputException> problems) {
        super(problems.get(0).source(), problems.get(0).line(), problems.get(0).column(), problems.get(0).path(),
                problems.get(0).problem());
        this.problems = List.copyOf(problems);
    }

    /** Every problem, one a line. */
    @Override
    public String getMessage() {
        return String.join("\n", problems.stream().map(Throwable::getMessage).toList());
    }

    /** Each problem on its own. */
    public List<InputException> problems() {
        return problems;
    }
}
