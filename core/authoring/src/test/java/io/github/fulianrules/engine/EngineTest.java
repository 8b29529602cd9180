package io.github.fulianrules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.RuleSession;
import io.github.fulianrules.RuleSetException;
import io.github.fulianrules.catalogue.RuleInfo;
import io.github.fulianrules.model.Activity;
import io.github.fulianrules.model.ActivityType;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.model.Waiver;
import io.github.fulianrules.report.Explanation;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.report.Kind;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.report.Strength;
import io.github.fulianrules.rulesupport.Assessment;
import io.github.fulianrules.testing.TinyRuleSet;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine's API on a rule set of one requirement (FL-1.1a: reform reports ≥ reformReportsPerYear,
 * whose value is 2 from 2018 and 3 from 2025-07-01 here), compiled once for the class: evaluations,
 * explanations, parameters by day and overridden, the rules and their sources, and sessions.
 */
class EngineTest {
    private static final LocalDate RAISED = LocalDate.of(2025, 7, 1);

    @TempDir
    static Path dir;
    static FulianRules engine;

    @BeforeAll
    static void compile() {
        Map<String, String> files = TinyRuleSet.files();
        files.put("parameters.yaml", TinyRuleSet.PARAMETERS.replace("value: 2}", "value: 2}\n      - {from: " + RAISED + ", value: 3}"));
        engine = TinyRuleSet.engine(dir, files);
    }

    @Test
    void aDistrictWithTooFewReportsGetsTheFindingWithItsFiguresInBothLanguages() {
        Report report = engine.evaluate(TinyRuleSet.district(1));

        assertThat(report.districtId()).isEqualTo("d");
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.requirementId()).isEqualTo("FL-1.1a");
            assertThat(f.clause()).isEqualTo("二(一)1");
            assertThat(f.strength()).isEqualTo(Strength.SHOULD);
            assertThat(f.kind()).isEqualTo(Kind.WARNING);
            assertThat(f.subjectId()).isEqualTo("d");
            assertThat(f.measured()).isEqualTo("1");
            assertThat(f.required()).isEqualTo("3");
            assertThat(f.gap()).isEqualTo(2);
            assertThat(f.message().en()).isEqualTo("The district federation reported 1 time, fewer than the 3 required");
            assertThat(f.message().zh()).isEqualTo("区妇联本期向区委汇报 1 次，少于要求的 3 次");
            assertThat(f.remedy().en()).isEqualTo("2 more reports needed");
        });
        assertThat(report.provenance().parameters()).containsEntry("reformReportsPerYear", 3L);
        assertThat(report.provenance().requirements()).containsExactly("FL-1.1a");
        assertThat(report.provenance().ruleSet()).isEqualTo(engine.ruleSetName());
        assertThat(engine.evaluate(TinyRuleSet.district(3)).findings()).isEmpty();
        assertThat(engine.openSessions()).isZero();
    }

    @Test
    void theParametersAreThoseInForceOnTheLastDayOfThePeriod() {
        assertThat(engine.parametersOn(RAISED.minusDays(1))).containsExactly(Map.entry("reformReportsPerYear", 2L));
        assertThat(engine.parametersOn(RAISED)).containsExactly(Map.entry("reformReportsPerYear", 3L));
        DistrictData firstHalf = DistrictData.builder(new AssessmentPeriod(LocalDate.of(2025, 1, 1), RAISED.minusDays(1)))
                .add(new Federation("d", Level.DISTRICT, "区妇联", null, null))
                .add(new Activity("a", ActivityType.REFORM_REPORT, "d", LocalDate.of(2025, 2, 1), null))
                .add(new Activity("b", ActivityType.REFORM_REPORT, "d", LocalDate.of(2025, 3, 1), null)).build();

        assertThat(engine.evaluate(firstHalf).findings()).isEmpty();
    }

    @Test
    void aPeriodBeforeAParameterHasAValueGivesADataFindingNamingIt() {
        DistrictData old = DistrictData.builder(AssessmentPeriod.year(2017))
                .add(new Federation("d", Level.DISTRICT, "区妇联", null, null)).build();

        Report report = engine.evaluate(old);

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.requirementId()).isEqualTo("DATA");
            assertThat(f.code()).isEqualTo("PARAMETER_NOT_IN_FORCE");
            assertThat(f.subjectId()).isEqualTo("reformReportsPerYear");
        });
        assertThat(engine.parametersOn(LocalDate.of(2017, 12, 31))).isEmpty();
    }

    @Test
    void overriddenParametersDecideWithoutCompilingAgainAndUnknownOnesAreRefused() {
        FulianRules lenient = engine.withParameters(Map.of("reformReportsPerYear", 1L));

        assertThat(lenient.evaluate(TinyRuleSet.district(1)).findings()).isEmpty();
        assertThat(lenient.withParameters(Map.of()).parametersOn(RAISED)).containsEntry("reformReportsPerYear", 1L);
        assertThat(engine.evaluate(TinyRuleSet.district(1)).findings()).hasSize(1);
        assertThat(lenient.rules()).isEqualTo(engine.rules());
        assertThatThrownBy(() -> engine.withParameters(Map.of("reformReportsPerYer", 1L)))
                .isInstanceOfSatisfying(RuleSetException.class, e -> {
                    assertThat(e.getMessage()).contains("unknown parameter reformReportsPerYer");
                    assertThat(e.problems()).containsExactly("known: [reformReportsPerYear]");
                });
    }

    @Test
    void theRulesNameTheirRequirementFileAndLineAndTheSourcesAreTheFiles() {
        assertThat(engine.rules()).singleElement().satisfies(r -> {
            assertThat(r.requirementId()).isEqualTo("FL-1.1a");
            assertThat(r.clause()).isEqualTo("二(一)1");
            assertThat(r.strength()).isEqualTo(Strength.SHOULD);
            assertThat(r.file()).isEqualTo(TinyRuleSet.DRL);
            assertThat(r.line()).isEqualTo(6);
            assertThat(r.parameters()).containsExactly("reformReportsPerYear");
            assertThat(r.packageName()).isEqualTo("io.github.fulianrules.rules");
        });
        assertThat(engine.ruleSources()).containsExactly(Map.entry(TinyRuleSet.DRL, TinyRuleSet.RULE));
        assertThat(engine.catalogue().requirement("FL-1.1a")).isPresent();
        assertThat(engine.catalogue().parameter("reformReportsPerYear")).isPresent();
        assertThat(engine.ruleSetName()).isEqualTo(dir.toString());
        assertThat(engine.rules()).extracting(RuleInfo::name).allMatch(n -> n.startsWith("FL-1.1a "));
    }

    @Test
    void anExplanationNamesTheRuleTheFactsAndTheParameter() {
        Explanation why = engine.explain(TinyRuleSet.district(1), "FL-1.1a", "d").orElseThrow();

        assertThat(why.rule()).startsWith("FL-1.1a ");
        assertThat(why.met()).isFalse();
        assertThat(why.measured()).isEqualTo("1");
        assertThat(why.required()).isEqualTo("3");
        assertThat(why.matched()).anySatisfy(m -> assertThat(m).contains("reformReportsPerYear").contains("3"));
        assertThat(why.matched()).anySatisfy(m -> assertThat(m).contains("d"));
        assertThat(engine.explain(TinyRuleSet.district(3), "FL-1.1a", "d")).get().extracting(Explanation::met).isEqualTo(true);
        assertThat(engine.explain(TinyRuleSet.district(1), "FL-1.1a", "nobody")).isEmpty();
        assertThat(engine.explain(TinyRuleSet.district(1), "FL-9.9z", "d")).isEmpty();
        assertThat(engine.openSessions()).isZero();
    }

    @Test
    void aSessionFollowsInsertionsUpdatesAndRetractions() {
        DistrictData one = TinyRuleSet.district(1);
        Activity second = new Activity("x", ActivityType.REFORM_REPORT, "d", LocalDate.of(2025, 9, 1), null);
        Activity third = new Activity("y", ActivityType.REFORM_REPORT, "d", LocalDate.of(2025, 10, 1), null);
        try (RuleSession session = engine.openSession(AssessmentPeriod.year(2025))) {
            assertThat(engine.openSessions()).isEqualTo(1);
            session.insertAll(one.facts().toList());
            assertThat(session.findings()).extracting(Finding::gap).containsExactly(2L);

            session.insert(second).insert(third);
            assertThat(session.findings()).isEmpty();
            assertThat(session.objects(Assessment.class)).singleElement().extracting(Assessment::met).isEqualTo(true);

            Activity moved = new Activity("y", ActivityType.REFORM_REPORT, "d", LocalDate.of(2024, 10, 1), null);
            session.update(third, moved);
            assertThat(session.findings()).extracting(Finding::measured).containsExactly("2");
            session.retract(second);
            assertThat(session.findings()).extracting(Finding::measured).containsExactly("1");
            assertThat(session.report().findings()).isEqualTo(session.findings());
            assertThat(session.factCount()).isGreaterThan(one.size());
            assertThatThrownBy(() -> session.retract(second)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not in this session");
        }
        assertThat(engine.openSessions()).isZero();
    }

    @Test
    void aWaiverInsertedAndRetractedLaterChangesTheFindingsOfASession() {
        try (RuleSession session = engine.openSession(AssessmentPeriod.year(2025))) {
            Federation unnamed = new Federation("d", Level.DISTRICT, "区妇联", null, null);
            session.insert(unnamed);
            assertThat(session.findings()).singleElement().satisfies(f -> {
                assertThat(f.waived()).isFalse();
                assertThat(f.message().zh()).startsWith("区妇联");
            });
            Waiver waiver = new Waiver("w", "FL-1.1a", "d", "合并改革", "区委", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
            session.insert(waiver);
            // FL-1.1a is a SHOULD: a waiver of it is refused, and the finding stays
            assertThat(session.findings()).extracting(Finding::requirementId, Finding::code, Finding::waived)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("FL-1.1a", null, false),
                            org.assertj.core.groups.Tuple.tuple("DATA", "WAIVER_NOT_ALLOWED", false));
            session.retract(waiver);
            assertThat(session.findings()).extracting(Finding::requirementId).containsExactly("FL-1.1a");
            session.locations(Map.of("d", "district.json:3"));
            assertThat(session.findings()).singleElement().extracting(Finding::requirementId).isEqualTo("FL-1.1a");
        }
    }

    @Test
    void aClosedSessionRefusesWorkAndClosingTwiceCountsOnce() {
        Federation d = new Federation("d", Level.DISTRICT, "区妇联", null, null);
        RuleSession session = engine.openSession(AssessmentPeriod.year(2025));
        session.insert(d);
        session.close();
        session.close();

        assertThat(engine.openSessions()).isZero();
        assertThatThrownBy(() -> session.insert(new Federation("e", Level.DISTRICT, "区妇联", null, null)))
                .isInstanceOf(IllegalStateException.class).hasMessage("the session is closed");
        assertThatThrownBy(() -> session.retract(d)).isInstanceOf(IllegalStateException.class).hasMessage("the session is closed");
        assertThatThrownBy(() -> session.update(d, d)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(session::findings).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(session::recordExplanations).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSessionExplainsOnlyWhenAskedToRecordBeforeTheFacts() {
        try (RuleSession session = engine.openSession(AssessmentPeriod.year(2025))) {
            session.insertAll(TinyRuleSet.district(1).facts().toList());
            assertThat(session.explain("FL-1.1a", "d")).isEmpty();
        }
        try (RuleSession session = engine.openSession(AssessmentPeriod.year(2025))) {
            assertThat(session.recordExplanations().recordExplanations()).isSameAs(session);
            session.insertAll(TinyRuleSet.district(1).facts().toList());
            assertThat(session.explain("FL-1.1a", "d")).get().extracting(Explanation::measured).isEqualTo("1");
        }
        // the pooled session handed out next does not record
        try (RuleSession session = engine.openSession(AssessmentPeriod.year(2025))) {
            session.insertAll(TinyRuleSet.district(1).facts().toList());
            assertThat(session.explain("FL-1.1a", "d")).isEmpty();
        }
    }

    @Test
    void theSameRecordListedTwiceIsTwoRecordsToTheRules() {
        Federation d = new Federation("d", Level.DISTRICT, "区妇联", null, null);
        Activity report = new Activity("a", ActivityType.REFORM_REPORT, "d", LocalDate.of(2025, 3, 1), null);
        DistrictData twice = DistrictData.builder(AssessmentPeriod.year(2025)).add(d).add(report).add(report).build();

        assertThat(engine.evaluate(twice).findings()).extracting(Finding::measured).containsExactly("2");
    }

    @Test
    void theBuilderRefusesLimitsThatAreNotPositiveAndParametersItDoesNotKnow() {
        assertThatThrownBy(() -> FulianRules.builder().timeout(java.time.Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the timeout must be positive");
        assertThatThrownBy(() -> FulianRules.builder().timeout(java.time.Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FulianRules.builder().maxFacts(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the fact limit must be positive: 0");
        assertThat(FulianRules.builder().maxFacts(1).timeout(java.time.Duration.ofNanos(1))).isNotNull();
        assertThatThrownBy(() -> FulianRules.builder().rulesFrom(dir).parameter("nope", 1).build())
                .isInstanceOf(RuleSetException.class).hasMessageContaining("unknown parameter nope");
    }
}
