package io.github.fulianrules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.catalogue.Parameter;
import io.github.fulianrules.catalogue.Requirement;
import io.github.fulianrules.catalogue.RuleInfo;
import io.github.fulianrules.internal.CatalogueFiles;
import io.github.fulianrules.internal.Messages;
import io.github.fulianrules.scenario.Scenario;
import io.github.fulianrules.scenario.ScenarioFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The catalogue IDs tie plan, rules, messages and scenarios together: none may be left loose. */
class TraceabilityTest {
    private static final Path RULES_DIR = Path.of("src/main/resources/io/github/fulianrules/rules");
    private static final Path REQUIREMENTS = Path.of("src/test/resources/requirements.tsv");
    private final FulianRules engine = Engines.bundled();

    @Test
    void theCatalogueHasTheThirtyEightRequirementsOfThePlanWithTheirClausesAndStrengths() throws IOException {
        // src/test/resources/requirements.tsv is a copy of the project's catalogue (revision 2) as a table.
        List<String> expected = Files.readAllLines(REQUIREMENTS).stream().skip(1).filter(l -> !l.isBlank())
                .map(l -> String.join(" ", Arrays.asList(l.split("\t")).subList(0, 3))).toList();

        assertThat(expected).hasSize(38);
        assertThat(engine.catalogue().requirements()).map(r -> r.id() + " " + r.clause() + " " + r.strength())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(engine.catalogue().requirements()).allSatisfy(r -> assertThat(r.sourceWords()).isNotBlank());
    }

    @Test
    void everyRequirementHasAtLeastOneRule() {
        Set<String> implemented = engine.rules().stream().map(RuleInfo::requirementId).collect(Collectors.toSet());
        assertThat(engine.catalogue().requirements()).map(Requirement::id).allMatch(implemented::contains,
                "has a rule");
    }

    @Test
    void everyRuleNamesAKnownRequirementOrIsADerivedOrDataRule() {
        assertThat(engine.rules()).allSatisfy(rule -> {
            if (rule.requirementId() == null) {
                assertThat(rule.name()).matches("(derived: |DATA ).*");
            } else {
                assertThat(engine.catalogue().requirement(rule.requirementId())).isPresent();
                assertThat(rule.name()).startsWith(rule.requirementId() + " ");
            }
        });
    }

    @Test
    void everyRequirementHasAtLeastTwoScenarios() {
        List<Scenario> scenarios = ScenarioFiles.load(ScenarioSuiteTest.SCENARIOS);
        Map<String, Long> perRequirement = scenarios.stream().flatMap(s -> s.requirementIds().stream())
                .collect(Collectors.groupingBy(id -> id, TreeMap::new, Collectors.counting()));
        assertThat(engine.catalogue().requirements()).allSatisfy(r ->
                assertThat(perRequirement.getOrDefault(r.id(), 0L)).as("scenarios of %s", r.id()).isGreaterThanOrEqualTo(2));
    }

    @Test
    void everyParameterIsReadBySomeRule() {
        Set<String> read = engine.rules().stream().flatMap(r -> r.parameters().stream()).collect(Collectors.toSet());
        assertThat(engine.catalogue().parameters()).map(Parameter::name).allMatch(read::contains, "is read by a rule");
    }

    @Test
    void noRuleComparesWithAThresholdOfThePlanWrittenAsALiteral() throws IOException {
        // Thresholds of the plan (4, 2, 30, 15, 80, 40, 20, 90, ...) come from parameters, never literals.
        Pattern literal = Pattern.compile("(>=|<=|>|<)\\s*(\\d+)");
        for (Path drl : Files.list(RULES_DIR).filter(p -> p.toString().endsWith(".drl")).toList()) {
            Matcher m = literal.matcher(Files.readString(drl));
            while (m.find()) {
                assertThat(Integer.parseInt(m.group(2))).as("%s: %s", drl.getFileName(), m.group()).isLessThanOrEqualTo(1);
            }
        }
    }

    @Test
    void everyRequirementAndDataCodeHasAMessageAndRemedyInBothLanguages() throws IOException {
        CatalogueFiles.DataFiles files = CatalogueFiles.read(RULES_DIR);
        assertThat(files.problems()).isEmpty();
        Messages messages = files.messages();
        for (Requirement r : engine.catalogue().requirements()) {
            assertThat(messages.has(r.id() + ".message")).as(r.id()).isTrue();
            assertThat(messages.has(r.id() + ".remedy")).as(r.id()).isTrue();
        }
        Pattern code = Pattern.compile("new DataIssue\\(\"([A-Z_]+)\"");
        for (Path drl : Files.list(RULES_DIR).filter(p -> p.toString().endsWith(".drl")).toList()) {
            Matcher m = code.matcher(Files.readString(drl));
            while (m.find()) {
                assertThat(messages.has("DATA." + m.group(1) + ".message")).as(m.group(1)).isTrue();
                assertThat(messages.has("DATA." + m.group(1) + ".remedy")).as(m.group(1)).isTrue();
            }
        }
    }

    @Test
    void ruleMetadataIsReadableAtRunTimeWithTheChineseClause() {
        RuleInfo rule = engine.rules().stream().filter(r -> "FL-4.1e".equals(r.requirementId())).findFirst().orElseThrow();
        assertThat(rule.clause()).isEqualTo("二(四)1");
        assertThat(rule.file()).isEqualTo("task4-grassroots-organizations.drl");
        assertThat(rule.parameters()).contains("subDistrictExecutivePerMille");
    }
}
