package io.github.fulianrules.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The actuator endpoint {@value FulianRulesEndpoint#ID}, where spring-boot-actuator is (Boot 3 and 4 alike). */
@AutoConfiguration(after = FulianRulesAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
@ConditionalOnBean(FulianRulesService.class)
public class FulianRulesActuatorConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public FulianRulesEndpoint fulianRulesEndpoint(FulianRulesService service) {
        return new FulianRulesEndpoint(service);
    }
}
