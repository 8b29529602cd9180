package io.github.fulianrules.examples.batch;

import io.github.fulianrules.FulianRules;
import io.github.fulianrules.FulianRulesException;
import io.github.fulianrules.input.DistrictReader;
import io.github.fulianrules.input.InputException;
import io.github.fulianrules.model.DistrictData;
import io.github.fulianrules.report.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks a JSON-lines file of districts, one district per line, the way {@code check FILE.jsonl}
 * does: districts are read and evaluated in parallel, the reports written in the order of the
 * input, and memory stays bounded whatever the size of the file, because at most
 * {@code 2 × threads} districts are in flight at any time.
 *
 * <p>A line that cannot be read is reported on the error stream as
 * {@code FILE:LINE:COL: field: what is wrong}, and the others are still checked; blank lines are
 * skipped. The result tells how many districts were checked, how many had open violations, and how
 * many lines were bad.
 *
 * <pre>{@code
 * BatchChecker.Result r = new BatchChecker(engine, 2, (line, data, report) -> ReportJson.toJsonLine(report))
 *         .run(in, "nation.jsonl", out, err, false);
 * }</pre>
 */
public final class BatchChecker {
    private final FulianRules engine;
    private final int threads;
    private final Render render;

    /**
     * @param engine  the rules, shared by all threads
     * @param threads how many districts are evaluated at once
     * @param render  the output for one district; {@code null} output writes nothing
     */
    public BatchChecker(FulianRules engine, int threads, Render render) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.engine = engine;
        this.threads = threads;
        this.render = render;
    }

    /** The output for one district, read from line {@code line} of the input. */
    @FunctionalInterface
    public interface Render {
        String apply(long line, DistrictData data, Report report);
    }

    /** How the progress line reads: districts checked so far, per second, seconds since the start. */
    @FunctionalInterface
    public interface ProgressLine {
        String of(long districts, double perSecond, double seconds);
    }

    /** The progress line in English. */
    public static final ProgressLine ENGLISH = (districts, perSecond, seconds) ->
            String.format(Locale.ROOT, "%d districts checked, %.1f/s, %.0f s", districts, perSecond, seconds);

    /** What a batch came to. */
    public record Result(long districts, long facts, long openViolations, long badLines, long nanos) {
    }

    /** One line's outcome. */
    private record Line(long number, String output, boolean open, String error, int facts) {
    }

    /**
     * Checks every district of {@code in}, named {@code source} in messages and locations; writes
     * reports to {@code out} and bad lines to {@code err}; shows progress on {@code err} when
     * {@code progress} is set.
     */
    public Result run(InputStream in, String source, PrintWriter out, PrintWriter err, boolean progress) throws IOException {
        return run(in, source, out, err, progress ? ENGLISH : null);
    }

    /** As {@link #run(InputStream, String, PrintWriter, PrintWriter, boolean)}, with progress in {@code progress}'s words (none when null). */
    public Result run(InputStream in, String source, PrintWriter out, PrintWriter err, ProgressLine progress) throws IOException {
        long start = System.nanoTime();
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "fulian-check-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<Line>> window = new ArrayDeque<>();
        long[] totals = new long[4];   // districts, facts, open violations, bad lines
        Progress shown = new Progress(err, progress, start);
        try {
            JsonLines lines = new JsonLines(in, DistrictReader.MAX_DOCUMENT_BYTES);
            long number = 0;
            byte[] bytes;
            while ((bytes = lines.next()) != null) {
                long lineNumber = ++number;
                if (lines.tooLong()) {
                    window.add(CompletableFuture.completedFuture(new Line(lineNumber, null, false,
                            new InputException(source, (int) lineNumber, 0, "", "the line is longer than the "
                                    + DistrictReader.MAX_DOCUMENT_BYTES + " bytes accepted").getMessage(), 0)));
                    continue;
                }
                if (DistrictReader.isBlank(bytes)) {
                    continue;
                }
                byte[] json = bytes;
                window.add(pool.submit(() -> check(json, source, lineNumber)));
                // Bounded memory: wait for the oldest district once the window is full, then write it.
                while (window.size() >= 2 * threads) {
                    emit(take(window), out, err, totals);
                    shown.update(totals[0]);
                }
            }
            while (!window.isEmpty()) {
                emit(take(window), out, err, totals);
                shown.update(totals[0]);
            }
        } finally {
            pool.shutdownNow();
            out.flush();
            shown.done(totals[0]);
        }
        return new Result(totals[0], totals[1], totals[2], totals[3], System.nanoTime() - start);
    }

    private Line check(byte[] json, String source, long number) {
        DistrictData data;
        try {
            data = DistrictReader.readLine(json, source, number);
        } catch (InputException e) {
            return new Line(number, null, false, e.getMessage(), 0);
        }
        try {
            Report report = engine.evaluate(data);
            return new Line(number, render.apply(number, data, report), report.hasOpenViolations(), null, data.size());
        } catch (FulianRulesException e) {
            return new Line(number, null, false, source + ":" + number + ": " + e.getMessage(), data.size());
        }
    }

    private static Line take(ArrayDeque<Future<Line>> window) throws IOException {
        Future<Line> next = window.poll();
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static void emit(Line line, PrintWriter out, PrintWriter err, long[] totals) {
        if (line.error() != null) {
            err.println(line.error());
            err.flush();
            totals[3]++;
            return;
        }
        totals[0]++;
        totals[1] += line.facts();
        if (line.open()) {
            totals[2]++;
        }
        if (line.output() != null) {
            out.print(line.output());
        }
    }

    /** Districts checked and their rate, rewritten in place once a second, only for a person watching. */
    private static final class Progress {
        private final PrintWriter err;
        private final ProgressLine words;
        private final long start;
        private long last;

        Progress(PrintWriter err, ProgressLine words, long start) {
            this.err = err;
            this.words = words;
            this.start = start;
            this.last = start;
        }

        void update(long districts) {
            long now = System.nanoTime();
            if (words != null && now - last >= 1_000_000_000L) {
                last = now;
                err.print("\r" + line(districts, now));
                err.flush();
            }
        }

        void done(long districts) {
            if (words != null) {
                err.println("\r" + line(districts, System.nanoTime()));
                err.flush();
            }
        }

        private String line(long districts, long now) {
            double seconds = Math.max(1e-9, (now - start) / 1e9);
            return words.of(districts, districts / seconds, seconds);
        }
    }
}
