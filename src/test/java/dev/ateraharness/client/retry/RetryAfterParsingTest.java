package dev.ateraharness.client.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RetryAfterParsingTest {

    private static final Instant RECEIVED = Instant.parse("1994-11-06T08:49:30Z");

    @Test
    void delaySeconds() {
        assertThat(RetryAfter.parse("120", Optional.empty(), RECEIVED)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 0 ", Optional.empty(), RECEIVED)).contains(Duration.ZERO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT",
        "Sun Nov  6 08:49:37 1994"})
    void httpDateInAllThreeFormsIsMeasuredFromReceiptWithoutADateHeader(String value) {
        assertThat(RetryAfter.parse(value, Optional.empty(), RECEIVED)).contains(Duration.ofSeconds(7));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT",
        "Sun Nov  6 08:49:37 1994"})
    void httpDateIsMeasuredAgainstTheDateHeaderWhenPresent(String value) {
        // the server's clock says 08:49:07, the client's 08:49:30: the delay is the server's 30 s
        Optional<String> date = Optional.of("Sun, 06 Nov 1994 08:49:07 GMT");
        assertThat(RetryAfter.parse(value, date, RECEIVED)).contains(Duration.ofSeconds(30));
    }

    @Test
    void aMalformedDateHeaderFallsBackToReceipt() {
        assertThat(RetryAfter.parse("Sun, 06 Nov 1994 08:49:37 GMT", Optional.of("yesterday"), RECEIVED))
                .contains(Duration.ofSeconds(7));
    }

    @Test
    void aDateInThePastMeansNoWait() {
        assertThat(RetryAfter.parse("Sun, 06 Nov 1994 08:00:00 GMT", Optional.empty(), RECEIVED))
                .contains(Duration.ZERO);
    }

    @Test
    void rfc850TwoDigitYearsResolveWithinFiftyYears() {
        Instant received = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(RetryAfter.httpDate("Thursday, 01-Jan-26 00:00:10 GMT", received))
                .contains(Instant.parse("2026-01-01T00:00:10Z"));
        assertThat(RetryAfter.httpDate("Friday, 01-Jan-99 00:00:00 GMT", received))
                .contains(Instant.parse("1999-01-01T00:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "-5", "1.5", "abc", "10s", "Sun, 32 Nov 1994 08:49:37 GMT",
        "Sun, 06 Nov 1994 08:49:37 PST", "Nov 6 1994", "0x10"})
    void malformedValuesAreIgnored(String value) {
        assertThat(RetryAfter.parse(value, Optional.empty(), RECEIVED)).isEmpty();
    }

    @Test
    void hugeDelaySecondsSaturateInsteadOfFailing() {
        assertThat(RetryAfter.parse("99999999999999999999999", Optional.empty(), RECEIVED))
                .hasValueSatisfying(d -> assertThat(d).isGreaterThan(Duration.ofDays(365)));
    }
}
