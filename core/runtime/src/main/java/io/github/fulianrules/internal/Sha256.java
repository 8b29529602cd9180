package io.github.fulianrules.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests of text, in lower-case hex: how reports name the rules and catalogue they were made with. */
public final class Sha256 {
    private Sha256() {
    }

    /** The digest of the UTF-8 bytes of {@code parts}, each ended by a NUL so that {@code "ab","c"} differs from {@code "a","bc"}. */
    public static String hex(Iterable<String> parts) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform has SHA-256 (a required algorithm of MessageDigest).
            throw new IllegalStateException(e);
        }
        for (String part : parts) {
            sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
