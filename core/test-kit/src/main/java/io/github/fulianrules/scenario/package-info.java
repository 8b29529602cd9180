/**
 * Scenarios as data: given facts, expected findings, a sentence for a name; a runner and a JUnit 5 entry for hosts.
 * Runs precompiled rules and bundles with the runtime alone; differences are explained when
 * {@code fulian-rules-authoring} is on the class path.
 */
package io.github.fulianrules.scenario;
