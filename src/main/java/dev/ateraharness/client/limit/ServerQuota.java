package dev.ateraharness.client.limit;

import java.time.Duration;
import java.util.OptionalInt;

/**
 * What a response's rate-limit fields say: {@code remaining} requests are left until {@code reset} from receipt.
 *
 * @param limit     the quota per window, when the server said so
 * @param remaining requests left in the current window (never negative)
 * @param reset     time from receipt until the quota is replenished (never negative)
 */
public record ServerQuota(OptionalInt limit, int remaining, Duration reset) {

    public ServerQuota {
        if (remaining < 0 || reset.isNegative()) {
            throw new IllegalArgumentException("remaining and reset must not be negative");
        }
    }
}
