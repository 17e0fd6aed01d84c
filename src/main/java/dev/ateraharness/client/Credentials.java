package dev.ateraharness.client;

import dev.ateraharness.secret.ApiKeys;
import java.util.Objects;

/**
 * How the client authenticates: Atera's legacy static key ({@code X-API-KEY}) or a JWT ({@code Authorization:
 * Bearer}). Guarantees: the secret never appears in {@link #toString()}, only its {@link ApiKeys#redact redacted}
 * form; {@link #fingerprint()} identifies the key in logs and per-key limiters without revealing it.
 */
public final class Credentials {

    private final String headerName;
    private final String prefix;
    private final String secret;

    private Credentials(String headerName, String prefix, String secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.isBlank()) {
            throw new IllegalArgumentException("the API key is blank");
        }
        this.headerName = headerName;
        this.prefix = prefix;
        this.secret = secret.trim();
    }

    /** The legacy static key, sent as {@code X-API-KEY: <key>}. */
    public static Credentials apiKey(String key) {
        return new Credentials("X-API-KEY", "", key);
    }

    /** A JWT, sent as {@code Authorization: Bearer <jwt>}. */
    public static Credentials bearer(String jwt) {
        return new Credentials("Authorization", "Bearer ", jwt);
    }

    /**
     * Picks the scheme as PSAtera does: a token longer than 100 characters is a JWT, anything else a legacy key.
     */
    public static Credentials detect(String token) {
        return token != null && token.trim().length() > 100 ? bearer(token) : apiKey(token);
    }

    /** The header this credential travels in. */
    public String headerName() {
        return headerName;
    }

    /** The header value (the secret itself: never print it). */
    public String headerValue() {
        return prefix + secret;
    }

    /** {@link ApiKeys#fingerprint} of the secret: stable, one-way. */
    public String fingerprint() {
        return ApiKeys.fingerprint(secret);
    }

    /** The secret's {@link ApiKeys#redact redacted} form. */
    public String redacted() {
        return ApiKeys.redact(secret);
    }

    /** {@code text} with every occurrence of the secret replaced by its redacted form (for error bodies). */
    public String scrub(String text) {
        return text == null ? null : text.replace(secret, redacted());
    }

    @Override
    public String toString() {
        return "Credentials[" + headerName + " " + redacted() + "]";
    }
}
