package io.github.fulianrules.examples.bench;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.examples.batch.BatchChecker;
import io.github.fulianrules.report.ReportJson;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The whole synthetic nation, checked as {@code check FILE.jsonl --format json} checks it (reports
 * rendered, then discarded), on 1 and on 2 threads: districts per second, facts per second and
 * the peak heap (the sum of the heap pools' peaks, reset between runs), and the CPU time the
 * process spent per district, which a shared machine does not inflate as it does wall time.
 *
 * <pre>
 * java -Xmx1g -cp examples/target/fulian-rules-cli.jar io.github.fulianrules.examples.bench.NationRun nation.jsonl 1 2
 * </pre>
 */
public final class NationRun {
    private NationRun() {
    }

    /** CPU time of the whole process, every thread and the garbage collector included. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: NationRun FILE.jsonl [THREADS...]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        long start = System.nanoTime();
        FulianRules engine = FulianRules.bundled();
        System.out.printf("rules loaded in %.1f s; file %s, %.1f MB; max heap %d MiB; %d processors%n",
                (System.nanoTime() - start) / 1e9, file, Files.size(file) / 1e6,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        String[] threads = args.length > 1 ? java.util.Arrays.copyOfRange(args, 1, args.length) : new String[] {"1", "2"};
        PrintWriter discard = new PrintWriter(Writer.nullWriter());
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        for (String t : threads) {
            int n = Integer.parseInt(t);
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long cpuBefore = cpuNanos();
            BatchChecker checker = new BatchChecker(engine, n, (line, data, report) -> ReportJson.toJsonLine(report));
            BatchChecker.Result r;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                r = checker.run(in, file.toString(), discard, err, false);
            }
            double seconds = r.nanos() / 1e9;
            double cpu = (cpuNanos() - cpuBefore) / 1e9;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf("threads %d: %d districts, %d facts in %.1f s: %.1f districts/s, %.0f facts/s; "
                            + "peak heap %d MiB; %d with open violations, %d bad lines; "
                            + "process CPU %.1f s = %.1f ms per district (GC included)%n",
                    n, r.districts(), r.facts(), seconds, r.districts() / seconds, r.facts() / seconds, peak >> 20,
                    r.openViolations(), r.badLines(), cpu, 1000 * cpu / Math.max(1, r.districts()));
        }
    }
}
