package io.github.fulianrules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.catalogue.Parameter;
import io.github.fulianrules.catalogue.ParameterValue;
import io.github.fulianrules.catalogue.Requirement;
import io.github.fulianrules.input.InputException;
import io.github.fulianrules.report.Strength;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fixed cases the catalogue fuzzer found ({@code ReaderFuzzTest}). */
class CatalogueFilesTest {

    @Test
    void aRequirementWithoutAnIdIsOneProblemNamingItsEntryAndTheOthersAreKept() {
        List<InputException> problems = new ArrayList<>();
        var read = CatalogueFiles.requirements("catalogue.yaml", ("requirements:\n"
                + "  - {clause: \"二(二)1\", strength: MUST, sourceWords: \"x\"}\n"
                + "  - {id: FL-2.1a, clause: \"二(二)1\", strength: MUST, sourceWords: \"y\"}\n")
                .getBytes(StandardCharsets.UTF_8), problems::add);

        assertThat(read).extracting(r -> r.value().id()).containsExactly("FL-2.1a");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.getMessage()).startsWith("catalogue.yaml:2:").contains("requirements[0]")
                    .contains("missing required field (e.g. id: FL-2.3c)");
        });
    }

    private static final String CATALOGUE = """
            requirements:
              - id: FL-2.3c
                clause: "二(二)3"
                strength: SHOULD
                subject: 区妇联
                sourceWords: "每年举办两期执委培训班"
                check: trainings
            """;
    private static final String PARAMETERS = """
            parameters:
              - name: executiveTrainingsPerYear
                unit: classes
                clause: "二(二)3"
                description: 执委培训班
                values:
                  - {from: 2018-01-01, value: 1}
                  - {from: 2025-01-01, value: 2}
            """;

    @TempDir
    Path dir;

    private static List<String> parameterProblems(String yaml) {
        List<String> problems = new ArrayList<>();
        var read = CatalogueFiles.parameters("parameters.yaml", yaml.getBytes(StandardCharsets.UTF_8),
                e -> problems.add(e.getMessage()));
        assertThat(read).isEmpty();
        return problems;
    }

    private void write(Path in, String name, String text) throws IOException {
        Files.createDirectories(in);
        Files.writeString(in.resolve(name), text);
    }

    @Test
    void theFourFilesOfARuleSetAreReadTogether() throws IOException {
        write(dir, CatalogueFiles.CATALOGUE, CATALOGUE);
        write(dir, CatalogueFiles.PARAMETERS, PARAMETERS);
        write(dir, CatalogueFiles.MESSAGES_ZH, "FL-2.3c.message=本年度举办执委培训班 {measured} 期\n");
        write(dir, CatalogueFiles.MESSAGES_EN, "FL-2.3c.message={measured} training classes this year\n");

        CatalogueFiles.DataFiles data = CatalogueFiles.read(dir);

        assertThat(data.problems()).isEmpty();
        assertThat(data.catalogue().requirements()).containsExactly(new Requirement("FL-2.3c", "二(二)3", Strength.SHOULD,
                "区妇联", "每年举办两期执委培训班", "trainings"));
        assertThat(data.catalogue().parameters()).containsExactly(new Parameter("executiveTrainingsPerYear", "classes",
                "二(二)3", "执委培训班", List.of(new ParameterValue(LocalDate.of(2018, 1, 1), 1),
                new ParameterValue(LocalDate.of(2025, 1, 1), 2))));
        assertThat(data.messages().format("FL-2.3c.message", Map.of("measured", "2"), List.of(), "?").en())
                .isEqualTo("2 training classes this year");
        assertThat(data.requirements()).singleElement().satisfies(r -> {
            assertThat(r.path()).isEqualTo("requirements[0]");
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.column()).isEqualTo(9);
        });
    }

    @Test
    void aFileThatCannotBeReadIsNamedWithWhy() throws IOException {
        Files.createDirectories(dir.resolve(CatalogueFiles.CATALOGUE));
        write(dir, CatalogueFiles.PARAMETERS, PARAMETERS);

        List<String> problems = CatalogueFiles.read(dir).problems().stream().map(InputException::getMessage).toList();

        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).startsWith(dir.resolve(CatalogueFiles.CATALOGUE) + ": cannot be read: ")
                .endsWith("is not a regular file");
        assertThat(problems.get(1)).startsWith(dir.resolve(CatalogueFiles.MESSAGES_ZH) + ": missing");
        assertThat(problems.get(2)).startsWith(dir.resolve(CatalogueFiles.MESSAGES_EN) + ": missing");
    }

    @Test
    void theBundledRuleSetIsReadFromTheClassPath() throws IOException {
        Path rules = dir.resolve(RuleSetLoader.RESOURCE_DIR);
        write(rules, CatalogueFiles.CATALOGUE, CATALOGUE);
        write(rules, CatalogueFiles.PARAMETERS, "parameters: []\n");
        write(rules, CatalogueFiles.MESSAGES_ZH, "");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            CatalogueFiles.DataFiles data = CatalogueFiles.readBundled(loader);

            assertThat(data.catalogue().requirements()).extracting(Requirement::id).containsExactly("FL-2.3c");
            assertThat(data.parameters()).isEmpty();
            assertThat(data.problems()).extracting(InputException::getMessage).containsExactly(
                    "io/github/fulianrules/rules/messages_en.properties: missing (a rule set has catalogue.yaml,"
                            + " parameters.yaml, messages_zh.properties and messages_en.properties; see export)");
        }
    }

    @Test
    void theFilesOfARuleBundleAreNamedAsInTheBundle() {
        RuleBundle bundle = new RuleBundle(new ModelClasses(Map.of(), List.of()), Map.of(
                CatalogueFiles.CATALOGUE, CATALOGUE.replace("SHOULD", "SHOUD").getBytes(StandardCharsets.UTF_8),
                CatalogueFiles.PARAMETERS, PARAMETERS.getBytes(StandardCharsets.UTF_8),
                CatalogueFiles.MESSAGES_ZH, new byte[0],
                CatalogueFiles.MESSAGES_EN, new byte[0]));

        CatalogueFiles.DataFiles data = CatalogueFiles.read("rules.jar", bundle);

        assertThat(data.catalogue().parameters()).extracting(Parameter::name).containsExactly("executiveTrainingsPerYear");
        assertThat(data.problems()).extracting(InputException::getMessage).containsExactly("catalogue.yaml in rules.jar:4:15:"
                + " requirements[0].strength: unknown value \"SHOUD\" (expected one of MUST, IN_PRINCIPLE, SHOULD, ENCOURAGED)");
    }

    @Test
    void aRequirementWithAnUnknownFieldIsNamedAndLeftOut() {
        List<InputException> problems = new ArrayList<>();
        var read = CatalogueFiles.requirements("catalogue.yaml", CATALOGUE.replace("check:", "checks:")
                .getBytes(StandardCharsets.UTF_8), problems::add);

        assertThat(read).isEmpty();
        assertThat(problems).extracting(InputException::getMessage).containsExactly("catalogue.yaml:7:5: requirements[0].checks:"
                + " unknown field (expected one of id, clause, strength, subject, sourceWords, check)");
    }

    @Test
    void aFileWithoutItsListIsNamed() {
        assertThat(parameterProblems("")).containsExactly("parameters.yaml:1:1: the file is empty");
        assertThat(parameterProblems("- a\n")).containsExactly("parameters.yaml:1:1: expected a map with the key parameters,"
                + " found a list");
        assertThat(parameterProblems("parameter: []\n")).containsExactly("parameters.yaml:1:1: parameter: unknown field"
                + " (expected one of parameters)");
        assertThat(parameterProblems("parameters:\n")).containsExactly("parameters.yaml:1:1: parameters: missing required"
                + " field (e.g. parameters: a list of entries starting with \"- \")");
        assertThat(parameterProblems("parameters: x\n")).containsExactly("parameters.yaml:1:13: parameters: expected a list"
                + " of entries, each starting with \"- \", found a string \"x\"");
        assertThat(parameterProblems("parameters:\n  - x\n")).containsExactly("parameters.yaml:2:5: parameters[0]: expected"
                + " a parameter (name, unit, clause, description, values), found a string \"x\"");
    }

    @Test
    void aParameterWithAWrongNameOrWrongValuesIsNamedAndLeftOut() {
        assertThat(parameterProblems(PARAMETERS.replace("executiveTrainingsPerYear", "2perYear"))).containsExactly(
                "parameters.yaml:2:11: parameters[0].name: not a parameter name: \"2perYear\" (expected letters and digits,"
                        + " e.g. executiveTrainingsPerYear)");
        assertThat(parameterProblems(PARAMETERS.replace("unit:", "units:"))).containsExactly(
                "parameters.yaml:3:5: parameters[0].units: unknown field (expected one of name, unit, clause, description,"
                        + " values)");
        String noValues = PARAMETERS.substring(0, PARAMETERS.indexOf("    values:"));
        assertThat(parameterProblems(noValues + "    values: []\n")).containsExactly(
                "parameters.yaml:6:13: parameters[0].values: expected at least one dated value, e.g. - {from: 2025-01-01,"
                        + " value: 2}");
        assertThat(parameterProblems(noValues + "    values: 2\n")).containsExactly(
                "parameters.yaml:6:13: parameters[0].values: expected a list of dated values, e.g. - {from: 2025-01-01,"
                        + " value: 2}, found 2");
        assertThat(parameterProblems(noValues + "    values:\n      - 2\n      - {from: 2025-01-01, value: 2}\n"))
                .containsExactly("parameters.yaml:7:9: parameters[0].values[0]: expected a dated value, e.g. {from:"
                        + " 2025-01-01, value: 2}, found 2");
        assertThat(parameterProblems(noValues + "    values:\n      - {from: 2025-01-01, value: 2, to: 2026-01-01}\n"))
                .containsExactly("parameters.yaml:7:38: parameters[0].values[0].to: unknown field (expected one of from,"
                        + " value)");
        assertThat(parameterProblems(noValues + "    values:\n      - {from: 2025-01-01}\n      - {from: 2026-01-01, value: 2}\n"))
                .containsExactly("parameters.yaml:7:9: parameters[0].values[0].value: missing required field (e.g. value: 2)");
    }
}
