package io.github.fulianrules.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.input.InputException;
import io.github.fulianrules.internal.CatalogueFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the runtime's readers with mutations of valid files: a district is read or refused with
 * one line of {@link InputException} (not one that hides another exception), the catalogue and
 * parameters are read or give each problem as an {@link InputException} at its place; nothing hangs. Longer: {@code -Dfuzz.seconds=N}.
 */
class ReaderFuzzTest {
    static final Path SAMPLE = Path.of("../../examples/sample/district.json");
    static final Path SMALL = Path.of("src/test/resources/fuzz/small-district.json");
    static final Path RULES = Path.of("../../rules-drl/src/main/resources/io/github/fulianrules/rules");

    @Test
    void districtJsonIsReadOrRefusedInOneLine() {
        Fuzzer.Outcome outcome = Fuzzer.of("district", List.of(SMALL, SAMPLE))
                .run(Fuzzer.budget(6), input -> DistrictReader.read(input, "district.json"), Fuzzer.oneLine(InputException.class));
        assertThat(outcome.failures()).as(outcome.toString()).isEmpty();
        assertThat(outcome.refused()).as("mutations the reader refused").isPositive();
    }

    @Test
    void catalogueAndParametersAreReadOrRefusedWithTheReadersException() throws IOException {
        byte[] catalogue = Files.readAllBytes(RULES.resolve(CatalogueFiles.CATALOGUE));
        byte[] parameters = Files.readAllBytes(RULES.resolve(CatalogueFiles.PARAMETERS));
        Fuzzer.Outcome cat = Fuzzer.ofBytes("catalogue", List.of(catalogue)).run(Fuzzer.budget(3),
                input -> firstProblem(problems -> CatalogueFiles.requirements(CatalogueFiles.CATALOGUE, input, problems)),
                InputException.class::isInstance);
        Fuzzer.Outcome par = Fuzzer.ofBytes("parameters", List.of(parameters)).run(Fuzzer.budget(3),
                input -> firstProblem(problems -> CatalogueFiles.parameters(CatalogueFiles.PARAMETERS, input, problems)),
                InputException.class::isInstance);
        assertThat(cat.failures()).as(cat.toString()).isEmpty();
        assertThat(par.failures()).as(par.toString()).isEmpty();
    }

    /** Runs a reader that reports its problems one by one; throws the first, as a refusal. */
    private static void firstProblem(java.util.function.Consumer<java.util.function.Consumer<InputException>> reader) {
        List<InputException> problems = new java.util.ArrayList<>();
        reader.accept(problems::add);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
    }
}
