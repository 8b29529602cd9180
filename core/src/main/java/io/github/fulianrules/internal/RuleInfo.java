package io.github.fulianrules.internal;

import io.github.fulianrules.report.Strength;

/**
 * A rule as its metadata declares it. Derived-fact and data-quality rules have no requirement.
 *
 * @param name          the rule's name
 * @param packageName   its DRL package
 * @param requirementId the requirement it implements, or {@code null}
 * @param clause        the clause it cites, or {@code null}
 * @param strength      the strength it declares, or {@code null}
 */
public record RuleInfo(String name, String packageName, String requirementId, String clause, Strength strength) {
}
