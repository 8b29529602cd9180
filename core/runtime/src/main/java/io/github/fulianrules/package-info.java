/**
 * fulian-rules: the 2018 district Women's Federation reform plan as rules. Start at {@link io.github.fulianrules.FulianRules}.
 */
package io.github.fulianrules;
