package dev.ateraharness.client.model;

/**
 * The values of Atera's {@code TicketPriorityOptions}. Records keep the raw string; this enum is a lenient view of it
 * ({@link #UNKNOWN} for anything else), so a new server-side value never fails decoding.
 */
public enum TicketPriority implements Lenient.WireValue {
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High"),
    CRITICAL("Critical"),
    /** A value this client does not know (Atera added one, or a tenant customised it). */
    UNKNOWN(null);

    private final String wire;

    TicketPriority(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
