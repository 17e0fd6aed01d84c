package dev.ateraharness.evidence;

import java.util.Objects;

/**
 * What a key in an arrival log was for: its label in reports, and whether it only warmed the path up (its
 * arrivals are then left out of every figure and check by default).
 *
 * @param key    the key fingerprint as the arrival log writes it
 * @param label  the name reports show
 * @param warmUp whether the key carried warm-up traffic only
 */
public record KeyLabel(String key, String label, boolean warmUp) {

    public KeyLabel {
        Objects.requireNonNull(key);
        Objects.requireNonNull(label);
    }
}
