package dev.ateraharness.client.internal.resilience;

import dev.ateraharness.client.event.AttemptListener;
import dev.ateraharness.client.event.AttemptNotRecordedException;
import dev.ateraharness.client.event.AttemptRecord;
import dev.ateraharness.client.event.AttemptOutcome;
import dev.ateraharness.client.http.Transport;
import dev.ateraharness.client.http.TransportRequest;
import dev.ateraharness.client.http.TransportResponse;
import dev.ateraharness.client.limit.Permit;
import dev.ateraharness.client.limit.RateHeaders;
import dev.ateraharness.client.limit.RateLimiter;
import dev.ateraharness.client.limit.ServerQuota;
import dev.ateraharness.client.retry.RetryBudget;
import dev.ateraharness.client.retry.RetryDecision;
import dev.ateraharness.client.retry.RetryPolicy;
import dev.ateraharness.time.Scheduler;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Runs one request's attempts as a chain of futures: permit, send under a timeout, complete the permit, decide,
 * record, then either complete or schedule the next attempt. Nothing here blocks.
 *
 * <p>The permit is completed as soon as the send's future settles (response, error, the timeout, or a
 * cancellation), before anything else runs, so a failing listener or policy can never leak it.
 *
 * <p>A listener that throws fails the request with {@link AttemptNotRecordedException} (no further attempt is
 * made): the attempt log is evidence, and a log that silently lost a row could let a verdict pass.
 */
public final class ResilientTransport implements Transport {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final Transport next;
    private final String clientId;
    private final String fingerprint;
    private final RateLimiter limiter;
    private final RetryPolicy policy;
    private final RetryBudget budget;
    private final AttemptListener listener;
    private final Scheduler scheduler;

    public ResilientTransport(Transport next, String clientId, String fingerprint, RateLimiter limiter,
                              RetryPolicy policy, RetryBudget budget, AttemptListener listener,
                              Scheduler scheduler) {
        this.next = next;
        this.clientId = clientId;
        this.fingerprint = fingerprint;
        this.limiter = limiter;
        this.policy = policy;
        this.budget = budget;
        this.listener = listener;
        this.scheduler = scheduler;
    }

    @Override
    public CompletableFuture<TransportResponse> send(TransportRequest request) {
        CompletableFuture<TransportResponse> result = new CompletableFuture<>();
        budget.deposit();
        long intended = request.tag().intendedNanos() > 0 ? request.tag().intendedNanos() : now();
        attempt(request, 1, intended, result);
        return result;
    }

    private void attempt(TransportRequest request, int n, long intended, CompletableFuture<TransportResponse> result) {
        long asked = now();
        CompletableFuture<Permit> permit = limiter == null ? CompletableFuture.completedFuture(new Unlimited(asked))
                : limiter.acquire();
        permit.whenComplete((p, permitError) -> {
            if (permitError != null) {
                Throwable e = unwrap(permitError);
                AttemptNotRecordedException lost = emit(request, n, intended, null, (now() - asked) / 1e6, null,
                        0, new RetryDecision(AttemptOutcome.FAIL, null, null, 0, -1, null));
                if (lost != null) {
                    lost.addSuppressed(e);
                    e = lost;
                }
                result.completeExceptionally(e);
                return;
            }
            long sent = p.grantedNanos();
            double waited = (sent - asked) / 1e6;
            CompletableFuture<TransportResponse> sending;
            try {
                sending = withTimeout(safeSend(request), request.timeout());
            } catch (RuntimeException e) {
                p.release();
                throw e;
            }
            sending.whenComplete((response, error) -> {
                p.release(); // the server saw it, if at all, by now: the slot's date (completion accounting)
                afterAttempt(request, n, intended, sent, waited, response, error == null ? null : unwrap(error),
                        result);
            });
        });
    }

    private void afterAttempt(TransportRequest request, int n, long intended, long sent, double waited,
                              TransportResponse response, Throwable error,
                              CompletableFuture<TransportResponse> result) {
        long now = now();
        if (response != null) {
            feedLimiter(response, sent);
        }
        RetryDecision d = policy.decide(request, n, response, error, now);
        if (d.outcome() == AttemptOutcome.RETRY && !budget.tryWithdraw()) {
            d = d.giveUp();
        }
        AttemptNotRecordedException lost = emit(request, n, intended, sent, waited, response,
                response == null ? 0 : response.status(), d);
        if (lost != null) {
            Throwable own = d.failure() != null ? d.failure() : error;
            if (own != null) {
                lost.addSuppressed(own);
            }
            result.completeExceptionally(lost);
        } else if (d.outcome() == AttemptOutcome.RETRY) {
            long delay = d.delayNanos();
            scheduler.schedule(delay, () -> attempt(request, n + 1, now + delay, result));
        } else if (d.failure() != null) {
            result.completeExceptionally(d.failure());
        } else if (response != null) {
            result.complete(response);
        } else {
            result.completeExceptionally(error);
        }
    }

    /** Server feedback for the whole key: Retry-After holds every send; rate fields cap what remains. */
    private void feedLimiter(TransportResponse r, long sent) {
        if (limiter == null) {
            return;
        }
        Instant received = instant(r.receivedNanos());
        if (r.status() == 429 || r.status() == 503) {
            Optional<Duration> ra = r.header("Retry-After").flatMap(v ->
                    dev.ateraharness.client.retry.RetryAfter.parse(v, r.header("Date"), received));
            if (ra.isPresent() && ra.get().compareTo(policy.config().maxRetryAfter()) <= 0) {
                limiter.holdUntil(r.receivedNanos() + ra.get().toNanos());
            }
        }
        Optional<ServerQuota> q = RateHeaders.parse(r, received.getEpochSecond());
        q.ifPresent(quota -> limiter.serverRemaining(quota.remaining(),
                r.receivedNanos() + quota.reset().toNanos(), sent));
    }

    private CompletableFuture<TransportResponse> safeSend(TransportRequest request) {
        try {
            CompletableFuture<TransportResponse> f = next.send(request);
            return f != null ? f : CompletableFuture.failedFuture(new IllegalStateException("null future"));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Bounds a transport future by the request's timeout, on the scheduler, failing with HttpTimeoutException. */
    private CompletableFuture<TransportResponse> withTimeout(CompletableFuture<TransportResponse> f,
                                                             Duration timeout) {
        if (timeout == null || timeout.isZero() || timeout.isNegative()) {
            return f;
        }
        CompletableFuture<TransportResponse> out = new CompletableFuture<>();
        Scheduler.Cancellable timer = scheduler.schedule(timeout.toNanos(), () -> {
            if (out.completeExceptionally(new HttpTimeoutException(
                    "request timed out after " + timeout.toMillis() + " ms"))) {
                f.cancel(true);
            }
        });
        f.whenComplete((r, e) -> {
            timer.cancel();
            if (e != null) {
                out.completeExceptionally(e);
            } else {
                out.complete(r);
            }
        });
        return out;
    }

    /** Hands the record to the listener; what it threw, as the request's failure, or null. */
    private AttemptNotRecordedException emit(TransportRequest request, int n, long intended, Long sent,
                                             double waited, TransportResponse response, int status,
                                             RetryDecision d) {
        Double ra = d.retryAfter() == null ? null : d.retryAfter().toMillis() / 1000.0;
        Double delay = d.outcome() == AttemptOutcome.RETRY ? d.delayNanos() / 1e6 : null;
        Double ceiling = d.outcome() == AttemptOutcome.RETRY && d.backoffCeilingNanos() >= 0
                ? d.backoffCeilingNanos() / 1e6 : null;
        AttemptRecord rec = new AttemptRecord(clientId, fingerprint, request.method(),
                request.tag().pathTemplate(), n, instant(intended), sent == null ? null : instant(sent), waited,
                response == null ? null : instant(response.receivedNanos()), status, d.outcome(), d.reason(), ra,
                delay, ceiling);
        try {
            listener.onAttempt(rec);
            return null;
        } catch (Throwable listenerFailed) {
            // an Error too: thrown out of this stage it would vanish inside CompletableFuture, and the request hang
            return new AttemptNotRecordedException(rec, listenerFailed);
        }
    }

    private long now() {
        return scheduler.clock().nanos();
    }

    /** The permit of a stack without a limiter: nothing to complete. */
    private record Unlimited(long grantedNanos) implements Permit {
        @Override
        public void complete(long nanos) {
        }

        @Override
        public void release() {
        }

        @Override
        public boolean isCompleted() {
            return true;
        }
    }

    private static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static Instant instant(long n) {
        return Instant.ofEpochSecond(Math.floorDiv(n, NANOS_PER_SECOND), Math.floorMod(n, NANOS_PER_SECOND));
    }
}
