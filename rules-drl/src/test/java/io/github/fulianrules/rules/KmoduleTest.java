package io.github.fulianrules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fulianrules.catalogue.RuleInfo;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.StatelessKieSession;

/**
 * The engine builds the bundled kbase straight from the executable model; hosts that use the KIE
 * API get the same rules through the names {@code kmodule.xml} documents.
 */
class KmoduleTest {
    @Test
    void theKmoduleNamesGiveTheRulesTheEngineServes() {
        KieContainer container = KieServices.Factory.get().getKieClasspathContainer();
        KieBase kieBase = container.getKieBase("fulian");
        List<String> viaKmodule = kieBase.getKiePackages().stream()
                .flatMap(p -> p.getRules().stream())
                .map(r -> r.getName())
                .sorted()
                .toList();

        assertThat(viaKmodule).isNotEmpty()
                .isEqualTo(Engines.bundled().rules().stream().map(RuleInfo::name).sorted().toList());
        StatelessKieSession stateless = container.newStatelessKieSession("fulian-stateless");
        assertThat(stateless).isNotNull();
        KieSession stateful = container.newKieSession("fulian-session");
        try {
            assertThat(stateful).isNotNull();
        } finally {
            stateful.dispose();
        }
    }
}
