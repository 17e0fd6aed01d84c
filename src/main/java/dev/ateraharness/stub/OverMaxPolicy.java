package dev.ateraharness.stub;

import java.util.Locale;

/** What the stub does with {@code itemsInPage} above the maximum: clamp silently (and echo the max), or 400. */
public enum OverMaxPolicy {
    CLAMP, REJECT_400;

    /** Parses {@code clamp} or {@code reject-400} (any case, '-' or '_'). */
    public static OverMaxPolicy parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return "REJECT".equals(t) ? REJECT_400 : valueOf(t);
    }
}
