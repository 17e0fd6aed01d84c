package dev.ateraharness.client;

import com.fasterxml.jackson.databind.JavaType;
import dev.ateraharness.client.internal.Json;
import dev.ateraharness.client.internal.Pipeline;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One non-paged call of a typed API through the client's pipeline (auth, limiter, retry, status mapping): the body
 * serialised with Atera's names (nulls omitted), the 2xx body decoded. POSTs are not retried unless opted in.
 */
final class Exchanges {

    private Exchanges() {
    }

    /** Decodes a 2xx body as {@code type}; null for an empty body or a null {@code type}. */
    static <R> CompletableFuture<R> send(AteraClient client, String method, String op, String template,
                                         Map<String, String> params, Object body, Class<R> type) {
        JavaType t = type == null ? null : Json.MAPPER.constructType(type);
        return call(client, method, op, template, params, body, t);
    }

    /** Decodes a 2xx body that is a JSON array of {@code item} (an empty body is an empty list). */
    static <R> CompletableFuture<List<R>> sendForList(AteraClient client, String method, String op, String template,
                                                      Map<String, String> params, Object body, Class<R> item) {
        JavaType t = Json.MAPPER.getTypeFactory().constructCollectionType(List.class, item);
        return Exchanges.<List<R>>call(client, method, op, template, params, body, t)
                .thenApply(l -> l == null ? List.of() : l);
    }

    private static <R> CompletableFuture<R> call(AteraClient client, String method, String op, String template,
                                                 Map<String, String> params, Object body, JavaType type) {
        Pipeline p = client.pipeline();
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : Json.MAPPER.writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("body does not serialise", e));
        }
        Pipeline.Call call = new Pipeline.Call(method, op, template, p.uri(template, params, Map.of()), bytes, false);
        return p.exchange(call, r -> type == null || r.body().length == 0 ? null : Json.MAPPER.readValue(r.body(), type));
    }
}
