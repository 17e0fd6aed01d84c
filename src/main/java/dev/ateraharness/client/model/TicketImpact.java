package dev.ateraharness.client.model;

/**
 * The values of Atera's {@code TicketsImpactOptions}. Records keep the raw string; this enum is a lenient view of it
 * ({@link #UNKNOWN} for anything else), so a new server-side value never fails decoding.
 */
public enum TicketImpact implements Lenient.WireValue {
    NO_IMPACT("NoImpact"),
    SITE_DOWN("SiteDown"),
    SERVER_ISSUE("ServerIssue"),
    MINOR("Minor"),
    MAJOR("Major"),
    CRISIS("Crisis"),
    /** A value this client does not know (Atera added one, or a tenant customised it). */
    UNKNOWN(null);

    private final String wire;

    TicketImpact(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
