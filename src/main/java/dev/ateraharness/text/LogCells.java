package dev.ateraharness.text;

/**
 * Escapes one value for the CSV and JSON-lines logs (arrival log, attempt log), so that writers agree with the
 * readers on quoting.
 *
 * <p>Guarantees: a CSV cell is quoted (RFC 4180, inner quotes doubled) only when it holds a comma, quote, CR or LF,
 * so plain values stay byte-identical; a JSON string escapes quote, backslash and every control character. Does
 * not: validate UTF-16 surrogates, or escape non-ASCII (logs are written as UTF-8).
 */
public final class LogCells {

    private LogCells() {
    }

    /** The CSV form of {@code s}. */
    public static String csv(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** Appends {@code s} as a quoted JSON string. */
    public static StringBuilder appendJsonString(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"');
    }
}
