package dev.ateraharness.client;

import java.util.Optional;

/**
 * What an error response said, whatever its shape: RFC 7807 ProblemDetails ({@code title}, {@code detail},
 * {@code type}), the seed's {@code {"Message","ErrorCode"}}, plain text, or nothing.
 *
 * @param title     ProblemDetails {@code title}, or null
 * @param detail    ProblemDetails {@code detail}, the seed's {@code Message}, or the (shortened) raw text; null if empty
 * @param errorCode the seed's {@code ErrorCode}, or null
 * @param type      ProblemDetails {@code type}, or null
 * @param rawBody   the body as text (shortened to 2,000 characters), "" if empty
 */
public record ErrorDetail(String title, String detail, String errorCode, String type, String rawBody) {

    /** An empty body (Atera's 401). */
    public static final ErrorDetail EMPTY = new ErrorDetail(null, null, null, null, "");

    /** One line for messages: title and detail when present, otherwise "(empty body)". */
    public String summary() {
        StringBuilder b = new StringBuilder();
        if (title != null && !title.isBlank()) {
            b.append(title.trim());
        }
        if (detail != null && !detail.isBlank() && !detail.equals(title)) {
            b.append(b.length() > 0 ? ": " : "").append(detail.trim());
        }
        if (errorCode != null && !errorCode.isBlank()) {
            b.append(" [").append(errorCode.trim()).append(']');
        }
        return b.length() == 0 ? "(empty body)" : b.toString().replaceAll("\\s+", " ");
    }

    /** The seed's error code, if any. */
    public Optional<String> code() {
        return Optional.ofNullable(errorCode);
    }
}
