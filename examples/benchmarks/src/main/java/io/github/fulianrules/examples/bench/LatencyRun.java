package io.github.fulianrules.examples.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.sun.management.ThreadMXBean;
import io.github.fulianrules.FulianRules;
import io.github.fulianrules.RuleSession;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Unit;
import io.github.fulianrules.model.UnitType;
import io.github.fulianrules.input.DistrictReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Latency percentiles in wall time and in the CPU time of the measuring thread, with the bytes
 * it allocated: the same operations as {@link DistrictBenchmark} and {@link IncrementalBenchmark},
 * for a machine shared with other work, where a thread waiting for a core inflates wall time but
 * not CPU time. Garbage collection runs on other threads and is not in the CPU figures; give the
 * JVM a bounded heap ({@code -Xmx1g}, as {@code run.sh} does): while a heap grows, the kernel zeroes
 * its new pages in the CPU time of the thread that first touches them, the thread measured.
 *
 * <pre>
 * java -XX:+UseParallelGC -Xmx1g -cp examples/benchmarks/target/fulian-rules-benchmarks.jar io.github.fulianrules.examples.bench.LatencyRun sample evaluate 2000
 * java -XX:+UseParallelGC -Xmx1g -cp examples/benchmarks/target/fulian-rules-benchmarks.jar io.github.fulianrules.examples.bench.LatencyRun full incremental 2000
 * java -XX:+UseParallelGC -Xmx1g -cp examples/benchmarks/target/fulian-rules-benchmarks.jar io.github.fulianrules.examples.bench.LatencyRun examples/sample/district.json read 200
 * </pre>
 */
public final class LatencyRun {
    private static final JsonFactory TOKENIZER = new JsonFactory();
    /** How long reading is warmed up before it is measured: JMH's warm-up in {@code run.sh} (2 × 3 s). */
    private static final long WARM_UP_NANOS = 6_000_000_000L;

    private LatencyRun() {
    }

    public static void main(String[] args) {
        String district = args.length > 0 ? args[0] : "sample";
        String what = args.length > 1 ? args[1] : "evaluate";
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        if ("read".equals(what)) {
            read(Path.of(district), n);
            return;
        }
        DistrictData data = Districts.named(district);
        FulianRules engine = FulianRules.bundled();
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().getId();
        Runnable op;
        if ("incremental".equals(what)) {
            RuleSession session = engine.openSession(data.period());
            data.facts().forEach(session::insert);
            session.findings();
            Unit[] units = new Unit[2];
            units[0] = data.units().stream().filter(u -> u.type() == UnitType.PUBLIC_INSTITUTION).findFirst().orElseThrow();
            units[1] = new Unit(units[0].id(), units[0].name(), units[0].type(), units[0].federationId(), units[0].women(),
                    !Boolean.TRUE.equals(units[0].womensOrganization()), units[0].functionalPartyBranch(), units[0].guidedByFederation());
            op = () -> {
                session.update(units[0], units[1]);
                Unit was = units[0];
                units[0] = units[1];
                units[1] = was;
                session.findings();
            };
        } else {
            op = () -> engine.evaluate(data);
        }
        for (int i = 0; i < Math.max(50, n / 5); i++) {   // warm-up
            op.run();
        }
        long[] wall = new long[n];
        long[] cpu = new long[n];
        long[] bytes = new long[n];
        for (int i = 0; i < n; i++) {
            long b = threads.getThreadAllocatedBytes(self);
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            op.run();
            wall[i] = System.nanoTime() - t;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
            bytes[i] = threads.getThreadAllocatedBytes(self) - b;
        }
        System.out.printf("%s %s, %d facts, %d runs: wall p50 %s p99 %s; thread CPU p50 %s p99 %s; allocated p50 %.2f MB%n",
                district, what, data.size(), n, ms(wall, 0.50), ms(wall, 0.99), ms(cpu, 0.50), ms(cpu, 0.99),
                percentile(bytes, 0.50) / 1e6);
    }

    /**
     * Reads the district file {@code n} times (locations kept) and prints MB per second of thread CPU
     * time; beside it, in the same runs (one of each in turn), the floor: the same file read and only
     * tokenized by Jackson ({@code while (p.nextToken() != null)}), and the reader's speed as a
     * fraction of it, which the load of the machine changes less than either speed. Both are
     * warmed up first for {@link #WARM_UP_NANOS}, whatever the file's size.
     */
    private static void read(Path file, int n) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Warmed up for a time rather than a number of reads: 20 reads of the 0.15 MB sample left the
        // reader in the JIT's first tiers (40 MB/s, against 200 MB/s once compiled), where 20 of a
        // 1 MB district did not.
        long warmUntil = System.nanoTime() + WARM_UP_NANOS;
        for (int i = 0; i < 20 || System.nanoTime() < warmUntil; i++) {
            DistrictReader.read(file);
            tokenize(file);
        }
        long[] cpu = new long[n];
        long[] floor = new long[n];
        for (int i = 0; i < n; i++) {
            long c = threads.getCurrentThreadCpuTime();
            DistrictReader.read(file);
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
            c = threads.getCurrentThreadCpuTime();
            tokenize(file);
            floor[i] = threads.getCurrentThreadCpuTime() - c;
        }
        double reading = size / 1e6 / (percentile(cpu, 0.50) / 1e9);
        double tokenizing = size / 1e6 / (percentile(floor, 0.50) / 1e9);
        System.out.printf("read %s, %.2f MB, %d runs: thread CPU p50 %s; %.1f MB/s at p50%n", file.getFileName(),
                size / 1e6, n, ms(cpu, 0.50), reading);
        System.out.printf("tokenizing alone %s, same runs: thread CPU p50 %s; %.1f MB/s at p50; reader ÷ tokenizing %.2f%n",
                file.getFileName(), ms(floor, 0.50), tokenizing, reading / tokenizing);
    }

    /** The file read and tokenized, nothing made of it: the floor of any reader on Jackson. */
    private static int tokenize(Path file) {
        int tokens = 0;
        try (JsonParser p = TOKENIZER.createParser(Files.readAllBytes(file))) {
            while (p.nextToken() != null) {
                tokens++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private static String ms(long[] nanos, double p) {
        return String.format("%.3f ms", percentile(nanos, p) / 1e6);
    }

    private static long percentile(long[] values, double p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
