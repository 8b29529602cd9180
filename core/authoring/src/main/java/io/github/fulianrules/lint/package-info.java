/** Checking a rule set before it is used: compile errors with their lines, metadata, and the safety policy. */
package io.github.fulianrules.lint;
