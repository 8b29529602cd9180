/** The command-line tool: {@code fulian-rules check district.json} prints the findings and exits 0, 1 or 2. */
package io.github.fulianrules.examples.cli;
