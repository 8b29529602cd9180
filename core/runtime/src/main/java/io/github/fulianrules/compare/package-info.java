/**
 * Comparisons of outcomes: the impact of a parameter change on districts ({@link io.github.fulianrules.compare.WhatIf}),
 * and the difference between two reports of the same districts ({@link io.github.fulianrules.compare.ReportDiff}).
 */
package io.github.fulianrules.compare;
