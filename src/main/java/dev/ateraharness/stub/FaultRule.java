package dev.ateraharness.stub;

/**
 * Fault probabilities for one route (or all routes), each in [0, 1] and summing to at most 1, plus latency.
 * One uniform draw per request picks at most one fault; latency is added independently.
 *
 * <p>Connection-level faults (reset, empty response) produce no HTTP status: the arrival log records status 0.
 *
 * @param error500             probability of a 500 (empty body in {@code spec}, Message body in {@code seed})
 * @param error502             probability of a 502
 * @param error503             probability of a 503
 * @param retryAfter503Seconds {@code Retry-After} sent with a 503 (0 = none)
 * @param connectionReset      probability of a TCP reset
 * @param emptyResponse        probability of closing the connection without a response
 * @param malformedJson        probability of a 200 whose JSON body is cut in half
 * @param latency              added latency
 */
public record FaultRule(double error500, double error502, double error503, int retryAfter503Seconds,
                        double connectionReset, double emptyResponse, double malformedJson, Latency latency) {

    /** No faults, no latency. */
    public static final FaultRule NONE = new FaultRule(0, 0, 0, 0, 0, 0, 0, Latency.NONE);

    public FaultRule {
        double sum = 0;
        for (double p : new double[] {error500, error502, error503, connectionReset, emptyResponse, malformedJson}) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("fault probability must be in [0, 1]: " + p);
            }
            sum += p;
        }
        if (sum > 1 + 1e-9) {
            throw new IllegalArgumentException("fault probabilities sum to " + sum + " > 1");
        }
        if (retryAfter503Seconds < 0) {
            throw new IllegalArgumentException("retryAfter503Seconds must be >= 0");
        }
        if (latency == null) {
            latency = Latency.NONE;
        }
    }

    /** Whether this rule never changes a response. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isNone() {
        return error500 == 0 && error502 == 0 && error503 == 0 && connectionReset == 0 && emptyResponse == 0
                && malformedJson == 0 && latency.kind() == Latency.Kind.NONE;
    }
}
