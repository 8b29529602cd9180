package io.github.fulianrules.catalogue;

import io.github.fulianrules.report.Strength;

/**
 * One requirement of the plan that a rule can check.
 *
 * @param id          stable ID, e.g. {@code FL-4.1e}
 * @param clause      the plan's clause, e.g. {@code 二(四)1}
 * @param strength    how firmly the plan words it
 * @param subject     what it is checked on, e.g. "sub-district WF"
 * @param sourceWords the plan's own words
 * @param check       what is checked, in the catalogue's words
 */
public record Requirement(String id, String clause, Strength strength, String subject,
                          String sourceWords, String check) {
}
