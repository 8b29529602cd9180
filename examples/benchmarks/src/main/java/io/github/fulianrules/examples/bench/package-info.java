/** JMH benchmarks and the national run: how fast the engine is, against plain Java, at national scale. Not part of the tests. */
package io.github.fulianrules.examples.bench;
