package io.github.fulianrules.internal;

import com.fasterxml.jackson.core.Version;
import io.github.fulianrules.FulianRulesException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The range of Jackson that the library supports, checked at start: Jackson is a library that hosts
 * often bring in a version of their own, and one older than {@link #LOWEST} fails deep inside the
 * first read with a {@code NoSuchMethodError} (the district reader's limits use
 * {@code StreamReadConstraints} methods of 2.16). The check says which version is needed instead.
 */
public final class JacksonVersion {
    /** The lowest Jackson version supported (every module the library uses), tested in the build. */
    public static final Version LOWEST = new Version(2, 16, 0, null, null, null);

    private JacksonVersion() {
    }

    /**
     * Throws {@link FulianRulesException} naming the versions found and needed when Jackson is too
     * old, or when its modules are of different versions (a host that pins {@code jackson-databind}
     * alone gets {@code jackson-core} of that version beside the YAML and JSR-310 modules of another,
     * and a {@code NoSuchMethodError} at the first rule set read).
     */
    public static void requireSupported() {
        Map<String, Version> found = new LinkedHashMap<>();
        found.put("jackson-core", com.fasterxml.jackson.core.json.PackageVersion.VERSION);
        found.put("jackson-databind", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION);
        found.put("jackson-dataformat-yaml", com.fasterxml.jackson.dataformat.yaml.PackageVersion.VERSION);
        found.put("jackson-datatype-jsr310", com.fasterxml.jackson.datatype.jsr310.PackageVersion.VERSION);
        check(found);
    }

    /** The check of {@link #requireSupported()} over the modules found, by artifact. */
    static void check(Map<String, Version> found) {
        found.forEach(JacksonVersion::check);
        Set<String> lines = new TreeSet<>();
        found.values().forEach(v -> lines.add(v.getMajorVersion() + "." + v.getMinorVersion()));
        if (lines.size() > 1) {
            StringBuilder modules = new StringBuilder();
            found.forEach((artifact, version) -> modules.append(modules.isEmpty() ? "" : ", ")
                    .append(artifact).append(' ').append(version));
            Version newest = found.values().stream().max(JacksonVersion::byNumber).orElseThrow();
            throw new FulianRulesException("fulian-rules needs the Jackson modules at one version, but the class path has "
                    + modules + ": align them by importing com.fasterxml.jackson:jackson-bom (e.g. " + newest.getMajorVersion()
                    + "." + newest.getMinorVersion() + "." + newest.getPatchLevel()
                    + ") in dependencyManagement instead of pinning one module");
        }
    }

    static void check(String artifact, Version found) {
        if (byNumber(found, LOWEST) < 0) {
            throw new FulianRulesException("fulian-rules needs " + artifact + " " + LOWEST.toString()
                    + " or later, but the class path has " + found + ": raise com.fasterxml.jackson.core:" + artifact
                    + " (e.g. import com.fasterxml.jackson:jackson-bom) to at least " + LOWEST);
        }
    }

    /** By number alone: {@link Version#compareTo} compares group and artifact first. */
    private static int byNumber(Version a, Version b) {
        int major = Integer.compare(a.getMajorVersion(), b.getMajorVersion());
        int minor = Integer.compare(a.getMinorVersion(), b.getMinorVersion());
        int patch = Integer.compare(a.getPatchLevel(), b.getPatchLevel());
        return major != 0 ? major : minor != 0 ? minor : patch;
    }
}
