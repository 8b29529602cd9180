/** A host program that embeds the engine through the public API only. */
package io.github.fulianrules.examples.embed;
