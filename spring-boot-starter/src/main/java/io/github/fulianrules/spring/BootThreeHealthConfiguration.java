package io.github.fulianrules.spring;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The health indicator {@code fulianRules} on Spring Boot 3 (the health API of spring-boot-actuator):
 * UP with the rule set's name and digest; {@value FulianRulesService#DEGRADED} with the problems
 * when the last reload failed and older rules are served.
 */
@AutoConfiguration(after = FulianRulesAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
@ConditionalOnBean(FulianRulesService.class)
public class BootThreeHealthConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "fulianRulesHealthIndicator")
    public HealthIndicator fulianRulesHealthIndicator(FulianRulesService service) {
        return () -> (service.degraded() ? Health.status(new Status(FulianRulesService.DEGRADED)) : Health.up())
                .withDetails(service.details()).build();
    }
}
