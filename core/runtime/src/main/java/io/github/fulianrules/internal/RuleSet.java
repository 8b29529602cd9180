package io.github.fulianrules.internal;

import io.github.fulianrules.catalogue.RuleInfo;
import io.github.fulianrules.catalogue.Catalogue;
import io.github.fulianrules.catalogue.Requirement;
import io.github.fulianrules.report.Provenance;
import java.util.List;
import java.util.Map;
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
 * @param digest    SHA-256 of the rules' names and metadata and of the DRL files, in hex
 * @param textIsCode whether {@code sources} is the text the rules' classes were compiled from here
 *                  (the bundled rules, a directory); a bundle's text is only carried beside its classes,
 *                  and nothing may compile it as if it were their code
 */
public record RuleSet(String name, KieBase kieBase, Catalogue catalogue, Messages messages, List<RuleInfo> rules,
                      List<DrlSource> sources, String digest, boolean textIsCode) {
    public RuleSet {
        rules = List.copyOf(rules);
        sources = List.copyOf(sources);
    }

    /** A rule set whose text is its code. */
    public RuleSet(String name, KieBase kieBase, Catalogue catalogue, Messages messages, List<RuleInfo> rules,
                   List<DrlSource> sources, String digest) {
        this(name, kieBase, catalogue, messages, rules, sources, digest, true);
    }

    /** This rule set, with text that is not known to be its code (a bundle's). */
    public RuleSet withTextNotItsCode() {
        return new RuleSet(name, kieBase, catalogue, messages, rules, sources, digest, false);
    }

    /** The digest of {@code rules} and {@code sources}, as {@link #digest()} gives it. */
    public static String digestOf(List<RuleInfo> rules, List<DrlSource> sources) {
        List<String> parts = new java.util.ArrayList<>();
        for (RuleInfo r : rules) {
            parts.add(r.name());
            parts.add(r.packageName());
            parts.add(r.requirementId());
            parts.add(r.clause());
            parts.add(r.strength() == null ? null : r.strength().name());
            parts.add(String.join(",", r.parameters()));
        }
        for (DrlSource s : sources) {
            parts.add(s.file().replace('\\', '/'));
            parts.add(s.text());
        }
        return Sha256.hex(parts);
    }

    /** What a report made with these rules and the parameter {@code values} was made with. */
    public Provenance provenance(Map<String, Long> values) {
        return new Provenance(name, digest, catalogue.digest(),
                catalogue.requirements().stream().map(Requirement::id).toList(), values);
    }

    /** The rules that implement {@code requirementId}. */
    public List<RuleInfo> rulesOf(String requirementId) {
        return rules.stream().filter(r -> requirementId.equals(r.requirementId())).toList();
    }
}
