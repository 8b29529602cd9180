package io.github.fulianrules.authoring;

import io.github.fulianrules.RuleSetException;
import io.github.fulianrules.internal.DrlSource;
import io.github.fulianrules.internal.ModelClasses;
import io.github.fulianrules.internal.RuleBundle;
import io.github.fulianrules.model.Federation;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.CodeSource;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.drools.model.codegen.ExecutableModelProject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What DRL compiled to, kept on disk between runs: a cold {@code check --rules DIR} of a rule set
 * compiled before reads its classes instead of compiling it again (several seconds). An entry is
 * named by the SHA-256 of the DRL files' names and texts and of the tool that compiled them (the
 * code of the compiler, the fact model and Drools), and it is a {@link RuleBundle}: its own hash is
 * checked, and it must hold the very texts asked for.
 *
 * <p>An entry is untrusted, like any bundle: what it holds goes through lint and the verifier again,
 * as freshly compiled classes do ({@link io.github.fulianrules.lint.Linter}); the cache saves the
 * compiling only. An entry that is a link, not the user's, writable by others, unreadable or not
 * what its name says is passed over and compiled anew.
 *
 * <p>Off unless the system property {@value #PROPERTY} names a directory (the command-line tool sets
 * it to {@code ~/.cache/fulian-rules/compiled}, or {@code $XDG_CACHE_HOME/fulian-rules/compiled});
 * {@code off} turns it off.
 */
public final class CompileCache {
    /** The system property with the cache's directory, or {@code off}. */
    public static final String PROPERTY = "fulian-rules.compile-cache";
    /** The environment variable of the command-line tool with the cache's directory, or {@code off}. */
    public static final String ENVIRONMENT = "FULIAN_RULES_COMPILE_CACHE";
    /** How many entries the cache keeps: the most recently used. */
    static final int KEPT = 16;
    /** The file of an entry that names the tool that compiled it. */
    private static final String COMPILED_BY = "compiled-by";
    private static final String SUFFIX = ".jar";
    private static final Logger LOG = LoggerFactory.getLogger(CompileCache.class);

    private final Path dir;

    private CompileCache(Path dir) {
        this.dir = dir;
    }

    /** The cache {@value #PROPERTY} names, or none. */
    static Optional<CompileCache> configured() {
        String value = System.getProperty(PROPERTY, "").strip();
        return value.isEmpty() || "off".equalsIgnoreCase(value) ? Optional.empty() : Optional.of(new CompileCache(Path.of(value)));
    }

    /**
     * The cache directory of the command-line tool: {@code environment}'s {@value #ENVIRONMENT}
     * when set (a directory or {@code off}), else {@code fulian-rules/compiled} under
     * {@code $XDG_CACHE_HOME} or {@code ~/.cache}.
     */
    public static String defaultLocation(Map<String, String> environment, String home) {
        String set = environment.getOrDefault(ENVIRONMENT, "").strip();
        if (!set.isEmpty()) {
            return set;
        }
        String xdg = environment.getOrDefault("XDG_CACHE_HOME", "").strip();
        Path base = xdg.isEmpty() ? Path.of(home, ".cache") : Path.of(xdg);
        return base.resolve("fulian-rules").resolve("compiled").toString();
    }

    /** The classes {@code sources} compiled to when this tool compiled them before, as read from the entry. */
    Optional<ModelClasses> load(List<DrlSource> sources) {
        Path entry = entry(sources);
        try {
            if (!Files.exists(entry, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            if (!trusted(entry)) {
                LOG.warn("Passing over the compile cache entry {}: it is a link, not yours or writable by others", entry);
                return Optional.empty();
            }
            RuleBundle bundle = RuleBundle.read(entry);
            if (!texts(bundle.sources()).equals(texts(sources)) || !tool().equals(text(bundle.files().get(COMPILED_BY)))) {
                LOG.warn("Passing over the compile cache entry {}: it holds other rules than its name says", entry);
                return Optional.empty();
            }
            touch(entry);
            return Optional.of(bundle.classes());
        } catch (IOException | RuleSetException e) {
            LOG.warn("Passing over the compile cache entry {}: {}", entry, e.getMessage());
            return Optional.empty();
        }
    }

    /** Keeps what {@code sources} compiled to; a cache that cannot be written is told once in the log, nothing more. */
    void store(List<DrlSource> sources, ModelClasses classes) {
        Map<String, byte[]> files = new TreeMap<>();
        sources.forEach(s -> files.put(s.file().replace('\\', '/'), s.text().getBytes(StandardCharsets.UTF_8)));
        files.put(COMPILED_BY, tool().getBytes(StandardCharsets.UTF_8));
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                ownerOnly(dir);
            }
            new RuleBundle(classes, files).write(entry(sources));
            evict();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot keep the compiled rules in {}: {}", dir, e.toString());
        }
    }

    /** Marks {@code entry} as used now, for {@link #evict}; an entry that cannot be marked is used all the same. */
    private static void touch(Path entry) {
        try {
            Files.setLastModifiedTime(entry, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            LOG.debug("Cannot mark {} as used: {}", entry, e.toString());
        }
    }

    /** Deletes all but the {@value #KEPT} entries used last. */
    private void evict() throws IOException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(dir)) {
            entries = list.filter(p -> p.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing(CompileCache::lastModified).reversed()).toList();
        }
        for (Path old : entries.subList(Math.min(KEPT, entries.size()), entries.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static FileTime lastModified(Path p) {
        try {
            return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** The entry of {@code sources}: named by their texts and the tool. */
    Path entry(List<DrlSource> sources) {
        Map<String, byte[]> key = new TreeMap<>();
        sources.forEach(s -> key.put("drl/" + s.file().replace('\\', '/'), s.text().getBytes(StandardCharsets.UTF_8)));
        key.put(COMPILED_BY, tool().getBytes(StandardCharsets.UTF_8));
        return dir.resolve(RuleBundle.hash(key) + SUFFIX);
    }

    /** A regular file of this user's that no one else may write. */
    private static boolean trusted(Path entry) throws IOException {
        if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (!Files.getFileStore(entry).supportsFileAttributeView("posix")) {
            return true;
        }
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(entry, LinkOption.NOFOLLOW_LINKS);
        if (perms.contains(PosixFilePermission.GROUP_WRITE) || perms.contains(PosixFilePermission.OTHERS_WRITE)) {
            return false;
        }
        UserPrincipal me = entry.getFileSystem().getUserPrincipalLookupService()
                .lookupPrincipalByName(System.getProperty("user.name"));
        return Files.getOwner(entry, LinkOption.NOFOLLOW_LINKS).equals(me);
    }

    private static void ownerOnly(Path dir) throws IOException {
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** Each DRL file's text by its name. */
    private static Map<String, String> texts(List<DrlSource> sources) {
        Map<String, String> texts = new TreeMap<>();
        sources.forEach(s -> texts.put(s.file().replace('\\', '/'), s.text()));
        return texts;
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

    private static volatile String tool;

    /**
     * The tool that compiles, as far as what it compiles to depends on it: the Java version and,
     * for the code of the compiler, the fact model and Drools, where each was loaded from with its
     * size and time (a jar rebuilt is another tool).
     */
    static String tool() {
        String t = tool;
        if (t == null) {
            StringBuilder b = new StringBuilder("format 1; Java ").append(Runtime.version().feature());
            for (Class<?> type : List.of(ModelCompiler.class, Federation.class, ExecutableModelProject.class)) {
                b.append("; ").append(origin(type));
            }
            t = b.toString();
            tool = t;
        }
        return t;
    }

    private static String origin(Class<?> type) {
        String version = type.getPackage() == null ? null : type.getPackage().getImplementationVersion();
        CodeSource source = type.getProtectionDomain().getCodeSource();
        URL url = source == null ? null : source.getLocation();
        try {
            Path where = url == null ? null : Path.of(url.toURI());
            if (where != null && Files.isDirectory(where)) {
                where = where.resolve(type.getName().replace('.', '/') + ".class");
            }
            return type.getName() + " " + version + " " + url
                    + (where == null || !Files.exists(where) ? "" : " " + Files.size(where) + " " + Files.getLastModifiedTime(where));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return type.getName() + " " + version + " " + url;
        }
    }
}
