package dev.ateraharness.client.http;

/**
 * Wraps a {@link Transport} with one concern (rate limiting, retry, the attempt log). Layers are applied in the
 * order the client config lists them, the first being outermost.
 */
@FunctionalInterface
public interface TransportLayer {

    Transport wrap(Transport next);
}
