package io.github.fulianrules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.model.AssessmentPeriod;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.model.Federation;
import io.github.fulianrules.model.Gender;
import io.github.fulianrules.model.Level;
import io.github.fulianrules.model.Person;
import io.github.fulianrules.model.Position;
import io.github.fulianrules.model.Rank;
import io.github.fulianrules.model.Role;
import io.github.fulianrules.report.Finding;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One engine shared by eight threads: the same findings as one thread gets, every session closed,
 * and the heap no bigger after 100,000 evaluations than after the first few thousand.
 */
class ConcurrencyTest {
    private static final int THREADS = 8;
    private final FulianRules engine = Engines.bundled();

    @Test
    void eightThreadsSharingOneEngineGetWhatOneThreadGets() throws Exception {
        List<DistrictData> districts = Districts.sample(40);
        List<List<Finding>> sequential = districts.stream().map(d -> engine.evaluate(d).findings()).toList();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<String>>> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long seed = t;
                threads.add(pool.submit(() -> {
                    // Each thread its own order, so that different districts run side by side.
                    List<Integer> order = new ArrayList<>();
                    for (int round = 0; round < 3; round++) {
                        for (int i = 0; i < districts.size(); i++) {
                            order.add(i);
                        }
                    }
                    Collections.shuffle(order, new Random(seed));
                    List<String> differences = new ArrayList<>();
                    for (int i : order) {
                        if (!engine.evaluate(districts.get(i)).findings().equals(sequential.get(i))) {
                            differences.add("district " + i);
                        }
                    }
                    return differences;
                }));
            }
            for (Future<List<String>> thread : threads) {
                assertThat(thread.get(5, TimeUnit.MINUTES)).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(engine.openSessions()).as("sessions left open").isZero();
    }

    @Test
    void theHeapStaysFlatOverAHundredThousandEvaluations() throws Exception {
        DistrictData small = smallDistrict();
        int total = 100_000;
        int samples = 10;
        List<Long> usedAfterGc = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int s = 0; s < samples; s++) {
                List<Future<?>> batch = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    batch.add(pool.submit(() -> {
                        for (int i = 0; i < total / samples / 2; i++) {
                            engine.evaluate(small);
                            done.incrementAndGet();
                        }
                    }));
                }
                for (Future<?> f : batch) {
                    f.get(5, TimeUnit.MINUTES);
                }
                usedAfterGc.add(usedHeapAfterGc());
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("Heap used after GC every %,d evaluations (MB): %s%n", total / samples,
                usedAfterGc.stream().map(b -> String.format("%.1f", b / 1048576.0)).collect(Collectors.joining(" ")));

        assertThat(done.get()).isEqualTo(total);
        assertThat(engine.openSessions()).isZero();
        // The first sample is the baseline (caches warmed); later ones may wobble but not grow.
        long baseline = usedAfterGc.get(1);
        long margin = 16L * 1024 * 1024;
        assertThat(usedAfterGc.subList(2, samples)).allSatisfy(used -> assertThat(used).isLessThan(baseline + margin));
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** The district federation with two part-time vice-chairs: the smallest district that has findings of each kind. */
    private static DistrictData smallDistrict() {
        DistrictData.Builder b = DistrictData.builder(AssessmentPeriod.year(2025))
                .add(new Federation("d", Level.DISTRICT, "区妇联", null, 150_000));
        for (int i = 1; i <= 2; i++) {
            b.add(new Person("v" + i, null, Gender.FEMALE, i % 2 == 0, null, null, Rank.NONE, false))
                    .add(new Position("v" + i, "d", Role.PART_TIME_VICE_CHAIR))
                    .add(new Position("v" + i, "d", Role.EXECUTIVE_MEMBER));
        }
        return b.build();
    }
}
