package io.github.fulianrules.examples.bench;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.examples.baseline.Outcome;
import io.github.fulianrules.examples.baseline.PlainJavaChecks;
import io.github.fulianrules.examples.baseline.SubsetRules;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The rules against plain Java ({@link PlainJavaChecks}), over the whole catalogue and over the
 * thirteen requirements of {@link PlainJavaChecks#SUBSET}: {@code rulesAll} evaluates with all the
 * bundled rules, {@code plainJavaAll} checks every requirement and the data findings by hand;
 * {@code rulesSubset} evaluates with the rules cut down to the subset ({@link SubsetRules}),
 * {@code plainJavaSubset} checks the subset. The ratio of the average times is the price of the
 * rule engine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class BaselineBenchmark {
    @Param({"sample", "full"})
    public String district;

    private FulianRules all;
    private FulianRules subset;
    private PlainJavaChecks plain;
    private PlainJavaChecks plainSubset;
    private DistrictData data;

    @Setup
    public void setUp() throws IOException {
        data = Districts.named(district);
        all = FulianRules.bundled();
        subset = SubsetRules.build(Files.createTempDirectory("fulian-subset"));
        plain = PlainJavaChecks.withParametersOf(all, data.period().end());
        plainSubset = plain.only(PlainJavaChecks.SUBSET);
        // Measure only what agrees: the same outcomes, or no figure at all.
        if (!outcomes(all.evaluate(data), plain).equals(plain.check(data))) {
            throw new IllegalStateException("the rules and the baseline disagree on " + district);
        }
        if (!outcomes(subset.evaluate(data), plainSubset).equals(plainSubset.check(data))) {
            throw new IllegalStateException("the subset rules and the baseline disagree on " + district);
        }
    }

    private static List<Outcome> outcomes(Report report, PlainJavaChecks checks) {
        return report.findings().stream().filter(f -> checks.requirements().contains(f.requirementId()))
                .map(Outcome::of).sorted(Outcome.ORDER).toList();
    }

    @Benchmark
    public Report rulesSubset() {
        return subset.evaluate(data);
    }

    @Benchmark
    public Report rulesAll() {
        return all.evaluate(data);
    }

    @Benchmark
    public List<Outcome> plainJavaAll() {
        return plain.check(data);
    }

    @Benchmark
    public List<Outcome> plainJavaSubset() {
        return plainSubset.check(data);
    }
}
