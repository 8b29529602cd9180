/** What an evaluation gives back: findings, each tied to a requirement and clause, and a report that orders and counts them. */
package io.github.fulianrules.report;
