package io.github.fulianrules.internal;

import com.fasterxml.jackson.core.Version;
import io.github.fulianrules.FulianRulesException;

/**
 * The range of Jackson that the library supports, checked at start: Jackson is a library that hosts
 * often bring in a version of their own, and one older than {@link #LOWEST} fails deep inside the
 * first read with a {@code NoSuchMethodError} (the district reader's limits use
 * {@code StreamReadConstraints} methods of 2.16). The check says which version is needed instead.
 */
public final class JacksonVersion {
    /** The lowest Jackson version supported (jackson-core and jackson-databind), tested in the build. */
    public static final Version LOWEST = new Version(2, 16, 0, null, null, null);

    private JacksonVersion() {
    }

    /** Throws {@link FulianRulesException} naming the versions found and needed when Jackson is too old. */
    public static void requireSupported() {
        check("jackson-core", com.fasterxml.jackson.core.json.PackageVersion.VERSION);
        check("jackson-databind", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION);
    }

    static void check(String artifact, Version found) {
        if (isOlder(found)) {
            throw new FulianRulesException("fulian-rules needs " + artifact + " " + LOWEST.toString()
                    + " or later, but the class path has " + found + ": raise com.fasterxml.jackson.core:" + artifact
                    + " (e.g. import com.fasterxml.jackson:jackson-bom) to at least " + LOWEST);
        }
    }

    /** By number alone: {@link Version#compareTo} compares group and artifact first. */
    private static boolean isOlder(Version found) {
        int major = Integer.compare(found.getMajorVersion(), LOWEST.getMajorVersion());
        int minor = Integer.compare(found.getMinorVersion(), LOWEST.getMinorVersion());
        int patch = Integer.compare(found.getPatchLevel(), LOWEST.getPatchLevel());
        return (major != 0 ? major : minor != 0 ? minor : patch) < 0;
    }
}
