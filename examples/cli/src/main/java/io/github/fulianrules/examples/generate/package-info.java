/** Seeded synthetic districts at national scale, written as JSON lines for benchmarks and differential tests. */
package io.github.fulianrules.examples.generate;
