package io.github.fulianrules.examples.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.FileInputFormat;
import org.apache.hadoop.mapred.FileSplit;
import org.apache.hadoop.mapred.InputSplit;
import org.apache.hadoop.mapred.JobConf;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.api.java.JavaHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * JSON-lines files read as numbered lines, from any file system Hadoop reads (local, HDFS, S3…), each line once
 * with its 1-based number in its own file.
 *
 * <p>Why two passes: Spark's own readers of text ({@code spark.read().text()}, {@code textFile}) give a line its
 * contents and, at best, the byte offset where it starts, never its number. A file is read in splits (blocks of
 * tens of megabytes, several per large file, on different executors), and the number of a line depends on how many
 * lines the splits before it hold. So the first pass only counts the lines of each split; the driver adds the counts
 * up, file by file in the order of the splits' offsets, into the number of each split's first line; the second pass
 * numbers the lines from there as it reads them. ({@code zipWithIndex} does the same, but numbers across all files
 * at once.) The first pass reads the bytes without parsing them: 5.8 s of a 288 s job on 200 full-size districts
 * (185 MB) in {@code local[2]}, the rest being the rules. Reading each file whole in one task ({@code binaryFiles},
 * {@code wholeTextFiles}) would number lines trivially, but puts a 2.5 GB file of a year's districts on one core.
 *
 * <p>Lines end at {@code \n} only, a {@code \r} before it is dropped: as {@code check FILE.jsonl} reads them
 * (Hadoop's default would also end a line at a lone {@code \r}, and then the numbers would differ from the CLI's).
 */
final class JsonLinesFiles {
    private JsonLinesFiles() {
    }

    /** How many lines one split holds, and where it starts in which file. */
    private record SplitLines(String file, long start, long lines) implements Serializable {
    }

    /**
     * The lines of {@code path} (a file, a directory, a glob, or several of these separated by commas), in at least
     * {@code partitions} partitions; files of a directory whose names start with {@code _} or {@code .} are left out,
     * as Hadoop leaves them out.
     */
    static JavaRDD<DistrictLine> read(JavaSparkContext spark, String path, int partitions) {
        JobConf conf = new JobConf(spark.hadoopConfiguration());
        conf.set("textinputformat.record.delimiter", "\n");
        FileInputFormat.setInputPaths(conf, path);
        @SuppressWarnings("unchecked")
        JavaHadoopRDD<LongWritable, Text> records = (JavaHadoopRDD<LongWritable, Text>)
                spark.hadoopRDD(conf, TextInputFormat.class, LongWritable.class, Text.class, partitions);
        Map<String, Long> firstLines = firstLines(records.mapPartitionsWithInputSplit(JsonLinesFiles::count, true)
                .collect());
        return records.mapPartitionsWithInputSplit((split, lines) -> number(split, lines, firstLines), true);
    }

    private static Iterator<SplitLines> count(InputSplit split, Iterator<Tuple2<LongWritable, Text>> lines) {
        long n = 0;
        while (lines.hasNext()) {
            lines.next();
            n++;
        }
        FileSplit file = (FileSplit) split;
        return List.of(new SplitLines(file.getPath().toString(), file.getStart(), n)).iterator();
    }

    /** The number of the first line of each split, by {@link #key}: 1 plus the lines of the splits before it in its file. */
    private static Map<String, Long> firstLines(List<SplitLines> splits) {
        Map<String, Long> first = new HashMap<>();
        Map<String, Long> linesSoFar = new HashMap<>();
        splits.stream().sorted(Comparator.comparing(SplitLines::file).thenComparingLong(SplitLines::start))
                .forEach(s -> {
                    long before = linesSoFar.getOrDefault(s.file(), 0L);
                    first.put(key(s.file(), s.start()), before + 1);
                    linesSoFar.put(s.file(), before + s.lines());
                });
        return first;
    }

    private static String key(String file, long start) {
        return start + "@" + file;
    }

    private static Iterator<DistrictLine> number(InputSplit split, Iterator<Tuple2<LongWritable, Text>> lines,
                                                 Map<String, Long> firstLines) {
        FileSplit file = (FileSplit) split;
        String source = file.getPath().toString();
        long first = firstLines.get(key(source, file.getStart()));
        return new Iterator<>() {
            private long number = first;

            @Override
            public boolean hasNext() {
                return lines.hasNext();
            }

            @Override
            public DistrictLine next() {
                // The reader reuses its Text for the next line: copy the bytes out.
                Text text = lines.next()._2();
                int length = text.getLength();
                if (length > 0 && text.getBytes()[length - 1] == '\r') {
                    length--;
                }
                return new DistrictLine(source, number++, Arrays.copyOf(text.getBytes(), length));
            }
        };
    }
}
