package io.github.fulianrules.internal;

import io.github.fulianrules.RuleSetException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A rule bundle: a jar that holds a rule set compiled to the executable model and verified once,
 * by {@code build}, so that a host loads it without compiling. It holds
 * <ul>
 *   <li>the executable-model classes ({@code io/github/fulianrules/rules/…​.class}) and the list of
 *       model classes ({@value #MODELS});</li>
 *   <li>the rule set's files under {@value #FILES}: its DRL text (for export, explanations and
 *       messages at the right line), {@code catalogue.yaml}, {@code parameters.yaml} and the
 *       messages;</li>
 *   <li>a manifest with the SHA-256 of all that ({@value #CONTENT_HASH}).</li>
 * </ul>
 * On load the hash is checked, so a bundle edited after {@code build} is refused, and the classes
 * go through the verifier again: the hash tells an edit, the verifier is what guards.
 *
 * @param classes the executable-model classes
 * @param files   the rule set's files by name relative to it ({@code catalogue.yaml}, {@code task1.drl})
 */
public record RuleBundle(ModelClasses classes, Map<String, byte[]> files) {
    /** The manifest attribute with the SHA-256 of the bundle's content, in hex. */
    public static final String CONTENT_HASH = "Fulian-Rules-Content-SHA-256";
    /** The manifest attribute with the bundle format's version. */
    public static final String FORMAT = "Fulian-Rules-Bundle";
    /** Where the list of model classes stands in a bundle. */
    public static final String MODELS = "META-INF/fulian-rules/drools-model";
    /** Where the rule set's files stand in a bundle. */
    public static final String FILES = "rules/";
    private static final String CLASSES = "io/github/fulianrules/rules/";
    /** More than this, uncompressed, is not a rule set: a bundle is refused before it fills the memory. */
    private static final long MAX_BYTES = 256L * 1024 * 1024;
    /** Entries carry one fixed date, not the time of the build. */
    private static final long ENTRY_TIME = 315_532_800_000L + 86_400_000L * 31;

    public RuleBundle {
        files = Map.copyOf(new TreeMap<>(files));
    }

    /** The DRL files, in name order. */
    public List<DrlSource> sources() {
        List<DrlSource> sources = new ArrayList<>();
        new TreeMap<>(files).forEach((name, bytes) -> {
            if (name.endsWith(".drl")) {
                sources.add(new DrlSource(name, new String(bytes, StandardCharsets.UTF_8)));
            }
        });
        return sources;
    }

    /** The file {@code name} of the rule set; throws {@link RuleSetException} when the bundle lacks it. */
    public InputStream file(String name) {
        byte[] bytes = files.get(name);
        if (bytes == null) {
            throw new RuleSetException("the bundle has no " + FILES + name, List.of());
        }
        return new java.io.ByteArrayInputStream(bytes);
    }

    /** Writes the bundle to {@code out}, replacing it at once; returns the content's SHA-256. */
    public String write(Path out) throws IOException {
        Map<String, byte[]> entries = entries();
        String hash = hash(entries);
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue(FORMAT, "1");
        manifest.getMainAttributes().putValue(CONTENT_HASH, hash);
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        // Not Files.createTempFile: its owner-only permissions would stay on the bundle, which the group reads.
        Path temp = parent.resolve("." + out.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            try (OutputStream file = Files.newOutputStream(temp); JarOutputStream jar = new JarOutputStream(file)) {
                ZipEntry m = new ZipEntry(JarFile.MANIFEST_NAME);
                m.setTime(ENTRY_TIME);
                jar.putNextEntry(m);
                manifest.write(jar);
                jar.closeEntry();
                for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                    JarEntry entry = new JarEntry(e.getKey());
                    entry.setTime(ENTRY_TIME);
                    jar.putNextEntry(entry);
                    jar.write(e.getValue());
                    jar.closeEntry();
                }
            }
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return hash;
    }

    /** Every entry but the manifest, by name. */
    private Map<String, byte[]> entries() {
        Map<String, byte[]> entries = new TreeMap<>(classes.classes());
        entries.put(MODELS, String.join("\n", classes.models()).concat("\n").getBytes(StandardCharsets.UTF_8));
        files.forEach((name, bytes) -> entries.put(FILES + name, bytes));
        return entries;
    }

    /** The SHA-256 of {@code entries} in name order: each name, a zero byte, its length and its bytes. */
    public static String hash(Map<String, byte[]> entries) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> e : new TreeMap<>(entries).entrySet()) {
                sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(ByteBuffer.allocate(Long.BYTES).putLong(e.getValue().length).array());
                sha.update(e.getValue());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /**
     * Reads the bundle {@code jar}: every entry must be one a bundle holds, once, under a name
     * that stays inside it, and the content must have the hash of the manifest. Throws
     * {@link RuleSetException} otherwise. The classes are not verified here, nor loaded.
     */
    public static RuleBundle read(Path jar) {
        Map<String, byte[]> entries = new TreeMap<>();
        byte[] manifestBytes = null;
        long total = 0;
        try (InputStream file = Files.newInputStream(jar); ZipInputStream zip = new ZipInputStream(file)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName();
                if (e.isDirectory()) {
                    continue;
                }
                if (name.startsWith("/") || name.contains("\\") || List.of(name.split("/")).contains("..")) {
                    throw refused(jar, "the entry " + name + " climbs out of the bundle");
                }
                byte[] bytes = readAtMost(zip, MAX_BYTES - total, jar);
                total += bytes.length;
                if (name.equals(JarFile.MANIFEST_NAME)) {
                    manifestBytes = bytes;
                } else if (!(name.equals(MODELS) || name.startsWith(CLASSES) && name.endsWith(".class")
                        || name.startsWith(FILES) && name.length() > FILES.length())) {
                    throw refused(jar, "the entry " + name + " is not one a rule bundle holds");
                } else if (entries.put(name, bytes) != null) {
                    throw refused(jar, "the entry " + name + " is there twice");
                }
            }
        } catch (IOException e) {
            throw new RuleSetException("the bundle " + jar + " cannot be read: " + e.getMessage(), List.of());
        }
        if (manifestBytes == null || !entries.containsKey(MODELS)) {
            throw refused(jar, "it is not a rule bundle (no manifest or no " + MODELS + "; make one with build)");
        }
        Manifest manifest;
        try {
            manifest = new Manifest(new java.io.ByteArrayInputStream(manifestBytes));
        } catch (IOException e) {
            throw refused(jar, "its manifest cannot be read: " + e.getMessage());
        }
        String expected = manifest.getMainAttributes().getValue(CONTENT_HASH);
        String actual = hash(entries);
        if (!actual.equals(expected)) {
            throw refused(jar, "its content was changed after it was built (SHA-256 " + actual + ", the manifest says "
                    + expected + ")");
        }
        Map<String, byte[]> classes = new TreeMap<>();
        Map<String, byte[]> files = new TreeMap<>();
        entries.forEach((name, bytes) -> {
            if (name.startsWith(FILES)) {
                files.put(name.substring(FILES.length()), bytes);
            } else if (!name.equals(MODELS)) {
                classes.put(name, bytes);
            }
        });
        List<String> models = RuleSetLoader.modelIndex(new String(entries.get(MODELS), StandardCharsets.UTF_8));
        return new RuleBundle(new ModelClasses(classes, models), files);
    }

    private static byte[] readAtMost(InputStream in, long limit, Path jar) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            if (out.size() + n > limit) {
                throw refused(jar, "it holds more than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static RuleSetException refused(Path jar, String why) {
        return new RuleSetException("the bundle " + jar + " is refused: " + why, List.of());
    }
}
