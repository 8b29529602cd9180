/** The types DRL rules read and write besides the host's facts: parameters, derived tallies, officers and role conflicts, assessments and data issues. */
package io.github.fulianrules.rulesupport;
