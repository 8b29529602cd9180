package io.github.fulianrules.catalogue;

import io.github.fulianrules.report.Strength;

/**
 * A rule as its metadata declares it. Derived-fact and data-quality rules have no requirement.
 *
 * @param name          the rule's name
 * @param packageName   its DRL package
 * @param requirementId the requirement it implements, or {@code null}
 * @param clause        the clause it cites, or {@code null}
 * @param strength      the strength it declares, or {@code null}
 * @param parameters    the parameters it reads
 * @param file          the DRL file it is written in, or {@code null} when not known
 * @param line          the line of its {@code rule} keyword, or 0 when not known
 */
public record RuleInfo(String name, String packageName, String requirementId, String clause, Strength strength,
                       java.util.List<String> parameters, String file, int line) {
    public RuleInfo {
        parameters = parameters == null ? java.util.List.of() : java.util.List.copyOf(parameters);
    }
}
