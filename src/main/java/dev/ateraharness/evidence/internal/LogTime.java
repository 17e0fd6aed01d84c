package dev.ateraharness.evidence.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The log timestamp of the arrival and attempt logs, written and read in one place. Writes an ISO-8601 UTC instant
 * with exactly six fraction digits ({@code 2026-01-01T00:00:00.123456Z}); parses a log timestamp to nanoseconds
 * since the epoch: an ISO-8601 instant ({@code 2026-01-01T00:00:00.123456Z},
 * or with an offset) or epoch milliseconds with an optional fraction ({@code 1767225600123.456}).
 *
 * <p>The UTC {@code ...Z} form takes a hand-written fast path (no allocation); anything else falls back to
 * java.time. Throws {@link IllegalArgumentException} with a short reason on anything unreadable.
 */
public final class LogTime {

    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private LogTime() {
    }

    /** ISO-8601 UTC with exactly six fraction digits. */
    public static String formatMicros(long epochMicros) {
        return MICROS.format(Instant.ofEpochSecond(Math.floorDiv(epochMicros, 1_000_000L),
                Math.floorMod(epochMicros, 1_000_000L) * 1000L));
    }

    /** As {@link #formatMicros(long)}; digits below the microsecond are dropped, not rounded. */
    public static String format(Instant instant) {
        return MICROS.format(instant);
    }

    /** Nanoseconds since the epoch in {@code s}; IllegalArgumentException with a short reason when unreadable. */
    public static long parseNanos(String s) {
        int len = s.length();
        if (len == 0) {
            throw new IllegalArgumentException("empty timestamp");
        }
        char c0 = s.charAt(0);
        if (len >= 20 && s.charAt(4) == '-' && s.charAt(10) == 'T') {
            long fast = fastIso(s);
            if (fast != Long.MIN_VALUE) {
                return fast;
            }
            return slowIso(s);
        }
        if ((c0 >= '0' && c0 <= '9') || c0 == '-') {
            return epochMillis(s);
        }
        throw new IllegalArgumentException("not a timestamp: '" + s + "'");
    }

    private static long slowIso(String s) {
        try {
            Instant i = OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            return Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000_000L), i.getNano());
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException("not an ISO-8601 instant: '" + s + "'");
        }
    }

    /** yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z, or MIN_VALUE when the string is not exactly that shape. */
    private static long fastIso(String s) {
        int len = s.length();
        if (s.charAt(len - 1) != 'Z' || s.charAt(7) != '-' || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return Long.MIN_VALUE;
        }
        int y = digits(s, 0, 4);
        int mo = digits(s, 5, 2);
        int d = digits(s, 8, 2);
        int h = digits(s, 11, 2);
        int mi = digits(s, 14, 2);
        int se = digits(s, 17, 2);
        if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 || se < 0
                || se > 59) {
            return Long.MIN_VALUE;
        }
        long frac = 0;
        int p = 19;
        if (p < len - 1) {
            if (s.charAt(p) != '.' || len - 1 - (p + 1) > 9 || len - 1 == p + 1) {
                return Long.MIN_VALUE;
            }
            int scale = 0;
            for (int i = p + 1; i < len - 1; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return Long.MIN_VALUE;
                }
                frac = frac * 10 + (c - '0');
                scale++;
            }
            for (; scale < 9; scale++) {
                frac *= 10;
            }
        }
        if (d > lengthOfMonth(y, mo)) {
            return Long.MIN_VALUE;
        }
        long days = epochDay(y, mo, d);
        long secs = days * 86_400L + h * 3600L + mi * 60L + se;
        return secs * 1_000_000_000L + frac;
    }

    static int lengthOfMonth(int y, int m) {
        switch (m) {
            case 2:
                return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
            case 4: case 6: case 9: case 11:
                return 30;
            default:
                return 31;
        }
    }

    private static int digits(String s, int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** Days since 1970-01-01 (same algorithm as java.time.LocalDate.toEpochDay). */
    static long epochDay(long year, int month, int day) {
        long total = 365 * year;
        if (year >= 0) {
            total += (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
        } else {
            total -= year / -4 - year / -100 + year / -400;
        }
        total += (367 * month - 362) / 12;
        total += day - 1;
        if (month > 2) {
            total--;
            if ((year & 3) != 0 || (year % 100 == 0 && year % 400 != 0)) {
                total--;
            }
        }
        return total - 719_528L;
    }

    private static long epochMillis(String s) {
        int dot = s.indexOf('.');
        String whole = dot < 0 ? s : s.substring(0, dot);
        long ms;
        try {
            ms = Long.parseLong(whole);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a timestamp: '" + s + "'");
        }
        long fracNanos = 0;
        if (dot >= 0) {
            String f = s.substring(dot + 1);
            if (f.isEmpty() || f.length() > 6) {
                throw new IllegalArgumentException("bad millisecond fraction: '" + s + "'");
            }
            for (int i = 0; i < 6; i++) {
                char c = i < f.length() ? f.charAt(i) : '0';
                if (c < '0' || c > '9') {
                    throw new IllegalArgumentException("not a timestamp: '" + s + "'");
                }
                fracNanos = fracNanos * 10 + (c - '0');
            }
            if (ms < 0 || whole.startsWith("-")) {
                fracNanos = -fracNanos;
            }
        }
        if (ms > 9_000_000_000_000L || ms < -9_000_000_000_000L) {
            throw new IllegalArgumentException("epoch milliseconds out of range: '" + s + "'");
        }
        return ms * 1_000_000L + fracNanos;
    }

    /** yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z from bytes, or MIN_VALUE to take the slow path. */
    public static long isoNanos(byte[] b, int from, int to) {
        int len = to - from;
        if (len < 20 || b[to - 1] != 'Z' || b[from + 4] != '-' || b[from + 7] != '-' || b[from + 10] != 'T'
                || b[from + 13] != ':' || b[from + 16] != ':') {
            return Long.MIN_VALUE;
        }
        int y = digits(b, from, 4);
        int mo = digits(b, from + 5, 2);
        int d = digits(b, from + 8, 2);
        int h = digits(b, from + 11, 2);
        int mi = digits(b, from + 14, 2);
        int se = digits(b, from + 17, 2);
        if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 || se < 0
                || se > 59 || d > lengthOfMonth(y, mo)) {
            return Long.MIN_VALUE; // the slow path says what is wrong
        }
        long frac = 0;
        int p = from + 19;
        if (p < to - 1) {
            int digits = to - 1 - (p + 1);
            if (b[p] != '.' || digits < 1 || digits > 9) {
                return Long.MIN_VALUE;
            }
            for (int i = p + 1; i < to - 1; i++) {
                int c = b[i] - '0';
                if (c < 0 || c > 9) {
                    return Long.MIN_VALUE;
                }
                frac = frac * 10 + c;
            }
            for (int k = digits; k < 9; k++) {
                frac *= 10;
            }
        }
        long days = epochDay(y, mo, d);
        return (days * 86_400L + h * 3600L + mi * 60L + se) * 1_000_000_000L + frac;
    }

    private static int digits(byte[] b, int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; i++) {
            int c = b[i] - '0';
            if (c < 0 || c > 9) {
                return -1;
            }
            v = v * 10 + c;
        }
        return v;
    }
}
