package io.github.fulianrules.examples.spark;

import java.time.Duration;
import org.apache.spark.sql.SparkSession;

/**
 * The job for {@code spark-submit}: checks the districts of INPUT and writes the four tables of
 * {@link CheckResults} as Parquet under OUTPUT, then prints one line of totals.
 *
 * <pre>
 * spark-submit --class io.github.fulianrules.examples.spark.SparkCheckJob --master yarn \
 *     fulian-rules-spark-job.jar hdfs:///federation/2025/ hdfs:///federation/checked/2025
 * </pre>
 *
 * <p>Options after the two paths: {@code --rules DIR} (a rule set every executor reads at DIR),
 * {@code --timeout SECONDS} (per district) and {@code --partitions N}. Exit 0 when the tables are written, bad
 * lines or not (they are in {@code errors/}); 2 with one line on standard error for bad usage.
 */
public final class SparkCheckJob {
    static final String USAGE = "usage: SparkCheckJob INPUT OUTPUT [--rules DIR] [--timeout SECONDS] [--partitions N]";

    private SparkCheckJob() {
    }

    public static void main(String[] args) {
        SparkCheck check;
        try {
            check = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("fulian-rules check " + args[0]).getOrCreate();
        try {
            System.out.println(run(spark, check, args[0], args[1]));
        } finally {
            spark.stop();
        }
    }

    /** Checks INPUT, writes the tables under OUTPUT, and says what it did in one line. */
    static String run(SparkSession spark, SparkCheck check, String input, String output) {
        long start = System.nanoTime();
        try (CheckResults results = check.check(spark, input)) {
            results.write(output);
            CheckResults.Totals t = results.totals();
            return String.format("districts checked: %d, findings: %d, lines not checked: %d; %.1f s; tables in %s: "
                            + "findings, scorecards, summary, errors", t.districts(), t.findings(), t.errors(),
                    (System.nanoTime() - start) / 1e9, output);
        }
    }

    /** The check the options ask for; an {@link IllegalArgumentException} saying what is wrong otherwise. */
    static SparkCheck parse(String[] args) {
        if (args.length < 2 || args[0].startsWith("--") || args[1].startsWith("--")) {
            throw new IllegalArgumentException("INPUT and OUTPUT are required");
        }
        SparkCheck check = SparkCheck.bundled();
        for (int i = 2; i < args.length; i += 2) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[i + 1];
            switch (option) {
                case "--rules" -> check = check.rulesFrom(value);
                case "--timeout" -> check = check.timeout(Duration.ofSeconds(number(option, value)));
                case "--partitions" -> check = check.partitions((int) Math.min(Integer.MAX_VALUE, number(option, value)));
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return check;
    }

    private static long number(String option, String value) {
        try {
            long n = Long.parseLong(value);
            if (n < 1) {
                throw new IllegalArgumentException(option + " must be at least 1: " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number: " + value);
        }
    }
}
