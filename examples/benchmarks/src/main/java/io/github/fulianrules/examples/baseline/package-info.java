/**
 * A plain-Java implementation of every requirement of the catalogue (revision 2) and the data findings, without
 * Drools, and the rules cut down to a 13-requirement subset: the yardsticks of the benchmarks and the differential tests.
 */
package io.github.fulianrules.examples.baseline;
