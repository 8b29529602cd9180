package io.github.fulianrules.examples.bench;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.report.Report;
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
 * One district, facts to report, with the bundled precompiled rules: the latency distribution
 * (p50, p99 of {@link Mode#SampleTime}) and, with {@code -prof gc}, the bytes allocated per report
 * ({@code gc.alloc.rate.norm}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class DistrictBenchmark {
    @Param({"sample", "full"})
    public String district;

    private FulianRules engine;
    private DistrictData data;

    @Setup
    public void setUp() {
        engine = FulianRules.bundled();
        data = Districts.named(district);
    }

    @Benchmark
    public Report evaluate() {
        return engine.evaluate(data);
    }
}
