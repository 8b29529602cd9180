package io.github.fulianrules.examples.bench;

import com.sun.management.ThreadMXBean;
import io.github.fulianrules.FulianRules;
import io.github.fulianrules.internal.RuleSet;
import io.github.fulianrules.model.DistrictData;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * What each bundled rule costs: the bytes one evaluation of a district allocates with every rule,
 * less those it allocates with that rule removed from a live rule base (the rules that read what
 * it derives lose their input with it). Bytes, unlike time, do not change with the machine's
 * load. The engine's rule base is not part of the API: it is reached by reflection, which is why
 * this is a measuring tool and not a test.
 *
 * <pre>
 * java -cp examples/benchmarks/target/fulian-rules-benchmarks.jar io.github.fulianrules.examples.bench.RuleCostRun full
 * </pre>
 */
public final class RuleCostRun {
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final int WARM_UP = 8;
    private static final int RUNS = 9;

    private RuleCostRun() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        DistrictData data = Districts.named(args.length > 0 ? args[0] : "full");
        List<String[]> rules = new ArrayList<>();
        for (KiePackage pkg : kieBase(FulianRules.bundled()).getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                rules.add(new String[] {pkg.getName(), rule.getName()});
            }
        }
        megabytes(FulianRules.bundled(), data);   // the JIT warmed up before anything is compared
        double[] without = new double[rules.size()];
        List<String> notRemoved = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            FulianRules engine = FulianRules.bundled();
            kieBase(engine).removeRule(rules.get(i)[0], rules.get(i)[1]);
            try {
                without[i] = megabytes(engine, data);
            } catch (RuntimeException e) {   // Drools cannot take some rules out of a live rule base
                without[i] = Double.NaN;
                notRemoved.add(rules.get(i)[1]);
            }
        }
        double all = megabytes(FulianRules.bundled(), data);
        List<Integer> measured = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            if (!Double.isNaN(without[i])) {
                measured.add(i);
            }
        }
        measured.sort(Comparator.comparingDouble((Integer i) -> without[i]));
        System.out.printf("%d rules, every one: %.2f MB per evaluation; less with each rule removed:%n", rules.size(), all);
        measured.forEach(i -> System.out.printf("%6.2f MB  %s%n", all - without[i], rules.get(i)[1]));
        notRemoved.forEach(r -> System.out.println("   not measured (the rule base fails without it): " + r));
    }

    private static KieBase kieBase(FulianRules engine) throws ReflectiveOperationException {
        Field field = FulianRules.class.getDeclaredField("ruleSet");
        field.setAccessible(true);
        return ((RuleSet) field.get(engine)).kieBase();
    }

    /** The median of the bytes allocated by one evaluation, in MB. */
    private static double megabytes(FulianRules engine, DistrictData data) {
        for (int i = 0; i < WARM_UP; i++) {
            engine.evaluate(data);
        }
        long[] bytes = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long before = THREADS.getCurrentThreadAllocatedBytes();
            engine.evaluate(data);
            bytes[i] = THREADS.getCurrentThreadAllocatedBytes() - before;
        }
        Arrays.sort(bytes);
        return bytes[RUNS / 2] / 1e6;
    }
}
