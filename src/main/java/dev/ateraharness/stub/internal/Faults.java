package dev.ateraharness.stub.internal;

import dev.ateraharness.stub.FaultRule;
import dev.ateraharness.stub.Latency;
import dev.ateraharness.stub.StubSettings;

/**
 * One seeded draw per request against a {@link FaultRule}. Returns null for "no change", a reply with a non-200
 * status for an error or connection fault, or a 200 placeholder carrying latency and/or the malformed-JSON flag
 * (fault 3) for the route to apply.
 */
final class Faults {

    private Faults() {
    }

    static Reply decide(StubState state, StubSettings s, FaultRule rule, String path) {
        double u = state.nextFaultDraw();
        long delay = rule.latency().kind() == Latency.Kind.NONE ? 0 : state.nextLatencyNanos(rule.latency());
        Reply r = null;
        double c = rule.connectionReset();
        if (u < c) {
            r = Reply.empty(0);
            r.fault = 1;
        } else if (u < (c += rule.emptyResponse())) {
            r = Reply.empty(0);
            r.fault = 2;
        } else if (u < (c += rule.error500())) {
            r = Errors.serverError(s.profile(), 500);
        } else if (u < (c += rule.error502())) {
            r = Errors.serverError(s.profile(), 502);
        } else if (u < (c += rule.error503())) {
            r = Errors.serverError(s.profile(), 503);
            if (rule.retryAfter503Seconds() > 0) {
                r.retryAfter(rule.retryAfter503Seconds());
            }
        } else if (u < c + rule.malformedJson()) {
            r = Reply.empty(200);
            r.fault = 3;
        }
        if (r == null) {
            if (delay == 0) {
                return null;
            }
            r = Reply.empty(200);
        }
        r.delayNanos = delay;
        return r;
    }
}
