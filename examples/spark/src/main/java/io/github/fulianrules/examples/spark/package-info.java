/**
 * The rules on Apache Spark: districts as JSON lines in, findings, scorecards, a national summary and the lines
 * that could not be checked out as tables. {@link io.github.fulianrules.examples.spark.SparkCheck} is the entry for
 * a host's own job, {@link io.github.fulianrules.examples.spark.SparkCheckJob} the job for {@code spark-submit}.
 */
package io.github.fulianrules.examples.spark;
