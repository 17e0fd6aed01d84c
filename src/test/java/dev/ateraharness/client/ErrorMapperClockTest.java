package dev.ateraharness.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.client.http.TransportResponse;
import dev.ateraharness.client.internal.ErrorMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An HTTP-date {@code Retry-After} is measured from the response's receipt on the client's clock, never the wall's. */
class ErrorMapperClockTest {

    @Test
    void anHttpDateIsMeasuredFromTheInjectedClocksReceiptEvenAtTheEpoch() {
        // a clock that reads the epoch (virtual time started at 0) once made the mapper fall back to Instant.now()
        TransportResponse atEpoch = new TransportResponse(429,
                Map.of("Retry-After", List.of("Thu, 01 Jan 1970 00:01:00 GMT")), new byte[0], 0L);
        assertThat(ErrorMapper.retryAfter(atEpoch)).contains(Duration.ofSeconds(60));

        long received = 1_767_225_600_000_000_000L; // 2026-01-01T00:00:00Z
        TransportResponse later = new TransportResponse(429,
                Map.of("Retry-After", List.of("Thu, 01 Jan 2026 00:00:30 GMT")), new byte[0], received);
        assertThat(ErrorMapper.retryAfter(later)).contains(Duration.ofSeconds(30));
    }

    @Test
    void aRetryAfterOverTheCapIsReportedAsNotWaitedFor() {
        RateLimitedException e = new RateLimitedException("GET", "/tickets", 429, ErrorDetail.EMPTY,
                Duration.ofHours(1), Duration.ofMinutes(5));
        assertThat(e.getMessage()).contains("did not wait").contains("3600 s").contains("cap of 300 s");
        assertThat(e.retryAfter()).contains(Duration.ofHours(1));
        assertThat(e.retryAfterCap()).contains(Duration.ofMinutes(5));
    }
}
