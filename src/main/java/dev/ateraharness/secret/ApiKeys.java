package dev.ateraharness.secret;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The only place that turns an API key into something printable. Keys come from the environment
 * ({@value #ENV_VAR}) or a file, never from a command-line argument.
 *
 * <p>Guarantees: {@link #redact} shows at most the last 4 characters; {@link #fingerprint} is a one-way SHA-256
 * prefix, stable across runs, used to group logs and limiters by key without storing the key.
 */
public final class ApiKeys {

    /** The environment variable the CLI and simulations read the key from. */
    public static final String ENV_VAR = "ATERA_API_KEY";

    private ApiKeys() {
    }

    /** {@code ****abcd}: the last 4 characters only (fewer if the key is very short: then all are masked). */
    public static String redact(String key) {
        if (key == null || key.isEmpty()) {
            return "(none)";
        }
        if (key.length() <= 8) {
            return "****";
        }
        return "****" + key.substring(key.length() - 4);
    }

    /** The first 12 hex digits of SHA-256(key). */
    public static String fingerprint(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }

    /** The key from {@value #ENV_VAR}, if set and not blank. */
    public static Optional<String> fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /** As {@link #fromEnvironment()}, from a given environment (for tests). */
    public static Optional<String> fromEnvironment(Map<String, String> env) {
        String v = env.get(ENV_VAR);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    /** The most keys {@link #allFromFile} reads, and the largest such file (bounded memory for any input). */
    public static final int MAX_KEYS = 64;
    static final long MAX_KEY_FILE_BYTES = 64 * 1024;

    /**
     * Every key of a file, one per non-blank line ({@code #} starts a comment line), in file order; a repeated
     * key is an error (it would share its limit with itself).
     *
     * @throws IOException if the file cannot be read, is over 64 KiB, holds no key, more than {@value #MAX_KEYS},
     *                     or a key twice (the message names the line, never the key)
     */
    public static java.util.List<String> allFromFile(Path file) throws IOException {
        if (Files.size(file) > MAX_KEY_FILE_BYTES) {
            throw new IOException(file + ": over " + MAX_KEY_FILE_BYTES + " bytes; expected one key per line");
        }
        java.util.List<String> keys = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (!seen.add(t)) {
                throw new IOException(file + ": line " + n + " repeats an earlier key (" + redact(t) + ")");
            }
            keys.add(t);
            if (keys.size() > MAX_KEYS) {
                throw new IOException(file + ": more than " + MAX_KEYS + " keys");
            }
        }
        if (keys.isEmpty()) {
            throw new IOException(file + ": no key found (expected one key per line)");
        }
        return java.util.List.copyOf(keys);
    }

    /** The key from the first non-blank, non-comment line of a file. */
    public static String fromFile(Path file) throws IOException {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String t = line.trim();
            if (!t.isEmpty() && !t.startsWith("#")) {
                return t;
            }
        }
        throw new IOException(file + ": no key found (expected one non-empty line)");
    }
}
