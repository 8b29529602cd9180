package io.github.fulianrules.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.input.InputException;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.report.Report;
import io.github.fulianrules.report.ReportCsv;
import io.github.fulianrules.report.ReportJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The converters and the problem details in Spring MVC (Boot 3.5's Spring 6), ahead of a JSON
 * mapper as Boot puts them: districts in, reports out as the library writes them, 400 with the
 * place, 422 at a rule limit.
 */
class WebTest {
    static FulianRules bundled;
    static byte[] sample;

    @BeforeAll
    static void load() throws Exception {
        bundled = FulianRules.bundled();
        sample = Files.readAllBytes(FulianRulesAutoConfigurationTest.SAMPLE);
    }

    @RestController
    static class Check {
        final FulianRulesService service;

        Check(FulianRulesService service) {
            this.service = service;
        }

        @PostMapping("/check")
        Report check(@RequestBody DistrictData district) {
            return service.evaluate(district);
        }
    }

    static MockMvc mvc(FulianRules engine) {
        FulianRulesService service = FulianRulesService.of(engine, List.of());
        List<HttpMessageConverter<?>> converters = new java.util.ArrayList<>(List.of(new MappingJackson2HttpMessageConverter()));
        converters.add(0, new DistrictHttpMessageConverter());
        converters.add(1, new ReportHttpMessageConverter(() -> service.engine().catalogue()));
        converters.add(2, new ReportWorkbookHttpMessageConverter(() -> service.engine().catalogue()));
        return MockMvcBuilders.standaloneSetup(new Check(service)).setControllerAdvice(new FulianRulesProblems())
                .setMessageConverters(converters.toArray(HttpMessageConverter[]::new)).build();
    }

    @Test
    void aDistrictInGivesTheReportAsReportJsonWritesItNotAsAJsonMapperWould() throws Exception {
        MvcResult result = mvc(bundled).perform(post("/check").contentType(MediaType.APPLICATION_JSON).content(sample))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(ReportJson.toJson(bundled.evaluate(DistrictReader.read(sample, DistrictHttpMessageConverter.REQUEST))))
                .doesNotContain("\"openViolation\":");
    }

    @Test
    void csvAndTheWorkbookAreAskedForWithAccept() throws Exception {
        Report report = bundled.evaluate(DistrictReader.read(sample, DistrictHttpMessageConverter.REQUEST));
        MvcResult csv = mvc(bundled).perform(post("/check").contentType(MediaType.APPLICATION_JSON).content(sample)
                .accept(ReportHttpMessageConverter.CSV)).andReturn();
        assertThat(csv.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(ReportCsv.findings(report, "zh"));
        MvcResult english = mvc(bundled).perform(post("/check?lang=en").contentType(MediaType.APPLICATION_JSON).content(sample)
                .accept(ReportHttpMessageConverter.CSV)).andReturn();
        assertThat(english.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(ReportCsv.findings(report, "en"));
        MvcResult xlsx = mvc(bundled).perform(post("/check").contentType(MediaType.APPLICATION_JSON).content(sample)
                .accept(DistrictHttpMessageConverter.XLSX)).andReturn();
        assertThat(xlsx.getResponse().getContentType()).startsWith(DistrictHttpMessageConverter.XLSX.toString());
        assertThat(xlsx.getResponse().getContentAsByteArray()).startsWith('P', 'K', 3, 4);
    }

    @Test
    void aBadDistrictIs400WithItsPlaceTitledInTheLanguageAskedFor() throws Exception {
        byte[] bad = "{\"format\": 3}".getBytes(StandardCharsets.UTF_8);
        InputException expected = org.assertj.core.api.Assertions.catchThrowableOfType(InputException.class,
                () -> DistrictReader.read(bad, DistrictHttpMessageConverter.REQUEST));
        MvcResult zh = mvc(bundled).perform(post("/check").contentType(MediaType.APPLICATION_JSON).content(bad)).andReturn();
        assertThat(zh.getResponse().getStatus()).isEqualTo(400);
        String body = zh.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("\"title\":\"无法读取区数据\"").contains("\"line\":" + expected.line())
                .contains("\"column\":" + expected.column()).contains("\"path\":\"" + expected.path() + "\"");
        MvcResult en = mvc(bundled).perform(post("/check").contentType(MediaType.APPLICATION_JSON).content(bad)
                .header("Accept-Language", "en-GB,zh;q=0.5")).andReturn();
        assertThat(en.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("\"title\":\"The district cannot be read\"");
    }

    @Test
    void aRuleLimitIs422() throws Exception {
        MvcResult result = mvc(FulianRules.builder().maxFacts(1).build())
                .perform(post("/check").contentType(MediaType.APPLICATION_JSON).content(sample)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("规则评估超出限制");
    }
}
