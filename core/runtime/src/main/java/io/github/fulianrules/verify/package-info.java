/** The check of the code a rule set compiles to against an allow-list, before any of it is loaded. */
package io.github.fulianrules.verify;
