/** Explanations in words of how a requirement came out on a subject, and of why it was not checked at all. */
package io.github.fulianrules.explain;
