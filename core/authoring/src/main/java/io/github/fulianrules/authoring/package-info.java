/** Compiling analysts' rule-set directories to the executable model: the authoring side of the runtime/authoring seam. */
package io.github.fulianrules.authoring;
