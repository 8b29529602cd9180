package io.github.fulianrules.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.ReloadableRules;
import io.github.fulianrules.RuleLimitException;
import io.github.fulianrules.catalogue.Parameter;
import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.report.Finding;
import io.github.fulianrules.report.Kind;
import io.github.fulianrules.report.Report;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The auto-configuration on Spring Boot 3.5 (the line this module compiles against), without a server. */
class FulianRulesAutoConfigurationTest {
    static final Path SAMPLE = Path.of("..", "examples", "sample", "district.json");
    static FulianRules bundled;
    static DistrictData sample;

    final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(
            FulianRulesAutoConfiguration.class, BootThreeHealthConfiguration.class, BootFourHealthConfiguration.class,
            FulianRulesActuatorConfiguration.class, FulianRulesWebConfiguration.class));

    @BeforeAll
    static void loadBundled() {
        bundled = FulianRules.bundled();
        sample = DistrictReader.read(SAMPLE);
    }

    @Test
    void withoutPropertiesTheBundledRulesServeWhatAPlainHostGets() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(FulianRules.class).doesNotHaveBean(ReloadableRules.class);
            FulianRulesService service = context.getBean(FulianRulesService.class);
            assertThat(service.reloadable()).isFalse();
            Report report = service.evaluate(sample);
            assertThat(report.findings()).isNotEmpty().isEqualTo(bundled.evaluate(sample).findings());
            assertThat(report.provenance().rulesDigest()).isEqualTo(bundled.rulesDigest());
            assertThatThrownBy(service::reload).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("fulian.rules.location");
        });
    }

    @Test
    void parameterOverridesAndLimitsComeFromTheProperties() {
        Parameter parameter = bundled.catalogue().parameters().get(0);
        LocalDate day = sample.period().end();
        long value = bundled.parametersOn(day).get(parameter.name()) + 1;
        runner.withPropertyValues("fulian.rules.parameters." + parameter.name() + "=" + value,
                "fulian.rules.max-facts=1", "fulian.rules.timeout=5s", "fulian.rules.firings-per-fact=50").run(context -> {
            FulianRulesService service = context.getBean(FulianRulesService.class);
            assertThat(service.engine().parametersOn(day)).containsEntry(parameter.name(), value);
            assertThatThrownBy(() -> service.evaluate(sample)).isInstanceOf(RuleLimitException.class);
        });
    }

    @Test
    void aBadPropertyStopsTheStartWithTheEnginesReason() {
        runner.withPropertyValues("fulian.rules.max-facts=0").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("fact limit must be positive"));
        runner.withPropertyValues("fulian.rules.location=no/such/rules").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("no rule set at"));
        runner.withPropertyValues("fulian.rules.watch=true").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("fulian.rules.location"));
    }

    @Test
    void healthIsUpWithTheRuleSetAndUsesBootThreesApi() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(HealthIndicator.class);
            var health = context.getBean("fulianRulesHealthIndicator", HealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("ruleSet", bundled.ruleSetName())
                    .containsEntry("rulesDigest", bundled.rulesDigest()).containsEntry("reloadable", false)
                    .doesNotContainKey("lastReload");
        });
    }

    @Test
    void whatIsNotOnTheClassPathIsLeftOut() {
        runner.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate", "io.micrometer"))
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(FulianRulesService.class)
                        .doesNotHaveBean("fulianRulesHealthIndicator").doesNotHaveBean(FulianRulesEndpoint.class)
                        .doesNotHaveBean(FulianRulesMetrics.class));
        // not a web application: no converters, no problem details
        runner.run(context -> assertThat(context).doesNotHaveBean(FulianRulesProblems.class)
                .doesNotHaveBean("fulianRulesConverters"));
    }

    @Test
    void theMetersCountEvaluationsAndFindingsByKind() {
        runner.run(context -> {
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            context.getBean(FulianRulesMetrics.class).bindTo(registry);   // what Boot does with a MeterBinder
            Report report = context.getBean(FulianRulesService.class).evaluate(sample);
            Map<Kind, Long> byKind = report.findings().stream()
                    .collect(Collectors.groupingBy(Finding::kind, Collectors.counting()));
            for (Kind kind : Kind.values()) {
                assertThat(registry.get(FulianRulesMetrics.FINDINGS).tag("kind", kind.name().toLowerCase()).counter().count())
                        .as(kind.name()).isEqualTo(byKind.getOrDefault(kind, 0L).doubleValue());
            }
            assertThat(registry.get(FulianRulesMetrics.EVALUATIONS).tag("outcome", "ok").timer().count()).isEqualTo(1);
            assertThat(registry.get(FulianRulesMetrics.EVALUATIONS).tag("outcome", "limit").timer().count()).isZero();
        });
    }

    @Test
    void theEndpointShowsTheBundledRulesAndSaysTheyDoNotReload() {
        runner.run(context -> {
            FulianRulesEndpoint endpoint = context.getBean(FulianRulesEndpoint.class);
            Map<String, Object> view = endpoint.ruleSet();
            assertThat(view).containsEntry("rulesDigest", bundled.rulesDigest()).containsEntry("rules", bundled.rules().size());
            assertThat((java.util.List<?>) view.get("ruleList")).hasSize(bundled.rules().size());
            assertThat(endpoint.reload()).containsEntry("reloaded", false);
        });
    }
}
