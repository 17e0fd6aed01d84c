package dev.ateraharness.client.limit.internal;

import dev.ateraharness.client.limit.RedisLimiterConfig;
import dev.ateraharness.client.limit.RedisLimiterUnavailableException;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One Lettuce client per registry: a command connection (connected lazily, reconnected by Lettuce after a drop,
 * every command bounded by the configured timeout) and a pub/sub connection for completion messages (Lettuce
 * resubscribes after a reconnect). Every failure reaches callers as {@link RedisLimiterUnavailableException}.
 * Scripts go by SHA-1 and are sent in full once Redis answers NOSCRIPT (after a restart, say).
 */
public final class RedisBackend implements AutoCloseable {

    private final RedisLimiterConfig config;
    private final RedisClient client;
    private final RedisURI uri;
    private final Map<String, Runnable> channels = new ConcurrentHashMap<>();
    private final Map<String, String> shas = new ConcurrentHashMap<>();
    private CompletableFuture<StatefulRedisConnection<String, String>> connection; // guarded by this
    private CompletableFuture<StatefulRedisPubSubConnection<String, String>> pubSub; // guarded by this
    private volatile boolean closed;

    public RedisBackend(RedisLimiterConfig config) {
        this.config = config;
        this.uri = RedisURI.create(config.uri());
        uri.setTimeout(config.commandTimeout());
        this.client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .timeoutOptions(TimeoutOptions.enabled(config.commandTimeout()))
                .socketOptions(SocketOptions.builder().connectTimeout(config.commandTimeout()).build())
                .requestQueueSize(10_000) // bounded memory while disconnected
                .build());
    }

    /** The settings. */
    public RedisLimiterConfig config() {
        return config;
    }

    /** Runs a script returning a Lua table. */
    CompletableFuture<java.util.List<Object>> evalMulti(String script, String[] keys, String... args) {
        return eval(script, ScriptOutputType.MULTI, keys, args);
    }

    /** Runs a script returning an integer. */
    CompletableFuture<Long> evalLong(String script, String[] keys, String... args) {
        return eval(script, ScriptOutputType.INTEGER, keys, args);
    }

    private <T> CompletableFuture<T> eval(String script, ScriptOutputType type, String[] keys, String... args) {
        String sha = shas.computeIfAbsent(script, RedisBackend::sha1);
        return connection().thenCompose(c -> c.async().<T>evalsha(sha, type, keys, args).toCompletableFuture()
                .exceptionallyCompose(e -> unwrap(e) instanceof RedisNoScriptException
                        ? c.async().<T>eval(script, type, keys, args).toCompletableFuture()
                        : CompletableFuture.failedFuture(e)))
                .exceptionallyCompose(e -> CompletableFuture.failedFuture(unavailable(e)));
    }

    /** Runs {@code onMessage} (on a Lettuce thread: keep it short) whenever something is published on it. */
    void subscribe(String channel, Runnable onMessage) {
        channels.put(channel, onMessage);
        pubSub().thenAccept(p -> p.async().subscribe(channel));
    }

    private synchronized CompletableFuture<StatefulRedisConnection<String, String>> connection() {
        if (closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("registry closed"));
        }
        if (connection == null || connection.isCompletedExceptionally()) {
            connection = client.connectAsync(StringCodec.UTF8, uri).toCompletableFuture();
        }
        return connection;
    }

    private synchronized CompletableFuture<StatefulRedisPubSubConnection<String, String>> pubSub() {
        if (closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("registry closed"));
        }
        if (pubSub == null || pubSub.isCompletedExceptionally()) {
            pubSub = client.connectPubSubAsync(StringCodec.UTF8, uri).toCompletableFuture().thenApply(p -> {
                p.addListener(new RedisPubSubAdapter<>() {
                    @Override
                    public void message(String channel, String message) {
                        Runnable r = channels.get(channel);
                        if (r != null) {
                            r.run();
                        }
                    }
                });
                channels.keySet().forEach(ch -> p.async().subscribe(ch));
                return p;
            });
            // a failed first connect is retried by the next subscribe; meanwhile waiters recheck on their timers
        }
        return pubSub;
    }

    /** Re-subscribes after a failed first pub/sub connect (called by limiters that get answers again). */
    void ensureSubscribed() {
        CompletableFuture<StatefulRedisPubSubConnection<String, String>> p;
        synchronized (this) {
            p = pubSub;
        }
        if (p == null || p.isCompletedExceptionally()) {
            pubSub();
        }
    }

    RedisLimiterUnavailableException unavailable(Throwable e) {
        Throwable cause = unwrap(e);
        if (cause instanceof RedisLimiterUnavailableException r) {
            return r;
        }
        String what = cause instanceof RedisCommandTimeoutException
                ? "did not answer within " + config.commandTimeout().toMillis() + " ms"
                : "is unreachable (" + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + firstLine(cause.getMessage())) + ")";
        return new RedisLimiterUnavailableException(config.redactedUri(), what, cause);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof java.util.concurrent.ExecutionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static String sha1(String script) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(script.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        client.shutdown(0, 2, TimeUnit.SECONDS); // closes both connections
    }
}
