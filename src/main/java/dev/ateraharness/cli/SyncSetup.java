package dev.ateraharness.cli;

import dev.ateraharness.client.AteraClient;
import dev.ateraharness.client.AteraClientConfig;
import dev.ateraharness.client.Credentials;
import dev.ateraharness.client.Endpoint;
import dev.ateraharness.client.Endpoints;
import dev.ateraharness.client.PageConcurrency;
import dev.ateraharness.client.ResilienceOptions;
import dev.ateraharness.client.event.AttemptLogWriter;
import dev.ateraharness.client.limit.RateLimiterConfig;
import dev.ateraharness.client.limit.RedisLimiterConfig;
import dev.ateraharness.client.retry.RetryPolicy;
import dev.ateraharness.secret.ApiKeys;
import dev.ateraharness.time.Durations;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code sync}'s options checked and turned into what a run needs: the entities, the limiter, the keys and the
 * client settings. Every bad value is found here, before a file is opened or a request sent, as an
 * {@link IllegalArgumentException}, {@link IllegalStateException} (no key) or {@link IOException} (key file) whose
 * message is the command's one usage line.
 *
 * @param redis the shared limiter's settings, or null for a private limiter per client
 */
record SyncSetup(List<Endpoint<?>> targets, RateLimiterConfig limiter, List<String> apiKeys,
                 AteraClientConfig.Builder config, RedisLimiterConfig redis, int maxAttempts) {

    /** Checks {@code o}'s options in the order the command always has (the first bad one is the one reported). */
    static SyncSetup of(SyncCommand o, Map<String, String> environment) throws IOException {
        List<Endpoint<?>> targets = Endpoints.parseList(String.join(",", o.entities));
        for (Endpoint<?> e : targets) {
            if (e.needsParent()) {
                throw new IllegalArgumentException("entity '" + e.name() + "' needs a parent id ("
                        + e.pathParams() + ") and cannot be synced on its own");
            }
        }
        if (o.itemsInPage < 1 || o.itemsInPage > 500) {
            throw new IllegalArgumentException("--items-in-page must be in 1..500: " + o.itemsInPage);
        }
        if (o.requestTimeoutSeconds < 1) {
            throw new IllegalArgumentException("--request-timeout must be >= 1");
        }
        if (o.workers < 1 || o.maxAttempts < 1) {
            throw new IllegalArgumentException("--workers and --max-attempts must be >= 1");
        }
        RateLimiterConfig limiter = new RateLimiterConfig(o.limit, Durations.parse(o.window),
                Durations.parseAllowingZero(o.guard));
        PageConcurrency pageConcurrency = PageConcurrency.parse(o.concurrency);
        // a bad URI or K is a usage error, here
        RedisLimiterConfig redis = o.redis == null ? null : RedisLimiterConfig.of(o.redis).withFallback(o.redisFallback);
        List<String> apiKeys = readKeys(o, environment);
        AteraClientConfig.Builder config = AteraClientConfig.builder()
                .baseUrl(o.baseUrl)
                .credentials(Credentials.detect(apiKeys.get(0)))
                .requestTimeout(Duration.ofSeconds(o.requestTimeoutSeconds))
                .maxResponseSize(o.maxResponseSize)
                .maxItemsInPage(Math.max(50, o.itemsInPage))
                .itemsInPage(o.itemsInPage)
                .pageConcurrency(pageConcurrency)
                .clientId("sync");
        return new SyncSetup(List.copyOf(targets), limiter, List.copyOf(apiKeys), config, redis, o.maxAttempts);
    }

    private static List<String> readKeys(SyncCommand o, Map<String, String> environment) throws IOException {
        if (o.keyFile != null) {
            return ApiKeys.allFromFile(o.keyFile);
        }
        return List.of(ApiKeys.fromEnvironment(environment).orElseThrow(() -> new IllegalStateException(
                "no API key: set " + ApiKeys.ENV_VAR + " or pass --key-file")));
    }

    /** The entities' names, in the order given (the summary's order). */
    List<String> entityNames() {
        return targets.stream().map(Endpoint::name).toList();
    }

    /**
     * One client per key, every request through its limiter and retry policy and recorded in {@code attempts}
     * (null: no attempt log). Each key gets its own limiter: the point of several keys is several limits; and each
     * process its own, so in-process runs never inherit another's limit.
     */
    SyncClients clients(AttemptLogWriter attempts) {
        ResilienceOptions resilience = (redis == null ? ResilienceOptions.defaults().privateRegistries()
                : ResilienceOptions.defaults().redis(redis)).rateLimiter(limiter)
                .retryPolicy(RetryPolicy.builder().maxAttempts(maxAttempts));
        if (attempts != null) {
            resilience = resilience.attemptListener(attempts);
        }
        List<AteraClient> clients = new ArrayList<>(List.of(AteraClient.create(config.resilience(resilience).build())));
        for (int i = 1; i < apiKeys.size(); i++) {
            clients.add(AteraClient.create(config.credentials(Credentials.detect(apiKeys.get(i)))
                    .clientId("sync-" + (i + 1)).resilience(resilience).build()));
        }
        return new SyncClients(clients);
    }
}
