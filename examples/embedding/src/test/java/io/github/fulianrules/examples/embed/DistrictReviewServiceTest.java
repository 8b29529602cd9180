package io.github.fulianrules.examples.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.RuleFailureException;
import io.github.fulianrules.RuleLimitException;
import io.github.fulianrules.examples.embed.DistrictReviewService.Outcome;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.report.Kind;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.report.Strength;
import io.github.fulianrules.report.Summary;
import io.github.fulianrules.report.Text;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/**
 * The host's handling of what the engine gives back, tested with the engine stubbed: Mockito 5 mocks the
 * final class {@link FulianRules} (its inline mock maker is the default; Mockito 4's mockito-core cannot).
 * Reports are records: the tests build them, as a host's tests would, instead of mocking them.
 */
@ExtendWith(MockitoExtension.class)
class DistrictReviewServiceTest {
    private static final byte[] DISTRICT = """
            {"period": {"start": "2025-01-01", "end": "2025-12-31"},
             "federations": [{"id": "d", "level": "DISTRICT"}]}
            """.getBytes(StandardCharsets.UTF_8);

    @Mock
    private FulianRules engine;

    private static Finding finding(Kind kind, boolean waived, String zh, String remedy) {
        return new Finding("FL-2.4a", null, "二(二)4", Strength.IN_PRINCIPLE, kind, "d", "DISTRICT_FEDERATION", waived,
                waived ? "机构改革过渡期（区委组织部）" : null, "3", "4", 1, List.of(), new Text(zh, "(en)"),
                new Text(remedy, "(en)"), null);
    }

    private static Report report(Finding... findings) {
        List<Finding> all = List.of(findings);
        return new Report("d", AssessmentPeriod.year(2025), all, Summary.of(all, Map.of()));
    }

    private Outcome review(byte[] json) {
        return new DistrictReviewService(engine).review(json, "review.json");
    }

    @Test
    void openViolationsBecomeTheClerksToDoInChineseAndWaivedOnesAndWarningsDoNot() {
        when(engine.evaluate(any())).thenReturn(report(
                finding(Kind.VIOLATION, false, "区妇联兼职副主席 3 人，少于原则上要求的 4 人", "还需增补 1 名兼职副主席"),
                finding(Kind.VIOLATION, true, "豁免的", "—"),
                finding(Kind.WARNING, false, "提醒", "—")));

        Outcome outcome = review(DISTRICT);

        assertThat(outcome).isEqualTo(new Outcome.NeedsAction("d",
                List.of("FL-2.4a d：区妇联兼职副主席 3 人，少于原则上要求的 4 人；还需增补 1 名兼职副主席")));
        verify(engine).evaluate(argThat(district -> district.period().equals(AssessmentPeriod.year(2025))
                && district.federations().size() == 1 && district.federations().get(0).id().equals("d")));
    }

    @Test
    void aSubmissionWithNothingOpenIsAccepted() {
        when(engine.evaluate(any())).thenReturn(report(finding(Kind.VIOLATION, true, "豁免的", "—"),
                finding(Kind.WARNING, false, "提醒", "—")));

        assertThat(review(DISTRICT)).isEqualTo(new Outcome.Accepted("d", 2));
    }

    @Test
    void aRuleThatFailsGoesToTheRuleSetsOwnersWithTheRuleNamed() {
        when(engine.evaluate(any())).thenThrow(new RuleFailureException("FL-2.4a Part-time vice-chairs",
                "rule \"FL-2.4a Part-time vice-chairs\" threw ArithmeticException: / by zero", new ArithmeticException("/ by zero")));

        assertThat(review(DISTRICT)).isEqualTo(new Outcome.RulesFailed("FL-2.4a Part-time vice-chairs",
                "rule \"FL-2.4a Part-time vice-chairs\" threw ArithmeticException: / by zero"));
    }

    @Test
    void rulesThatRunAwayGoToTheOwnersToo() {
        when(engine.evaluate(any())).thenThrow(new RuleLimitException("the rules fired more than 200 times per fact"));

        assertThat(review(DISTRICT)).isEqualTo(new Outcome.RulesFailed(null, "the rules fired more than 200 times per fact"));
    }

    @Test
    void aSubmissionThatCannotBeReadGoesBackWithThePlaceAndIsNotEvaluated() {
        byte[] wrong = """
                {"period": {"start": "2025-01-01", "end": "2025-12-31"},
                 "federations": [{"id": "d", "level": "COUNTY"}]}
                """.getBytes(StandardCharsets.UTF_8);

        Outcome outcome = review(wrong);

        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        assertThat(((Outcome.Refused) outcome).problem()).startsWith("review.json:2:").contains("federations[0].level")
                .contains("COUNTY");
        verifyNoInteractions(engine);
    }
}
