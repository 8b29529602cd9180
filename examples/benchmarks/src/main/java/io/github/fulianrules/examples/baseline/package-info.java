/** A plain-Java implementation of a subset of the requirements, without Drools: the yardstick of the benchmarks and the differential tests. */
package io.github.fulianrules.examples.baseline;
