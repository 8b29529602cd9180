package io.github.fulianrules.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The fenced code blocks of {@code README.md} and {@code docs/*.md}, so that tests run them as the reader
 * sees them. The line before a block (blank lines aside) is its marker: {@code <!-- block: ID -->} names
 * the block for the test that runs it, {@code <!-- not run: REASON -->} says why no test can. JSON, YAML,
 * XML and properties blocks are parsed by {@code DocBlocksTest} and need no name.
 */
public final class DocBlocks {
    /** A block: its file, the line of its opening fence, its language (empty when none), its marker and its text. */
    public record Block(Path file, int line, String language, String id, String notRun, String text) {
        /** {@code docs/hosts.md:22}, for messages. */
        public String where() {
            return root().relativize(file).toString().replace('\\', '/') + ":" + line;
        }
    }

    private static final Pattern FENCE = Pattern.compile("^(\\s*)```(\\S*)\\s*$");
    private static final Pattern MARKER = Pattern.compile("^\\s*<!--\\s*(block|not run):\\s*(.*?)\\s*-->\\s*$");

    private DocBlocks() {
    }

    /** The repository's root: the nearest directory above the working directory holding README.md and docs/. */
    public static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("docs"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no README.md with docs/ above " + Path.of("").toAbsolutePath());
    }

    /** README.md, then every docs/*.md by name. */
    public static List<Path> files() {
        Path root = root();
        List<Path> files = new ArrayList<>(List.of(root.resolve("README.md")));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Every block of every file, in order. */
    public static List<Block> all() {
        List<Block> blocks = new ArrayList<>();
        for (Path file : files()) {
            blocks.addAll(of(file));
        }
        return blocks;
    }

    /** The one block named {@code id}; fails when there is none or more than one. */
    public static Block block(String id) {
        List<Block> named = all().stream().filter(b -> id.equals(b.id())).toList();
        if (named.size() != 1) {
            throw new IllegalStateException(named.isEmpty() ? "no block named " + id + " in README.md or docs/"
                    : "blocks named " + id + " at " + named.stream().map(Block::where).toList());
        }
        return named.get(0);
    }

    /** The text of the one block named {@code id}. */
    public static String text(String id) {
        return block(id).text();
    }

    static List<Block> of(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Block> blocks = new ArrayList<>();
        String marker = null;
        String kind = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m = MARKER.matcher(line);
            Matcher fence = FENCE.matcher(line);
            if (m.matches()) {
                kind = m.group(1);
                marker = m.group(2);
            } else if (fence.matches()) {
                String indent = fence.group(1);
                StringBuilder text = new StringBuilder();
                int end = i + 1;
                while (end < lines.size() && !lines.get(end).trim().equals("```")) {
                    String content = lines.get(end);
                    text.append(content.startsWith(indent) ? content.substring(indent.length()) : content.strip()).append('\n');
                    end++;
                }
                if (end == lines.size()) {
                    throw new IllegalStateException(file + ":" + (i + 1) + ": a block that is never closed");
                }
                blocks.add(new Block(file, i + 1, fence.group(2), "block".equals(kind) ? marker : null,
                        "not run".equals(kind) ? marker : null, text.toString()));
                marker = null;
                kind = null;
                i = end;
            } else if (!line.isBlank()) {
                marker = null;
                kind = null;
            }
        }
        return blocks;
    }
}
