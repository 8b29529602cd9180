package io.github.fulianrules.examples.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.examples.generate.DistrictJsonWriter;
import io.github.fulianrules.fuzz.Fuzzer;
import io.github.fulianrules.input.DistrictReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the JSON-lines checker with mutations of a three-district file: every run ends, counts
 * each non-blank line as a district or a bad line, and reports each bad line as one line of the
 * file, {@code FILE:LINE:…}. Longer: {@code -Dfuzz.seconds=N}.
 */
class JsonLinesFuzzTest {
    static final Path SMALL = Path.of("../../core/runtime/src/test/resources/fuzz/small-district.json");

    @Test
    void everyLineIsCheckedOrReportedInOneLine() throws IOException {
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        try (DistrictJsonWriter w = new DistrictJsonWriter(lines)) {
            for (int i = 0; i < 3; i++) {
                w.write(DistrictReader.read(SMALL), "district " + i);
            }
        }
        BatchChecker checker = new BatchChecker(FulianRules.bundled(), 1, (line, data, report) -> null);
        Fuzzer.Outcome outcome = Fuzzer.ofBytes("jsonl", List.of(lines.toByteArray())).run(Fuzzer.budget(4), input -> {
            StringWriter err = new StringWriter();
            BatchChecker.Result result = checker.run(new ByteArrayInputStream(input), "nation.jsonl",
                    new PrintWriter(new StringWriter()), new PrintWriter(err), false);
            List<String> reported = err.toString().lines().toList();
            if (!reported.stream().allMatch(l -> l.matches("nation\\.jsonl:\\d+:.*"))) {
                throw new AssertionError("a bad line reported in more than one line: " + reported);
            }
            long nonBlank = nonBlankLines(input);
            if (result.districts() + result.badLines() != nonBlank || reported.size() != result.badLines()) {
                throw new AssertionError(nonBlank + " lines, but " + result + " and " + reported.size() + " reported");
            }
        }, t -> false);
        assertThat(outcome.failures()).as(outcome.toString()).isEmpty();
        assertThat(outcome.accepted()).as("runs").isPositive();
    }

    /** Lines split at {@code \n} holding more than spaces, tabs and carriage returns. */
    private static long nonBlankLines(byte[] input) {
        long count = 0;
        boolean blank = true;
        for (byte b : input) {
            if (b == '\n') {
                count += blank ? 0 : 1;
                blank = true;
            } else if (b != ' ' && b != '\t' && b != '\r') {
                blank = false;
            }
        }
        return count + (blank ? 0 : 1);
    }
}
