package dev.ateraharness.client.model;

/**
 * The values of Atera's {@code ContractTypeOptions}. Records keep the raw string; this enum is a lenient view of it
 * ({@link #UNKNOWN} for anything else), so a new server-side value never fails decoding.
 */
public enum ContractType implements Lenient.WireValue {
    RETAINER_FLAT_FEE("RetainerFlatFee"),
    BLOCK_HOURS("BlockHours"),
    HOURLY("Hourly"),
    REMOTE_MONITORING("RemoteMonitoring"),
    BLOCK_MONEY("BlockMoney"),
    PROJECT_ONE_TIME_FEE("ProjectOneTimeFee"),
    PROJECT_HOURLY_RATE("ProjectHourlyRate"),
    ONLINE_BACKUP("OnlineBackup"),
    /** A value this client does not know (Atera added one, or a tenant customised it). */
    UNKNOWN(null);

    private final String wire;

    ContractType(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
