package dev.ateraharness.client.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Parses the date-times Atera sends. The records keep them as text because the server mixes forms
 * ({@code 2026-01-02T03:04:05Z}, {@code 2026-01-02T03:04:05.123}, a bare date): a strict type would fail a whole
 * page on one odd value. Text without an offset is read as UTC, which is what the v3 API documents for its
 * date-time query parameters; it does not know the account's time zone.
 */
public final class AteraDates {

    private AteraDates() {
    }

    /** The instant, or empty for null, blank or unparseable text. */
    public static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim();
        try {
            return Optional.of(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException notOffset) {
            try {
                return Optional.of(LocalDateTime.parse(t).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException notLocal) {
                try {
                    return Optional.of(LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC));
                } catch (DateTimeParseException notDate) {
                    return Optional.empty();
                }
            }
        }
    }
}
