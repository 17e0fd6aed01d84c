package dev.ateraharness.compare;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fingerprint of a run's settings: the first 12 hex digits of SHA-256 over {@code name=value} lines sorted
 * by name. Two runs are comparable by default only when their fingerprints match. Guarantees: independent of
 * map order; never contains a value verbatim (settings never hold a key, but a URL might hold a token).
 */
public final class SettingsFingerprint {

    private SettingsFingerprint() {
    }

    public static String of(Map<String, String> settings) {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(settings).forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
