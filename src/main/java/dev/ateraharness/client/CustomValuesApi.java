package dev.ateraharness.client;

import dev.ateraharness.client.model.CustomField;
import dev.ateraharness.client.model.CustomValue;
import dev.ateraharness.client.model.SetCustomValue;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Custom fields and values ({@code /customvalues/...}): the field catalogue, one or all values of an item, a value
 * by its id, and setting a value (PUT or POST {@code {"Value":"..."}}, 200 {@code Result}). None is paged: Atera
 * answers bare arrays. Field names are sent URL-encoded.
 */
public final class CustomValuesApi {

    private final AteraClient client;

    CustomValuesApi(AteraClient client) {
        this.client = client;
    }

    private <R> CompletableFuture<R> exchange(String method, String op, String template, Map<String, String> params,
                                              Object body, Class<R> type) {
        return Exchanges.send(client, method, op, template, params, body, type);
    }

    private <R> CompletableFuture<List<R>> exchangeList(String method, String op, String template,
                                                        Map<String, String> params, Object body, Class<R> item) {
        return Exchanges.sendForList(client, method, op, template, params, body, item);
    }

    /** {@code GET /customvalues/customfields}. */
    public CompletableFuture<List<CustomField>> customFieldsAsync() {
        return exchangeList("GET", "listCustomFields", "/customvalues/customfields", Map.of(), null, CustomField.class);
    }

    public List<CustomField> customFields() {
        return client.await(customFieldsAsync(), "GET /customvalues/customfields");
    }

    /** {@code GET /customvalues/{target}field/{id}/{fieldName}}. */
    public CompletableFuture<List<CustomValue>> getAsync(CustomValueTarget target, long itemId, String fieldName) {
        return exchangeList("GET", "getCustomValue", target.oneField(), params(target, itemId, fieldName), null,
                CustomValue.class);
    }

    public List<CustomValue> get(CustomValueTarget target, long itemId, String fieldName) {
        return client.await(getAsync(target, itemId, fieldName), "GET " + target.oneField());
    }

    /** {@code GET /customvalues/{target}fields/{id}}: every field's value of one item. */
    public CompletableFuture<List<CustomValue>> allAsync(CustomValueTarget target, long itemId) {
        return exchangeList("GET", "listCustomValues", target.allFields(),
                Map.of(target.param(), Long.toString(itemId)), null, CustomValue.class);
    }

    public List<CustomValue> all(CustomValueTarget target, long itemId) {
        return client.await(allAsync(target, itemId), "GET " + target.allFields());
    }

    /** {@code GET /customvalues/{customValueId}} (a UUID). */
    public CompletableFuture<List<CustomValue>> byIdAsync(String customValueId) {
        return exchangeList("GET", "getCustomValueById", "/customvalues/{customValueId}",
                Map.of("customValueId", customValueId), null, CustomValue.class);
    }

    public List<CustomValue> byId(String customValueId) {
        return client.await(byIdAsync(customValueId), "GET /customvalues/{customValueId}");
    }

    /** {@code PUT /customvalues/{target}field/{id}/{fieldName}}; a null value clears it. */
    public CompletableFuture<ActionResult> setAsync(CustomValueTarget target, long itemId, String fieldName, String value) {
        return exchange("PUT", "setCustomValue", target.oneField(), params(target, itemId, fieldName),
                new SetCustomValue(value), ActionResult.class);
    }

    public ActionResult set(CustomValueTarget target, long itemId, String fieldName, String value) {
        return client.await(setAsync(target, itemId, fieldName, value), "PUT " + target.oneField());
    }

    /** The same as {@link #setAsync} with POST (Atera accepts both). */
    public CompletableFuture<ActionResult> setWithPostAsync(CustomValueTarget target, long itemId, String fieldName,
                                                            String value) {
        return exchange("POST", "setCustomValueWithPost", target.oneField(), params(target, itemId, fieldName),
                new SetCustomValue(value), ActionResult.class);
    }

    public ActionResult setWithPost(CustomValueTarget target, long itemId, String fieldName, String value) {
        return client.await(setWithPostAsync(target, itemId, fieldName, value), "POST " + target.oneField());
    }

    private static Map<String, String> params(CustomValueTarget target, long itemId, String fieldName) {
        return Map.of(target.param(), Long.toString(itemId), "fieldName", fieldName);
    }
}
