package io.github.fulianrules.spring;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The health indicator {@code fulianRules} on Spring Boot 4 (the health API of spring-boot-health):
 * UP with the rule set's name and digest; {@value FulianRulesService#DEGRADED} with the problems
 * when the last reload failed and older rules are served.
 */
@AutoConfiguration(after = FulianRulesAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
@ConditionalOnBean(FulianRulesService.class)
public class BootFourHealthConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "fulianRulesHealthIndicator")
    public HealthIndicator fulianRulesHealthIndicator(FulianRulesService service) {
        return () -> (service.degraded() ? Health.status(new Status(FulianRulesService.DEGRADED)) : Health.up())
                .withDetails(service.details()).build();
    }
}
