package dev.ateraharness.client.model;

/**
 * Maps Atera's enum strings onto helper enums without ever failing: matching is case-insensitive, and an unknown
 * or missing value maps to the enum's {@code UNKNOWN} constant (null input included).
 */
public final class Lenient {

    /** An enum constant with its exact wire spelling ({@code null} for the UNKNOWN fallback). */
    public interface WireValue {
        String wire();
    }

    private Lenient() {
    }

    /** The constant whose wire value equals {@code value} ignoring case, else {@code UNKNOWN}. */
    public static <E extends Enum<E> & WireValue> E parse(Class<E> type, String value) {
        E unknown = null;
        for (E e : type.getEnumConstants()) {
            if (e.wire() == null) {
                unknown = e;
            } else if (e.wire().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return e;
            }
        }
        if (unknown == null) {
            throw new IllegalStateException(type + " has no UNKNOWN fallback");
        }
        return unknown;
    }
}
