package io.github.fulianrules.examples.spark;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The rules on a Spark cluster: districts in, one per line of JSON lines as {@code check FILE.jsonl} reads them,
 * and out the tables of {@link CheckResults}. Each executor loads the rules once, the first time it needs them, and
 * evaluates its partitions district by district; a line that cannot be read, or a district whose evaluation the
 * engine refuses (a rule-set limit), becomes a row of {@link CheckResults#errors()}, never a failed job.
 *
 * <pre>{@code
 * try (CheckResults results = SparkCheck.bundled().check(spark, "hdfs:///federation/2025/*.jsonl")) {
 *     results.write("hdfs:///federation/checked/2025");      // findings, scorecards, summary, errors
 * }
 * // or from a host's own dataset of JSON lines:
 * CheckResults results = SparkCheck.bundled().check(districtsAsJson, "registry-2025");
 * }</pre>
 *
 * <p>Immutable; the settings travel to the executors with each task (a few bytes).
 */
public final class SparkCheck {
    private final EngineSettings engine;
    private final int partitions;

    private SparkCheck(EngineSettings engine, int partitions) {
        this.engine = engine;
        this.partitions = partitions;
    }

    /** The bundled rules and parameters, no time limit, input split into four partitions per core. */
    public static SparkCheck bundled() {
        return new SparkCheck(EngineSettings.BUNDLED, 0);
    }

    /**
     * The same check with the rule set of {@code directory} (as {@code check --rules DIR}): a path every executor
     * can read, e.g. on a shared file system, or the name an archive shipped with {@code --archives} is unpacked
     * under. Each executor compiles it once.
     */
    public SparkCheck rulesFrom(String directory) {
        return new SparkCheck(new EngineSettings(directory, engine.timeout()), partitions);
    }

    /** The same check, stopping an evaluation whose rules still fire after {@code limit} (as {@code check --timeout}). */
    public SparkCheck timeout(Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive: " + limit);
        }
        return new SparkCheck(new EngineSettings(engine.rulesDirectory(), limit), partitions);
    }

    /**
     * The same check, reading files in at least {@code count} partitions (by default four per core of the
     * application): a district costs far more to evaluate than to read, so more, smaller partitions than Spark
     * would make for reading alone spread the districts over the cores.
     */
    public SparkCheck partitions(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("partitions must be at least 1: " + count);
        }
        return new SparkCheck(engine, count);
    }

    /**
     * Checks the districts of {@code path}: a JSON-lines file, a directory of them, a glob, or several of these
     * separated by commas, on any file system Spark reads. Counts the lines of the input at once (to number them,
     * see {@link JsonLinesFiles}); the districts are evaluated when a table of the results is first used.
     */
    public CheckResults check(SparkSession spark, String path) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int count = partitions > 0 ? partitions : 4 * context.defaultParallelism();
        return evaluate(spark, JsonLinesFiles.read(context, path, count));
    }

    /**
     * Checks the districts of a host's dataset, one JSON district per element. Errors name the element as line
     * {@code N} (1-based, in the dataset's order) of {@code source}. Counts the elements at once, to number them.
     */
    public CheckResults check(Dataset<String> districts, String source) {
        JavaRDD<DistrictLine> lines = districts.javaRDD().zipWithIndex()
                .map(t -> new DistrictLine(source, t._2() + 1, t._1().getBytes(StandardCharsets.UTF_8)));
        return evaluate(districts.sparkSession(), lines);
    }

    private CheckResults evaluate(SparkSession spark, JavaRDD<DistrictLine> lines) {
        // Evaluated once, kept (spilled to disk past memory) for the four tables derived from it.
        Dataset<Row> outcomes = spark.createDataFrame(lines.mapPartitions(new DistrictOutcomes(engine)),
                DistrictOutcomes.SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
        return new CheckResults(outcomes);
    }
}
