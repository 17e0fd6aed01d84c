package dev.ateraharness.stub;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** A key's rights: GET needs READ, POST and PUT need WRITE, DELETE needs DELETE. Missing right: 403. */
public enum Permission {
    READ, WRITE, DELETE;

    /** All three. */
    public static Set<Permission> all() {
        return EnumSet.allOf(Permission.class);
    }

    /** Parses {@code read}, {@code write}, {@code delete}, any case. */
    public static Permission parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    /** The permission an HTTP method needs. */
    public static Permission forMethod(String method) {
        return switch (method) {
            case "GET", "HEAD", "OPTIONS" -> READ;
            case "DELETE" -> DELETE;
            default -> WRITE;
        };
    }
}
