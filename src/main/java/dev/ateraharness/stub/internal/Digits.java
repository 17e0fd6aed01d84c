package dev.ateraharness.stub.internal;

/**
 * Numbers in paths and query strings: ASCII digits with an optional leading sign, nothing else. Java's
 * {@code Long.parseLong} also accepts other scripts' digits ({@code "٣"} is 3), which a web API must not.
 */
final class Digits {

    private Digits() {
    }

    /** As {@link Long#parseLong(String)}, but a non-ASCII digit is a {@link NumberFormatException}. */
    static long parseLong(String s) {
        requireAscii(s);
        return Long.parseLong(s);
    }

    /** As {@link Integer#parseInt(String)}, but a non-ASCII digit is a {@link NumberFormatException}. */
    static int parseInt(String s) {
        requireAscii(s);
        return Integer.parseInt(s);
    }

    private static void requireAscii(String s) {
        if (s == null || s.isEmpty()) {
            throw new NumberFormatException("empty");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean sign = i == 0 && (c == '-' || c == '+') && s.length() > 1;
            if (!sign && (c < '0' || c > '9')) {
                throw new NumberFormatException("not an ASCII number");
            }
        }
    }
}
