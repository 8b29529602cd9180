package io.github.fulianrules.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A mutational fuzzer for the readers: feeds byte mutations of valid files (bit flips, bytes and
 * tokens inserted or overwritten, deletions, splices between files, truncation, repeated chunks and
 * lines) to a target for a time budget, each input under a hang guard, and collects every input the
 * target fails on. Input {@code i} of seed {@code s} depends on {@code s} and {@code i} only, so a
 * failure is reproduced from the two numbers the report gives.
 *
 * <p>The budget per target is {@code -Dfuzz.seconds=N} (the tests give a short default for
 * {@code mvn verify}), with at least {@link #MIN_INPUTS} inputs, the same ones for the same seed;
 * {@code -Dfuzz.seed=S} picks another seed.
 */
public final class Fuzzer {
    /**
     * Inputs tried whatever the budget ({@code -Dfuzz.minInputs}): on a loaded machine the first
     * inputs, which warm the reader up, can take the whole budget.
     */
    public static final long MIN_INPUTS = Long.getLong("fuzz.minInputs", 30);
    /** Longest time one input may take before it counts as a hang. */
    public static final Duration HANG = Duration.ofSeconds(Long.getLong("fuzz.hangSeconds", 10));

    private static final byte[] BYTES = {0, (byte) 0xff, (byte) 0xc3, (byte) 0x80, (byte) 0xef, '"', '\'', '\\',
        '{', '}', '[', ']', ':', ',', '-', '+', '0', '9', 'e', '.', '\n', '\r', '\t', ' ', '#', '&', '*', '!', '|',
        '>', '?', '%', '@', '`', '~'};
    private static final String[] TOKENS = {"null", "true", "false", "-1", "0", "1e999", "-0.0", "1.5",
        "99999999999999999999", "2147483648", "1e999999999", "1E-999999999", "\"\"", "[]", "{}", "[{}]", "NaN", "\"2018-02-30\"", "\"2018-13-01\"",
        "\"9999-12-31\"", "\\u0000", "\\ud800", "\"\\ud800\"", "~", "&a ", "*a", "!!binary ", "!!int ", "- ", ": ",
        "? ", "--- ", "...", "<<: ", "{a: 1}", "\"id\"", "\"id\":", "id: ", "\u00e9", "\u9752", "\ud83d\ude00"};

    private final String name;
    private final List<byte[]> corpus;

    private Fuzzer(String name, List<byte[]> corpus) {
        this.name = name;
        this.corpus = List.copyOf(corpus);
    }

    /** A fuzzer named {@code name} that mutates the files {@code corpus}. */
    public static Fuzzer of(String name, List<Path> corpus) {
        List<byte[]> bytes = new ArrayList<>();
        for (Path p : corpus) {
            try {
                bytes.add(Files.readAllBytes(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ofBytes(name, bytes);
    }

    /** A fuzzer named {@code name} that mutates the given valid inputs. */
    public static Fuzzer ofBytes(String name, List<byte[]> corpus) {
        return new Fuzzer(name, corpus);
    }

    /** What a target does with one input: returns when it accepts it, throws when it refuses it. */
    @FunctionalInterface
    public interface Target {
        void accept(byte[] input) throws Exception;
    }

    /** Whether {@code thrown}, from the target, is the reader's own way of refusing an input. */
    @FunctionalInterface
    public interface Refusal {
        boolean isExpected(Throwable thrown);
    }

    /**
     * A refusal by an exception of {@code type} that lists every problem of the input, one per line,
     * each at its place ({@code FILE:LINE:COL: …}), as the data-file readers give them.
     */
    public static Refusal locatedLines(Class<? extends Exception> type) {
        return t -> type.isInstance(t) && t.getMessage() != null && !t.getMessage().isBlank()
                && t.getMessage().lines().allMatch(line -> LOCATED.matcher(line).matches())
                && (!(t.getCause() instanceof RuntimeException) || t.getCause() instanceof IllegalArgumentException);
    }

    private static final java.util.regex.Pattern LOCATED = java.util.regex.Pattern.compile(".+:\\d+:\\d+: \\S.*");

    /**
     * A reader's own refusal: an exception of {@code type} with a one-line message that does not
     * wrap a runtime exception other than the {@link IllegalArgumentException} by which records
     * check their fields (a reader that wraps, say, a {@code NullPointerException} in its own
     * message hides a defect behind it).
     */
    public static Refusal oneLine(Class<? extends Exception> type) {
        return t -> type.isInstance(t) && t.getMessage() != null && !t.getMessage().contains("\n")
                && (!(t.getCause() instanceof RuntimeException) || t.getCause() instanceof IllegalArgumentException);
    }

    /** An input the target failed on: a hang or an exception that is not its refusal. */
    public record Failure(long iteration, String problem, byte[] input) {
        @Override
        public String toString() {
            return "#" + iteration + ": " + problem;
        }
    }

    /** What one run did. */
    public record Outcome(String name, long seed, long inputs, long accepted, long refused, List<Failure> failures,
                          Duration took) {
        @Override
        public String toString() {
            return "fuzz " + name + ": " + inputs + " inputs (" + accepted + " accepted, " + refused + " refused) in "
                    + took.toMillis() / 1000.0 + " s, seed " + seed + ", " + failures.size() + " failures";
        }
    }

    /** Seconds per target: {@code -Dfuzz.seconds}, else {@code defaultSeconds}. */
    public static Duration budget(long defaultSeconds) {
        return Duration.ofSeconds(Long.getLong("fuzz.seconds", defaultSeconds));
    }

    /**
     * Fuzzes {@code target} for {@code budget}: failures are saved under
     * {@code target/fuzz-findings} and returned (at most 20 kept).
     */
    public Outcome run(Duration budget, Target target, Refusal refusal) {
        long seed = Long.getLong("fuzz.seed", 18L);
        long start = System.nanoTime();
        long deadline = start + budget.toNanos();
        long accepted = 0;
        long refused = 0;
        long i = 0;
        List<Failure> failures = new ArrayList<>();
        ExecutorService worker = Executors.newSingleThreadExecutor(daemon());
        try {
            for (; (System.nanoTime() < deadline || i < MIN_INPUTS) && failures.size() < 20; i++) {
                byte[] input = input(seed, i);
                Future<?> done = worker.submit(() -> {
                    target.accept(input);
                    return null;
                });
                try {
                    done.get(HANG.toMillis(), TimeUnit.MILLISECONDS);
                    accepted++;
                } catch (TimeoutException e) {
                    done.cancel(true);
                    worker.shutdownNow();
                    worker = Executors.newSingleThreadExecutor(daemon());
                    failures.add(save(new Failure(i, "no answer within " + HANG.toSeconds() + " s", input)));
                } catch (ExecutionException e) {
                    Throwable thrown = e.getCause();
                    if (refusal.isExpected(thrown)) {
                        refused++;
                    } else {
                        failures.add(save(new Failure(i, describe(thrown), input)));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        } finally {
            worker.shutdownNow();
        }
        Outcome outcome = new Outcome(name, seed, i, accepted, refused, failures, Duration.ofNanos(System.nanoTime() - start));
        System.out.println(outcome);
        failures.forEach(f -> System.out.println("  " + f));
        return outcome;
    }

    /** Input {@code i} of {@code seed}: one to four stacked mutations of a corpus file. */
    public byte[] input(long seed, long i) {
        Random r = new Random(seed * 0x9E3779B97F4A7C15L + i);
        byte[] b = corpus.get(r.nextInt(corpus.size()));
        int n = 1 + r.nextInt(4);
        for (int k = 0; k < n; k++) {
            b = mutate(b, r);
        }
        return b;
    }

    private byte[] mutate(byte[] b, Random r) {
        int len = b.length;
        int at = len == 0 ? 0 : r.nextInt(len);
        switch (r.nextInt(10)) {
            case 0: {
                if (len == 0) {
                    return b;
                }
                byte[] c = b.clone();
                c[at] ^= (byte) (1 << r.nextInt(8));
                return c;
            }
            case 1: {
                if (len == 0) {
                    return b;
                }
                byte[] c = b.clone();
                c[at] = BYTES[r.nextInt(BYTES.length)];
                return c;
            }
            case 2:
                return insert(b, at, new byte[] {BYTES[r.nextInt(BYTES.length)]});
            case 3:
                return insert(b, at, TOKENS[r.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
            case 4: {
                int cut = Math.min(len - at, 1 + r.nextInt(16));
                return concat(Arrays.copyOfRange(b, 0, at), Arrays.copyOfRange(b, at + cut, len));
            }
            case 5: {
                byte[] other = corpus.get(r.nextInt(corpus.size()));
                if (other.length == 0) {
                    return b;
                }
                int from = r.nextInt(other.length);
                int to = Math.min(other.length, from + 1 + r.nextInt(256));
                int replace = Math.min(len - at, r.nextInt(64));
                return concat(concat(Arrays.copyOfRange(b, 0, at), Arrays.copyOfRange(other, from, to)),
                        Arrays.copyOfRange(b, at + replace, len));
            }
            case 6:
                return Arrays.copyOf(b, at);
            case 7: {
                int to = Math.min(len, at + 1 + r.nextInt(64));
                byte[] chunk = Arrays.copyOfRange(b, at, to);
                byte[] repeated = new byte[0];
                for (int k = 1 + r.nextInt(8); k > 0; k--) {
                    repeated = concat(repeated, chunk);
                }
                return insert(b, to, repeated);
            }
            case 8: {
                // a whole line repeated or dropped: the unit of YAML and of JSON lines
                int lineStart = lastIndexOf(b, (byte) '\n', at) + 1;
                int lineEnd = indexOf(b, (byte) '\n', at);
                int end = lineEnd < 0 ? len : lineEnd + 1;
                byte[] line = Arrays.copyOfRange(b, lineStart, end);
                return r.nextBoolean() ? insert(b, end, line)
                        : concat(Arrays.copyOfRange(b, 0, lineStart), Arrays.copyOfRange(b, end, len));
            }
            default: {
                // a number made extreme where one is
                int digit = indexOfDigit(b, at);
                if (digit < 0) {
                    return b;
                }
                int end = digit;
                while (end < len && Character.isDigit(b[end])) {
                    end++;
                }
                String extreme = r.nextBoolean() ? "99999999999999999999" : r.nextBoolean() ? "-1" : "0";
                return concat(concat(Arrays.copyOfRange(b, 0, digit), extreme.getBytes(StandardCharsets.US_ASCII)),
                        Arrays.copyOfRange(b, end, len));
            }
        }
    }

    private static int indexOfDigit(byte[] b, int from) {
        for (int k = from; k < b.length; k++) {
            if (b[k] >= '0' && b[k] <= '9') {
                return k;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] b, byte x, int from) {
        for (int k = from; k < b.length; k++) {
            if (b[k] == x) {
                return k;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] b, byte x, int before) {
        for (int k = Math.min(before, b.length) - 1; k >= 0; k--) {
            if (b[k] == x) {
                return k;
            }
        }
        return -1;
    }

    private static byte[] insert(byte[] b, int at, byte[] what) {
        return concat(concat(Arrays.copyOfRange(b, 0, at), what), Arrays.copyOfRange(b, at, b.length));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static String describe(Throwable t) {
        StackTraceElement[] at = t.getStackTrace();
        return t + (at.length == 0 ? "" : " at " + at[0]);
    }

    private Failure save(Failure f) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "fuzz-findings"));
            Files.write(dir.resolve(name + "-" + f.iteration() + ".bin"), f.input());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return f;
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r, "fuzz-target");
            t.setDaemon(true);
            return t;
        };
    }
}
