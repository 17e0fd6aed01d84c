package dev.ateraharness.client.model;

/**
 * The values of Atera's {@code AlertCategory}. Records keep the raw string; this enum is a lenient view of it
 * ({@link #UNKNOWN} for anything else), so a new server-side value never fails decoding.
 */
public enum AlertCategory implements Lenient.WireValue {
    HARDWARE("Hardware"),
    DISK("Disk"),
    AVAILABILITY("Availability"),
    PERFORMANCE("Performance"),
    EXCHANGE("Exchange"),
    GENERAL("General"),
    /** A value this client does not know (Atera added one, or a tenant customised it). */
    UNKNOWN(null);

    private final String wire;

    AlertCategory(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
