package io.github.fulianrules.examples.spark;

import org.apache.spark.sql.SparkSession;

/** The tests' Spark: {@code local[2]}, one session for every test class of the JVM, no web UI. */
final class LocalSpark {
    private LocalSpark() {
    }

    static SparkSession session() {
        return SparkSession.builder()
                .master("local[2]")
                .appName("fulian-rules-spark tests")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                // A handful of districts: a few shuffle partitions, not 200.
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }
}
