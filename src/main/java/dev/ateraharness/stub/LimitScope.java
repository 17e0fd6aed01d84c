package dev.ateraharness.stub;

import java.util.Locale;

/**
 * Whom the stub's limit belongs to. Atera does not document it: the 700 per minute per key comes from client
 * libraries. {@link #KEY}: each key has its own window (the default). {@link #ACCOUNT}: every key of the stub
 * shares one window, as keys of one Atera account would if the limit were account-wide; sharding a sync over
 * such keys then gains nothing and may draw 429s.
 */
public enum LimitScope {
    KEY,
    ACCOUNT;

    /** {@code key} or {@code account}, case-insensitive. */
    public static LimitScope parse(String s) {
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "key" -> KEY;
            case "account" -> ACCOUNT;
            default -> throw new IllegalArgumentException("limit scope must be 'key' or 'account': " + s);
        };
    }

    /** The name in settings and on the command line. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
