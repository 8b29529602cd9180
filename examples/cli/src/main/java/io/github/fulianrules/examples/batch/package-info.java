/** Checking many districts, one JSON district per line, in parallel and in bounded memory. */
package io.github.fulianrules.examples.batch;
