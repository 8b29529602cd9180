package io.github.fulianrules.examples.bench;

import io.github.fulianrules.examples.generate.NationGenerator;
import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.model.DistrictData;
import java.nio.file.Path;

/** The districts the benchmarks run on: the sample district, and a full-size generated one. */
final class Districts {
    private Districts() {
    }

    /**
     * {@code sample}: {@code examples/sample/district.json} (31 federations, 692 people), from the
     * working directory or the system property {@code sample}; {@code full}: district 0 of the nation of
     * seed 1 (11,201 facts).
     */
    static DistrictData named(String name) {
        return switch (name) {
            case "sample" -> DistrictReader.read(Path.of(System.getProperty("sample", "examples/sample/district.json")));
            case "full" -> new NationGenerator(1, NationGenerator.Scale.FULL).district(0);
            default -> throw new IllegalArgumentException("no district " + name + " (sample or full)");
        };
    }
}
