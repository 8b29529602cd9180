package io.github.fulianrules.examples.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.fuzz.Fuzzer;
import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.input.InputException;
import io.github.fulianrules.model.DistrictData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the reader and the generator's writer together: every mutation of a valid district that
 * {@link DistrictReader} accepts is written by {@link DistrictJsonWriter}, read again and written
 * again, and must come back with the same facts and the same bytes; a refusal is one line of the
 * reader's own exception. Longer: {@code -Dfuzz.seconds=N}.
 */
class DistrictRoundTripFuzzTest {
    static final Path SMALL = Path.of("../../core/runtime/src/test/resources/fuzz/small-district.json");

    @Test
    void acceptedDistrictsWriteBackTheSame() {
        Fuzzer.Outcome outcome = Fuzzer.of("district-round-trip", List.of(SMALL)).run(Fuzzer.budget(4), input -> {
            DistrictData read = DistrictReader.read(input, "district.json");
            byte[] written = write(read);
            DistrictData again = DistrictReader.read(written, "written.json");
            if (!again.facts().toList().equals(read.facts().toList()) || !again.period().equals(read.period())) {
                throw new AssertionError("the facts read back differ from the facts written");
            }
            if (!Arrays.equals(write(again), written)) {
                throw new AssertionError("the district read back writes different bytes");
            }
        }, Fuzzer.oneLine(InputException.class));
        assertThat(outcome.failures()).as(outcome.toString()).isEmpty();
        assertThat(outcome.accepted()).as("mutations accepted and written back").isPositive();
    }

    private static byte[] write(DistrictData district) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DistrictJsonWriter w = new DistrictJsonWriter(out)) {
            w.write(district, "fuzz");
        }
        return out.toByteArray();
    }
}
