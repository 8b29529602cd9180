/** The requirement catalogue and the dated parameters a rule set carries. */
package io.github.fulianrules.catalogue;
