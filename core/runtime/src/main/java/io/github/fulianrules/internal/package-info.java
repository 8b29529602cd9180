/** The engine behind the public API, on the KIE API. Not part of the API: don't depend on it. */
package io.github.fulianrules.internal;
