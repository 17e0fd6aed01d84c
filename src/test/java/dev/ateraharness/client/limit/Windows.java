package dev.ateraharness.client.limit;

import java.util.Arrays;
import java.util.List;

/** Test helper: the most times in any half-open window [t, t+W), by two pointers over sorted times. */
final class Windows {

    private Windows() {
    }

    static int maxInAnyWindow(List<Long> times, long windowNanos) {
        long[] t = times.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(t);
        int best = 0;
        int j = 0;
        for (int i = 0; i < t.length; i++) {
            while (t[i] - t[j] >= windowNanos) {
                j++;
            }
            best = Math.max(best, i - j + 1);
        }
        return best;
    }
}
