package io.github.fulianrules.spring;

import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.util.ClassUtils;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * For a Spring MVC host: districts in and reports out through the converters, ahead of the JSON
 * mapper's (which would write a {@code Finding} as a bean, not as {@code ReportJson} does), and
 * problem details for bad districts and stopped rules.
 */
@AutoConfiguration(after = FulianRulesAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.web.servlet.config.annotation.WebMvcConfigurer")
@ConditionalOnBean(FulianRulesService.class)
public class FulianRulesWebConfiguration {
    private static final boolean XLSX = ClassUtils.isPresent("io.github.fulianrules.xlsx.ReportWorkbook",
            FulianRulesWebConfiguration.class.getClassLoader());

    @Bean
    public WebMvcConfigurer fulianRulesConverters(FulianRulesService service) {
        return new WebMvcConfigurer() {
            @Override
            @SuppressWarnings("deprecation")   // Spring 7's replacement is not on Spring 6 (Boot 3)
            public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
                converters.add(0, new DistrictHttpMessageConverter());
                converters.add(1, new ReportHttpMessageConverter(() -> service.engine().catalogue()));
                if (XLSX) {
                    converters.add(2, new ReportWorkbookHttpMessageConverter(() -> service.engine().catalogue()));
                }
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean
    public FulianRulesProblems fulianRulesProblems() {
        return new FulianRulesProblems();
    }
}
