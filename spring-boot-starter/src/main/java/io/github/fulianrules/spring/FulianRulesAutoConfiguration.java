package io.github.fulianrules.spring;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.ReloadableRules;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine from {@code fulian.rules.*}: {@link ReloadableRules} when a location is set,
 * {@link FulianRules} with the bundled rules otherwise, and the {@link FulianRulesService} over
 * either. A host's own bean of any of the three takes the place of this one.
 */
@AutoConfiguration
@EnableConfigurationProperties(FulianRulesProperties.class)
public class FulianRulesAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean({ReloadableRules.class, FulianRules.class})
    @ConditionalOnProperty(prefix = "fulian.rules", name = "location")
    public ReloadableRules fulianReloadableRules(FulianRulesProperties properties) {
        return builder(properties).rulesFrom(properties.getLocation()).buildReloadable();
    }

    @Bean
    @ConditionalOnMissingBean({ReloadableRules.class, FulianRules.class})
    public FulianRules fulianRules(FulianRulesProperties properties) {
        return builder(properties).build();
    }

    @Bean
    @ConditionalOnMissingBean
    public FulianRulesService fulianRulesService(FulianRulesProperties properties,
                                                 ObjectProvider<ReloadableRules> reloadable,
                                                 ObjectProvider<FulianRules> fixed,
                                                 ObjectProvider<EvaluationObserver> observers) {
        List<EvaluationObserver> all = observers.orderedStream().toList();
        ReloadableRules rules = reloadable.getIfUnique();
        FulianRulesService service = rules != null ? FulianRulesService.of(rules, all)
                : FulianRulesService.of(fixed.getObject(), all);
        if (properties.isWatch()) {
            service.watch(properties.getWatchQuietPeriod());
        }
        return service;
    }

    /** The meters, where Micrometer is; Spring Boot binds them to the host's registry. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.micrometer.core.instrument.binder.MeterBinder")
    static class Metrics {
        @Bean
        @ConditionalOnMissingBean
        FulianRulesMetrics fulianRulesMetrics() {
            return new FulianRulesMetrics();
        }
    }

    private static FulianRules.Builder builder(FulianRulesProperties properties) {
        FulianRules.Builder builder = FulianRules.builder();
        if (properties.getTimeout() != null) {
            builder.timeout(properties.getTimeout());
        }
        if (properties.getMaxFacts() != null) {
            builder.maxFacts(properties.getMaxFacts());
        }
        if (properties.getFiringsPerFact() != null) {
            builder.firingsPerFact(properties.getFiringsPerFact());
        }
        properties.getParameters().forEach(builder::parameter);
        return builder;
    }
}
