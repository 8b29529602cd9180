package io.github.fulianrules.examples.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Two builds of the library side by side in one JVM: each district of a JSON-lines file is read
 * ({@code DistrictReader.readLine}) and evaluated ({@code FulianRules.evaluate}) by one build and
 * then by the other, the first of the two alternating, and the thread CPU time of each step is
 * summed per build. Both builds run at the same moments, so a machine whose speed drifts from
 * minute to minute (this one's did by a third) weighs on both alike, which separate runs cannot
 * promise. Each build is a self-contained jar (the benchmarks jar of a commit, built with
 * {@code mvn package}) loaded in a class loader of its own.
 *
 * <pre>
 * java -XX:+UseParallelGC -Xmx2g -Xmn1g -cp examples/benchmarks/target/fulian-rules-benchmarks.jar io.github.fulianrules.examples.bench.PairedRun OLD.jar NEW.jar nation-2800.jsonl 150 300
 * </pre>
 *
 * The arguments: the two jars, the file, how many districts warm both builds up (not counted), and
 * how many are measured after them. A {@code .json} file is one district, read and evaluated that
 * many times ({@code examples/sample/district.json}). Prints CPU milliseconds per district for each
 * build and the second's figures over the first's.
 */
public final class PairedRun {
    private PairedRun() {
    }

    /** One build: its reader and its engine, reached by reflection through its own class loader. */
    private static final class Build {
        private final ClassLoader loader;
        private final Method readLine;
        private final Method evaluate;
        private final Object engine;

        Build(Path jar) throws ReflectiveOperationException, IOException {
            loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Thread.currentThread().setContextClassLoader(loader);   // the engine finds Drools' services through it
            readLine = loader.loadClass("io.github.fulianrules.input.DistrictReader")
                    .getMethod("readLine", byte[].class, String.class, long.class);
            Class<?> rules = loader.loadClass("io.github.fulianrules.FulianRules");
            engine = rules.getMethod("bundled").invoke(null);
            evaluate = rules.getMethod("evaluate", loader.loadClass("io.github.fulianrules.model.DistrictData"));
        }

        /** Reads and evaluates line {@code number}: the thread CPU nanoseconds of each step. */
        long[] run(byte[] line, long number) throws ReflectiveOperationException {
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            Thread.currentThread().setContextClassLoader(loader);
            long start = threads.getCurrentThreadCpuTime();
            Object district = readLine.invoke(null, line, "nation.jsonl", number);
            long read = threads.getCurrentThreadCpuTime();
            evaluate.invoke(engine, district);
            return new long[] {read - start, threads.getCurrentThreadCpuTime() - read};
        }
    }

    public static void main(String[] args) throws IOException, ReflectiveOperationException {
        if (args.length != 5) {
            System.err.println("usage: PairedRun FIRST.jar SECOND.jar FILE.jsonl|DISTRICT.json WARM-UP MEASURED");
            System.exit(2);
        }
        Build[] builds = {new Build(Path.of(args[0])), new Build(Path.of(args[1]))};
        int warmUp = Integer.parseInt(args[3]);
        int measured = Integer.parseInt(args[4]);
        List<byte[]> lines = new ArrayList<>();
        if (args[2].endsWith(".json")) {
            lines.addAll(Collections.nCopies(warmUp + measured, Files.readAllBytes(Path.of(args[2]))));
        } else {
            try (BufferedReader in = Files.newBufferedReader(Path.of(args[2]), StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null && lines.size() < warmUp + measured; line = in.readLine()) {
                    lines.add(line.getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        int counted = lines.size() - warmUp;
        if (counted <= 0) {
            System.err.println("the file has " + lines.size() + " lines, not more than the " + warmUp + " of the warm-up");
            System.exit(2);
        }
        long[][] cpu = new long[2][2];
        try {
            for (int i = 0; i < lines.size(); i++) {
                for (int turn = 0; turn < 2; turn++) {
                    int b = (i + turn) % 2;
                    long[] spent = builds[b].run(lines.get(i), i + 1L);
                    if (i >= warmUp) {
                        cpu[b][0] += spent[0];
                        cpu[b][1] += spent[1];
                    }
                }
            }
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("a build failed on the file", e.getCause());
        }
        for (int b = 0; b < 2; b++) {
            System.out.printf("%s: read %.2f ms, evaluate %.2f ms of thread CPU per district (%d districts)%n",
                    args[b], cpu[b][0] / 1e6 / counted, cpu[b][1] / 1e6 / counted, counted);
        }
        System.out.printf("second ÷ first: read %.3f, evaluate %.3f, both %.3f%n", (double) cpu[1][0] / cpu[0][0],
                (double) cpu[1][1] / cpu[0][1], (double) (cpu[1][0] + cpu[1][1]) / (cpu[0][0] + cpu[0][1]));
    }
}
