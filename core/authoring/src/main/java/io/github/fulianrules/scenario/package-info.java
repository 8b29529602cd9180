/** Scenarios as data: given facts, expected findings, a sentence for a name; a runner and a JUnit 5 entry for hosts. */
package io.github.fulianrules.scenario;
