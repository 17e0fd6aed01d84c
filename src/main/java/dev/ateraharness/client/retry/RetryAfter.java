package dev.ateraharness.client.retry;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses {@code Retry-After} (RFC 9110 10.2.3): delay-seconds, or an HTTP-date in any of the three forms RFC
 * 9110 5.6.7 requires a recipient to accept (IMF-fixdate, RFC 850, asctime).
 *
 * <p>Guarantees: never throws on server input; a malformed value yields empty, so the caller falls back to
 * backoff. An HTTP-date is turned into a delay against the response's {@code Date} header when that parses (both
 * are the server's clock, so client/server skew cancels), else against the receipt time. A date in the past gives
 * zero. Delay-seconds too large for a {@code long} saturate rather than fail, so a caller's maximum still
 * applies. Does not accept fractional seconds (not allowed by the grammar).
 */
public final class RetryAfter {

    private static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private RetryAfter() {
    }

    /**
     * @param value      the {@code Retry-After} field value
     * @param dateHeader the response's {@code Date} field value, if any
     * @param receivedAt when the response was received
     * @return the delay from receipt, or empty when {@code value} is malformed
     */
    public static Optional<Duration> parse(String value, Optional<String> dateHeader, Instant receivedAt) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            if (v.length() > 18) {
                return Optional.of(Duration.ofSeconds(Long.MAX_VALUE));
            }
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        Optional<Instant> at = httpDate(v, receivedAt);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        Instant base = dateHeader.flatMap(d -> httpDate(d.trim(), receivedAt)).orElse(receivedAt);
        Duration d = Duration.between(base, at.get());
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
    }

    /** An HTTP-date in any of the three forms; {@code reference} resolves RFC 850's two-digit year. */
    public static Optional<Instant> httpDate(String s, Instant reference) {
        try {
            if (s.endsWith("GMT") && s.indexOf(',') == 3) {
                return Optional.of(ZonedDateTime.parse(s, IMF_FIXDATE).toInstant());
            }
            if (s.endsWith("GMT") && s.indexOf(',') > 3) {
                return Optional.of(rfc850(reference).parse(s, ZonedDateTime::from).toInstant());
            }
            return Optional.of(ZonedDateTime.parse(s.replaceAll("\\s+", " "), ASCTIME).toInstant());
        } catch (DateTimeParseException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    // asctime pads a one-digit day with a space; whitespace is collapsed before parsing, so "d" covers both
    private static final DateTimeFormatter ASCTIME = new DateTimeFormatterBuilder()
            .appendPattern("EEE MMM d HH:mm:ss yyyy")
            .toFormatter(Locale.US).withZone(ZoneOffset.UTC);

    /**
     * RFC 850 ("Sunday, 06-Nov-94 08:49:37 GMT"): RFC 9110 says a two-digit year more than 50 years in the future
     * is in the past century, which a base year of reference - 49 implements.
     */
    private static DateTimeFormatter rfc850(Instant reference) {
        int year = reference.atZone(ZoneOffset.UTC).getYear();
        return new DateTimeFormatterBuilder()
                .appendPattern("EEEE, dd-MMM-")
                .appendValueReduced(ChronoField.YEAR, 2, 2, year - 49)
                .appendPattern(" HH:mm:ss 'GMT'")
                .toFormatter(Locale.US).withZone(ZoneOffset.UTC);
    }
}
