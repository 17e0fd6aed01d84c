package dev.ateraharness.stub;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Who may use the stub's HTTP door beyond the Atera API: the admin API ({@code /__admin/**}, WireMock's and the
 * stub's) and a browser origin for CORS; and how many API responses the door holds at once. Immutable; build with
 * {@link #closed()} and the {@code with...} methods.
 *
 * <p>Guarantees: {@link #closed()} (the default everywhere) answers every admin request 401 and sends no CORS header
 * at all; with a token every admin request must carry {@code Authorization: Bearer TOKEN} (compared in constant
 * time), and an admin request can still never write a file, add a proxy mapping or start a recording; a CORS
 * origin is one exact origin, never {@code *}, never with credentials. {@link #toString()} never shows the token.
 * The door answers latency without holding a thread, so requests in flight are bounded by
 * {@link #maxPendingResponses()} instead (default {@value #DEFAULT_MAX_PENDING_RESPONSES}): beyond it a request
 * gets 503 with {@code Retry-After: 1} in the profile's envelope, so memory stays bounded (a pending response
 * holds its rendered body, up to a page of 50 records, ~64 KB).
 * The Java API ({@link AteraStub}) and the JUnit 5 extension control the stub in-process whatever these say.
 */
public final class HttpDoorOptions {

    /** The environment variable the CLI and the simulations read an admin token from. */
    public static final String TOKEN_ENV = "ATERA_STUB_ADMIN_TOKEN";
    /** Shorter tokens are refused: a guessable token is no better than none. */
    public static final int MIN_TOKEN_LENGTH = 16;

    /** API requests the door holds at once unless told otherwise (about 64 MB of pending page bodies). */
    public static final int DEFAULT_MAX_PENDING_RESPONSES = 1024;

    private static final HttpDoorOptions CLOSED = new HttpDoorOptions(null, null, DEFAULT_MAX_PENDING_RESPONSES);

    private final byte[] tokenDigest;
    private final String corsOrigin;
    private final int maxPendingResponses;

    private HttpDoorOptions(byte[] tokenDigest, String corsOrigin, int maxPendingResponses) {
        this.tokenDigest = tokenDigest;
        this.corsOrigin = corsOrigin;
        this.maxPendingResponses = maxPendingResponses;
    }

    /** No admin API over HTTP, no CORS. */
    public static HttpDoorOptions closed() {
        return CLOSED;
    }

    /** The admin API on, for requests carrying this token (at least {@value #MIN_TOKEN_LENGTH} visible characters). */
    public HttpDoorOptions withAdminToken(String token) {
        return new HttpDoorOptions(digest(checkToken(token)), corsOrigin, maxPendingResponses);
    }

    /**
     * CORS answers for exactly this origin ({@code scheme://host[:port]}); every other origin gets no CORS header.
     * Null for none.
     */
    public HttpDoorOptions withCorsOrigin(String origin) {
        return new HttpDoorOptions(tokenDigest, origin == null ? null : checkOrigin(origin), maxPendingResponses);
    }

    /**
     * At most {@code max} (>= 1) API requests between arrival and their response's completion (the model's latency
     * is served without a thread); the next gets 503 with {@code Retry-After: 1}.
     */
    public HttpDoorOptions withMaxPendingResponses(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max pending responses must be >= 1: " + max);
        }
        return new HttpDoorOptions(tokenDigest, corsOrigin, max);
    }

    /** The most API requests the door holds at once (see {@link #withMaxPendingResponses}). */
    public int maxPendingResponses() {
        return maxPendingResponses;
    }

    /** Reads a token file (the first line, trimmed); the file must hold a token of the minimum length. */
    public static String readToken(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String first = text.lines().findFirst().orElse("").trim();
        checkToken(first);
        return first;
    }

    /** The token in {@link #TOKEN_ENV}, if set and non-blank. */
    public static Optional<String> tokenFromEnvironment(Map<String, String> env) {
        String t = env.get(TOKEN_ENV);
        return t == null || t.isBlank() ? Optional.empty() : Optional.of(t.trim());
    }

    /** True when a token was given: admin requests with it are served. */
    public boolean adminEnabled() {
        return tokenDigest != null;
    }

    /** The one origin CORS answers for, if any. */
    public Optional<String> corsOrigin() {
        return Optional.ofNullable(corsOrigin);
    }

    /** Whether {@code presented} is the admin token; constant time in the token's content and length. */
    public boolean acceptsToken(String presented) {
        if (tokenDigest == null || presented == null) {
            return false;
        }
        return MessageDigest.isEqual(tokenDigest, digest(presented));
    }

    @Override
    public String toString() {
        return "HttpDoorOptions[admin=" + (adminEnabled() ? "token" : "off") + ", cors=" + (corsOrigin == null ? "none" : corsOrigin)
                + ", maxPending=" + maxPendingResponses + "]";
    }

    private static String checkToken(String token) {
        if (token == null || token.strip().length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("the admin token must have at least " + MIN_TOKEN_LENGTH + " characters");
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c <= ' ' || c >= 127) {
                throw new IllegalArgumentException("the admin token must be printable ASCII without spaces");
            }
        }
        return token;
    }

    private static String checkOrigin(String origin) {
        URI u;
        try {
            u = URI.create(origin);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an origin (scheme://host[:port]): " + origin);
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        boolean bare = (u.getPath() == null || u.getPath().isEmpty()) && u.getQuery() == null && u.getFragment() == null
                && u.getUserInfo() == null;
        if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null || !bare) {
            throw new IllegalArgumentException("not an origin (scheme://host[:port], no path, no '*'): " + origin);
        }
        return origin;
    }

    private static byte[] digest(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
