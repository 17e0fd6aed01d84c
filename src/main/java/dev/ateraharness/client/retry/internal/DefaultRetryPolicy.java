package dev.ateraharness.client.retry.internal;

import dev.ateraharness.client.event.AttemptOutcome;
import dev.ateraharness.client.event.RetryReason;
import dev.ateraharness.client.http.TransportRequest;
import dev.ateraharness.client.http.TransportResponse;
import dev.ateraharness.client.limit.RateHeaders;
import dev.ateraharness.client.limit.ServerQuota;
import dev.ateraharness.client.retry.RetryAfter;
import dev.ateraharness.client.retry.RetryAfterTooLongException;
import dev.ateraharness.client.retry.RetryConfig;
import dev.ateraharness.client.retry.RetryDecision;
import dev.ateraharness.client.retry.RetryPolicy;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.DoubleSupplier;

/** The policy described on {@link RetryPolicy}. */
public final class DefaultRetryPolicy implements RetryPolicy {

    private final RetryConfig config;
    private final DoubleSupplier uniform;

    public DefaultRetryPolicy(RetryConfig config, DoubleSupplier uniform01) {
        this.config = config;
        this.uniform = uniform01;
    }

    @Override
    public RetryConfig config() {
        return config;
    }

    @Override
    public RetryDecision decide(TransportRequest request, int attempt, TransportResponse response,
                                Throwable error, long nowNanos) {
        if (response != null) {
            return onResponse(request, attempt, response, nowNanos);
        }
        RetryReason reason = reasonFor(error);
        if (reason == null) {
            return new RetryDecision(AttemptOutcome.FAIL, null, null, 0, -1, null);
        }
        return retryOrFail(request, attempt, reason, null, backoff(attempt));
    }

    private RetryDecision onResponse(TransportRequest request, int attempt, TransportResponse r, long now) {
        int status = r.status();
        if (!config.retryStatuses().contains(status)) {
            AttemptOutcome o = status >= 200 && status < 400 ? AttemptOutcome.OK : AttemptOutcome.FAIL;
            return new RetryDecision(o, null, null, 0, -1, null);
        }
        RetryReason reason = status == 429 ? RetryReason.TOO_MANY_REQUESTS
                : status == 503 ? RetryReason.UNAVAILABLE : RetryReason.SERVER_ERROR;
        Instant receivedAt = instant(r.receivedNanos());
        Duration retryAfter = null;
        if (status == 429 || status == 503) {
            retryAfter = r.header("Retry-After")
                    .flatMap(v -> RetryAfter.parse(v, r.header("Date"), receivedAt)).orElse(null);
        }
        if (retryAfter != null) {
            if (retryAfter.compareTo(config.maxRetryAfter()) > 0) {
                return new RetryDecision(AttemptOutcome.FAIL, reason, retryAfter, 0, -1,
                        new RetryAfterTooLongException(retryAfter, config.maxRetryAfter(), r));
            }
            return retryOrFail(request, attempt, reason, retryAfter,
                    serverDelay(r.receivedNanos(), saturatedNanos(retryAfter), now));
        }
        Optional<ServerQuota> quota = RateHeaders.parse(r, receivedAt.getEpochSecond());
        if (quota.isPresent() && quota.get().remaining() == 0) {
            return retryOrFail(request, attempt, reason, null,
                    serverDelay(r.receivedNanos(), quota.get().reset().toNanos(), now));
        }
        return retryOrFail(request, attempt, reason, null, backoff(attempt));
    }

    /** {delay, ceiling}: ceiling -1 marks a server-given delay. */
    private long[] serverDelay(long receivedNanos, long waitNanos, long now) {
        long due = receivedNanos + waitNanos;
        long jitter = (long) (uniform.getAsDouble() * config.maxJitter().toNanos());
        return new long[] {Math.max(0, due - now) + jitter, -1};
    }

    /** Full jitter: U(0, min(cap, base * 2^(attempt-1))). */
    private long[] backoff(int attempt) {
        long ceiling = ceilingNanos(attempt);
        return new long[] {(long) (uniform.getAsDouble() * ceiling), ceiling};
    }

    /** The backoff ceiling after the given (1-based) failed attempt. */
    public long ceilingNanos(int attempt) {
        long base = config.baseDelay().toNanos();
        long cap = config.maxBackoff().toNanos();
        int shift = Math.min(attempt - 1, 62);
        if (base > 0 && shift >= Long.numberOfLeadingZeros(base) - 1) {
            return cap;
        }
        return Math.min(cap, base << shift);
    }

    private RetryDecision retryOrFail(TransportRequest request, int attempt, RetryReason reason,
                                      Duration retryAfter, long[] delay) {
        if (!request.tag().retryable() || attempt >= config.maxAttempts()) {
            return new RetryDecision(AttemptOutcome.FAIL, reason, retryAfter, 0, -1, null);
        }
        return new RetryDecision(AttemptOutcome.RETRY, reason, retryAfter, delay[0], delay[1], null);
    }

    private static RetryReason reasonFor(Throwable e) {
        if (e instanceof HttpTimeoutException || e instanceof TimeoutException) {
            return RetryReason.TIMEOUT;
        }
        if (e instanceof IOException) {
            return RetryReason.IO;
        }
        return null;
    }

    private static long saturatedNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE / 4;
        }
    }

    private static Instant instant(long n) {
        return Instant.ofEpochSecond(Math.floorDiv(n, 1_000_000_000L), Math.floorMod(n, 1_000_000_000L));
    }
}
