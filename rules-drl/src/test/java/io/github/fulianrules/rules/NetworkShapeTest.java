package io.github.fulianrules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.model.Person;
import java.util.List;
import java.util.stream.Stream;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.BetaNode;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.core.reteoo.RightInputAdapterNode;
import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;

/**
 * What the bundled rules cost depends on the network the engine builds from them, which a change of
 * a rule's wording can alter without changing a finding. Every join keeps an index entry per fact
 * of the type it joins: the person records, four thousand on a full district, are joined where
 * the officers and the conflicting offices are derived (one join, the two rules beginning alike)
 * and where the outstanding representatives are counted.
 */
class NetworkShapeTest {
    @Test
    void thePersonRecordsAreJoinedOnceForTheOfficersAndTheConflictsAndOnceForTheRepresentatives() {
        InternalRuleBase kieBase = (InternalRuleBase) KieServices.Factory.get().getKieClasspathContainer().getKieBase("fulian");
        ObjectTypeNode persons = kieBase.getRete().getObjectTypeNodes().stream()
                .filter(otn -> otn.getObjectType().getClassName().equals(Person.class.getName()))
                .findFirst().orElseThrow();

        List<List<String>> joins = Stream.of(persons.getObjectSinkPropagator().getSinks())
                .filter(RightInputAdapterNode.class::isInstance)
                .map(sink -> (BetaNode) ((RightInputAdapterNode<?>) sink).getBetaNode())
                .map(join -> Stream.of(join.getAssociatedRules()).map(r -> r.getName()).sorted().toList())
                .toList();

        assertThat(joins).containsExactlyInAnyOrder(
                List.of("derived: a person recorded in two offices of one federation",
                        "derived: the officers counted in each federation"),
                List.of("derived: outstanding representatives in each district body"));
    }
}
