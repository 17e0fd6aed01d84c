package dev.ateraharness.stub.internal;

import dev.ateraharness.stub.StubSettings;

/**
 * One routed request as handlers see it.
 *
 * @param method       HTTP method
 * @param path         the request path (no query), e.g. {@code /api/v3/tickets/12}
 * @param template     the matched route template relative to {@code /api/v3}, e.g. {@code /tickets/{ticketId}}
 * @param params       path parameter values, in template order
 * @param query        the parsed query
 * @param body         the request body (never null)
 * @param settings     the settings at arrival
 * @param data         the data at arrival
 * @param absolutePath base URL host part + path, for links
 * @param nowEpochS    arrival time in epoch seconds
 */
record Call(String method, String path, String template, String[] params, QueryParams query, byte[] body,
            StubSettings settings, DataStore data, String absolutePath, long nowEpochS) {

    /** A numeric path parameter; non-numeric is 400. */
    long id(int index) {
        String v = params[index];
        try {
            return Digits.parseLong(v); // hook(h10s): ASCII digits only
        } catch (NumberFormatException e) {
            throw new BadRequest("The value '" + v + "' is not valid.");
        }
    }
}
