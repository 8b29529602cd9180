/** Building rule bundles: a rule-set directory compiled and verified once into a jar that hosts load without compiling. */
package io.github.fulianrules.build;
