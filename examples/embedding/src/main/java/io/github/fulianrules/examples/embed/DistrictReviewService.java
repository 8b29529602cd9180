package io.github.fulianrules.examples.embed;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.RuleFailureException;
import io.github.fulianrules.RuleLimitException;
import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.input.InputException;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.report.Report;
import java.util.List;

/**
 * A host's own service around the engine: a district's submission in, what the host does next out. Its
 * tests stub the engine (Mockito 5 mocks the final {@link FulianRules}) to test this handling alone:
 * open violations become a clerk's to-do list in Chinese, a rule that fails or runs away goes to the
 * rule set's owners (not to the clerk), and a file that cannot be read goes back to the clerk with
 * the place of the problem, without evaluating anything.
 */
public final class DistrictReviewService {
    /** What the host does with a submission. */
    public sealed interface Outcome {
        /** Nothing open: the submission is accepted. */
        record Accepted(String districtId, int findings) implements Outcome {
        }

        /** Open violations, one line each for the clerk: requirement, subject, what is wrong and what to do (Chinese). */
        record NeedsAction(String districtId, List<String> toDo) implements Outcome {
        }

        /** The rules failed on these facts: the rule set's owners are told; the clerk is asked to wait. */
        record RulesFailed(String rule, String message) implements Outcome {
        }

        /** The submission cannot be read: back to the clerk, with the place and the reason. */
        record Refused(String problem) implements Outcome {
        }
    }

    private final FulianRules engine;

    public DistrictReviewService(FulianRules engine) {
        this.engine = engine;
    }

    /** Reviews the district JSON {@code json}, read from {@code name} (a file name for the messages). */
    public Outcome review(byte[] json, String name) {
        DistrictData district;
        try {
            district = DistrictReader.read(json, name);
        } catch (InputException e) {
            return new Outcome.Refused(e.getMessage());
        }
        Report report;
        try {
            report = engine.evaluate(district);
        } catch (RuleFailureException e) {
            return new Outcome.RulesFailed(e.rule(), e.getMessage());
        } catch (RuleLimitException e) {
            return new Outcome.RulesFailed(null, e.getMessage());
        }
        List<String> toDo = report.findings().stream().filter(Finding::isOpenViolation)
                .map(f -> f.requirementId() + " " + f.subjectId() + "：" + f.message().zh() + "；" + f.remedy().zh())
                .toList();
        return toDo.isEmpty() ? new Outcome.Accepted(report.districtId(), report.findings().size())
                : new Outcome.NeedsAction(report.districtId(), toDo);
    }
}
