package io.github.fulianrules.examples.bench;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.RuleSession;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Unit;
import io.github.fulianrules.model.UnitType;
import io.github.fulianrules.report.Finding;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A stateful session holding a whole district; one fact changes (a public institution founds
 * or loses its women's organization, FL-4.3a) and the findings are current again: the update,
 * the rules firing on it by truth maintenance, and {@link RuleSession#findings()} building the
 * whole report again (every finding with its messages).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class IncrementalBenchmark {
    @Param({"sample", "full"})
    public String district;

    private RuleSession session;
    private Unit current;
    private Unit other;

    @Setup(Level.Trial)
    public void setUp() {
        DistrictData data = Districts.named(district);
        session = FulianRules.bundled().openSession(data.period());
        data.facts().forEach(session::insert);
        current = data.units().stream().filter(u -> u.type() == UnitType.PUBLIC_INSTITUTION).findFirst().orElseThrow();
        other = new Unit(current.id(), current.name(), current.type(), current.federationId(), current.women(),
                !Boolean.TRUE.equals(current.womensOrganization()), current.functionalPartyBranch(), current.guidedByFederation());
        session.findings();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        session.close();
    }

    private void toggle() {
        session.update(current, other);
        Unit was = current;
        current = other;
        other = was;
    }

    @Benchmark
    public List<Finding> updateAndReport() {
        toggle();
        return session.findings();
    }
}
