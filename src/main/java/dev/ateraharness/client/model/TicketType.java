package dev.ateraharness.client.model;

/**
 * The values of Atera's {@code TicketTypesForAPI}. Records keep the raw string; this enum is a lenient view of it
 * ({@link #UNKNOWN} for anything else), so a new server-side value never fails decoding.
 */
public enum TicketType implements Lenient.WireValue {
    INCIDENT("Incident"),
    PROBLEM("Problem"),
    REQUEST("Request"),
    CHANGE("Change"),
    /** A value this client does not know (Atera added one, or a tenant customised it). */
    UNKNOWN(null);

    private final String wire;

    TicketType(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
