package io.github.fulianrules.examples.bench;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.RuleSession;
import io.github.fulianrules.model.DistrictData;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.core.common.ReteEvaluator;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AccumulateNode;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.BetaMemory;
import org.drools.core.reteoo.BetaNode;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.core.reteoo.RightInputAdapterNode;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;

/**
 * Where the engine keeps its index entries: after the rules have fired over a district, the
 * entries each join (a join, {@code not}, {@code exists} or {@code accumulate}) holds for the facts
 * of the type it joins, largest first, with the rules the join serves, and their sums by fact type.
 * A join keeps an entry for every fact of its type that passes the pattern's own constraints,
 * whether or not any rule matches it; these entries and the work of making them are most of what an
 * evaluation spends in the engine. Unlike time and bytes, the count does not change with the
 * machine or its load: the same district and rules give the same figures. The engine's session is
 * not part of the API: it is reached by reflection, which is why this is a measuring tool, and
 * {@code IndexEntryRunTest} checks that it still counts what it says after an upgrade of Drools.
 *
 * <pre>
 * java -cp examples/benchmarks/target/fulian-rules-benchmarks.jar io.github.fulianrules.examples.bench.IndexEntryRun full 25
 * </pre>
 */
public final class IndexEntryRun {
    private IndexEntryRun() {
    }

    /** One join: its entries, the type of the facts they are of, its kind of node, and the rules it serves. */
    record Join(int entries, String factType, String kind, List<String> rules) {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        String district = args.length > 0 ? args[0] : "full";
        int shown = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        DistrictData data = Districts.named(district);
        Map<String, Integer> facts = new TreeMap<>();
        List<Join> joins = joins(data, facts);
        Map<String, Integer> byType = new TreeMap<>();
        joins.forEach(j -> byType.merge(j.factType(), j.entries(), Integer::sum));
        System.out.printf("%s district: %,d index entries in %d joins, over %,d facts (%,d inserted from the district)%n",
                district, joins.stream().mapToInt(Join::entries).sum(), joins.size(),
                facts.values().stream().mapToInt(Integer::intValue).sum(), data.facts().count());
        System.out.println("facts by type: " + facts);
        System.out.println("entries by the type of fact they are of:");
        byType.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> System.out.printf("%,8d  %s%n", e.getValue(), e.getKey()));
        System.out.printf("the %d largest joins:%n", Math.min(shown, joins.size()));
        joins.stream().limit(shown).forEach(j -> System.out.printf("%,8d  %-13s %-15s %s%n",
                j.entries(), j.factType(), j.kind(), String.join(" | ", j.rules())));
    }

    /**
     * The joins of the bundled rules after they have fired over {@code data}, largest first; the
     * session's facts counted by the simple name of their class into {@code facts}.
     */
    static List<Join> joins(DistrictData data, Map<String, Integer> facts) throws ReflectiveOperationException {
        try (RuleSession session = FulianRules.bundled().openSession(data.period())) {
            data.facts().forEach(session::insert);
            session.findings();
            KieSession engine = kieSession(session);
            List<Join> joins = new ArrayList<>();
            Map<BetaNode, Boolean> seen = new IdentityHashMap<>();
            for (ObjectTypeNode type : ((InternalRuleBase) engine.getKieBase()).getRete().getObjectTypeNodes()) {
                collect(type.getObjectSinkPropagator().getSinks(), simpleName(type), (ReteEvaluator) engine, seen, joins);
            }
            joins.sort(Comparator.comparingInt(Join::entries).reversed().thenComparing(j -> String.join(" | ", j.rules())));
            engine.getObjects().forEach(o -> facts.merge(o.getClass().getSimpleName(), 1, Integer::sum));
            return joins;
        }
    }

    /** The joins fed by {@code sinks}, directly or through the constraints of single facts (alpha nodes). */
    private static void collect(ObjectSink[] sinks, String factType, ReteEvaluator engine, Map<BetaNode, Boolean> seen,
                                List<Join> joins) {
        for (ObjectSink sink : sinks) {
            if (sink instanceof AlphaNode alpha) {
                collect(alpha.getObjectSinkPropagator().getSinks(), factType, engine, seen, joins);
            } else if (sink instanceof RightInputAdapterNode<?> input && seen.put(input.getBetaNode(), Boolean.TRUE) == null) {
                BetaNode join = input.getBetaNode();
                Object memory = engine.getNodeMemories().peekNodeMemory(join);
                BetaMemory<?> beta = memory instanceof AccumulateNode.AccumulateMemory accumulate
                        ? accumulate.getBetaMemory() : (BetaMemory<?>) memory;
                int entries = beta == null ? 0 : beta.getRightTupleMemory().size();
                List<String> rules = Arrays.stream(join.getAssociatedRules()).map(Rule::getName).sorted().toList();
                joins.add(new Join(entries, factType, join.getClass().getSimpleName(), rules));
            }
        }
    }

    private static String simpleName(ObjectTypeNode type) {
        String name = type.getObjectType().getClassName();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static KieSession kieSession(RuleSession session) throws ReflectiveOperationException {
        Field field = RuleSession.class.getDeclaredField("session");
        field.setAccessible(true);
        return (KieSession) field.get(session);
    }
}
