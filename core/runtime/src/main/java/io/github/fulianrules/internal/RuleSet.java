package io.github.fulianrules.internal;

import io.github.fulianrules.catalogue.RuleInfo;
import io.github.fulianrules.catalogue.Catalogue;
import java.util.List;
import org.kie.api.KieBase;

/**
 * A compiled, checked set of rules with what they need to report: the catalogue of requirements
 * and parameters, and the messages. Immutable and shared by every evaluation that uses it.
 *
 * @param name      where it came from, e.g. {@code bundled} or a directory
 * @param kieBase   the compiled rules
 * @param catalogue requirements and dated parameters
 * @param messages  message and remedy templates
 * @param rules     every rule with its metadata, in name order
 * @param sources   the DRL files, in name order
 */
public record RuleSet(String name, KieBase kieBase, Catalogue catalogue, Messages messages, List<RuleInfo> rules,
                      List<DrlSource> sources) {
    public RuleSet {
        rules = List.copyOf(rules);
        sources = List.copyOf(sources);
    }

    /** The rules that implement {@code requirementId}. */
    public List<RuleInfo> rulesOf(String requirementId) {
        return rules.stream().filter(r -> requirementId.equals(r.requirementId())).toList();
    }
}
