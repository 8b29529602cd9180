package io.github.fulianrules.scenario;

import io.github.fulianrules.input.InputException;
import java.util.List;

/**
 * A scenario file that cannot be read, in one line that names the file, the line, the column and
 * the entry of its first problem, e.g.
 * {@code FL-2.3c.yaml:9:25: scenarios[0].given.people[0].gender: unknown value "F" (expected one of FEMALE, MALE)},
 * and how many more there are; {@link #problems()} has each.
 */
public class ScenarioException extends InputException {
    private final transient List<InputException> problems;

    /** The problems of a file, the first of them the one this exception names. */
    public ScenarioException(List<InputException> problems) {
        super(problems.get(0).source(), problems.get(0).line(), problems.get(0).column(), problems.get(0).path(),
                problems.get(0).problem());
        this.problems = List.copyOf(problems);
    }

    /** The first problem, and how many more the file has. */
    @Override
    public String getMessage() {
        int more = problems.size() - 1;
        return problems.get(0).getMessage() + (more == 0 ? "" : " (and " + more + " more " + (more == 1 ? "problem" : "problems")
                + " in this file)");
    }

    /** Each problem on its own. */
    public List<InputException> problems() {
        return problems;
    }
}
