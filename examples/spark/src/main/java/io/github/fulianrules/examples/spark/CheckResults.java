package io.github.fulianrules.examples.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What a {@link SparkCheck} came to, as four tables (schemas in the README, "Spark"):
 * {@link #findings()} one row per finding, {@link #scorecards()} one row per district and requirement,
 * {@link #summary()} one row per period and requirement over all districts, and {@link #errors()} one row per line
 * that was not checked. All four derive from one evaluation of the districts, kept in memory and on disk until
 * {@link #close()}.
 *
 * <pre>{@code
 * try (CheckResults r = SparkCheck.bundled().check(spark, "nation.jsonl")) {
 *     r.findings().where("kind = 'VIOLATION' AND NOT waived").groupBy("requirement").count().show();
 *     r.write("out");
 * }
 * }</pre>
 */
public final class CheckResults implements AutoCloseable {
    private final Dataset<Row> outcomes;

    CheckResults(Dataset<Row> outcomes) {
        this.outcomes = outcomes;
    }

    /** How many districts were checked, the findings they gave, and the lines that could not be checked. */
    public record Totals(long districts, long findings, long errors) {
    }

    private Dataset<Row> checked() {
        return outcomes.where(col("error").isNull());
    }

    /**
     * One row per finding: {@code district, period_start, period_end, requirement, code, clause, strength, kind,
     * subject, subject_type, waived, waiver_reason, measured, required, gap, details, message_zh, message_en,
     * remedy_zh, remedy_en, input_file, line}; the findings of {@code check --format json}, flat.
     */
    public Dataset<Row> findings() {
        return checked()
                .select(col("district"), col("period_start"), col("period_end"), explode(col("findings")).as("f"),
                        col("input_file"), col("line"))
                .select("district", "period_start", "period_end", "f.*", "input_file", "line");
    }

    /**
     * One row per district and requirement checked there: {@code district, period_start, period_end, requirement,
     * checked, met, waived, rate, input_file, line}; {@code rate} is the share met or waived in percent, one
     * decimal, as in the report's summary.
     */
    public Dataset<Row> scorecards() {
        return checked()
                .select(col("district"), col("period_start"), col("period_end"), explode(col("scores")).as("s"),
                        col("input_file"), col("line"))
                .select("district", "period_start", "period_end", "s.*", "input_file", "line");
    }

    /**
     * The national summary, one row per period and requirement: {@code period_start, period_end, requirement,
     * districts, checked, met, waived, rate}: subjects checked, met and waived over every district checked on it,
     * {@code rate} the share met or waived in percent, one decimal (100 when nothing was checked).
     */
    public Dataset<Row> summary() {
        return scorecards()
                .groupBy("period_start", "period_end", "requirement")
                .agg(count(lit(1)).as("districts"), sum("checked").as("checked"), sum("met").as("met"),
                        sum("waived").as("waived"))
                .withColumn("rate", when(col("checked").equalTo(0), lit(100.0))
                        .otherwise(round(col("met").plus(col("waived")).multiply(100.0).divide(col("checked")), 1)))
                .orderBy("period_start", "requirement");
    }

    /**
     * One row per line that was not checked: {@code input_file, line, message}, the message the one
     * {@code check FILE.jsonl} prints for it ({@code FILE:LINE:COL: field: problem} for a line that cannot be read,
     * {@code FILE:LINE: ...} for a district the engine stopped).
     */
    public Dataset<Row> errors() {
        return outcomes.where(col("error").isNotNull())
                .select(col("input_file"), col("line"), col("error").as("message"));
    }

    /** Counts over the results, in one pass. */
    public Totals totals() {
        Row row = outcomes.agg(
                sum(when(col("error").isNull(), 1).otherwise(0)),
                sum(size(col("findings"))),
                sum(when(col("error").isNull(), 0).otherwise(1))).first();
        return new Totals(row.isNullAt(0) ? 0 : row.getLong(0), row.isNullAt(1) ? 0 : row.getLong(1),
                row.isNullAt(2) ? 0 : row.getLong(2));
    }

    /**
     * Writes the four tables as Parquet under {@code directory} (any file system Spark writes):
     * {@code findings/}, {@code scorecards/}, {@code summary/} and {@code errors/}; fails if one exists.
     */
    public void write(String directory) {
        String base = directory.endsWith("/") ? directory.substring(0, directory.length() - 1) : directory;
        findings().write().parquet(base + "/findings");
        scorecards().write().parquet(base + "/scorecards");
        summary().coalesce(1).write().parquet(base + "/summary");
        errors().write().parquet(base + "/errors");
    }

    /** Lets go of the districts' results kept for the tables. */
    @Override
    public void close() {
        outcomes.unpersist();
    }
}
