package io.github.fulianrules.testkit;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.RuleSession;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.rulesupport.Assessment;
import java.util.List;
import java.util.Map;

/**
 * A district evaluated for a test: the report, and the checks the rules made, met or not, which a report
 * does not keep (it keeps only what was not met). {@link RulesAssertions#assertThat(Evaluation)} reads both.
 *
 * <pre>{@code
 * assertThat(Evaluation.of(engine, district)).isMet("FL-2.4a", "d");
 * }</pre>
 *
 * @param report      the report, as {@link FulianRules#evaluate} gives it
 * @param assessments every check made, met or not
 */
public record Evaluation(Report report, List<Assessment> assessments) {
    public Evaluation {
        assessments = List.copyOf(assessments);
    }

    /** Evaluates {@code district} with {@code engine}. */
    public static Evaluation of(FulianRules engine, DistrictData district) {
        return of(engine, district, Map.of());
    }

    /** Evaluates {@code district} with {@code engine} and these parameters overridden, as a scenario does. */
    public static Evaluation of(FulianRules engine, DistrictData district, Map<String, Long> parameters) {
        FulianRules withParameters = parameters.isEmpty() ? engine : engine.withParameters(parameters);
        try (RuleSession session = withParameters.openSession(district.period())) {
            session.locations(district.locations());
            session.insertAll(district.facts().toList());
            return new Evaluation(session.report(), session.objects(Assessment.class));
        }
    }

    public List<Finding> findings() {
        return report.findings();
    }
}
