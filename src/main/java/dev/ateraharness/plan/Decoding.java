package dev.ateraharness.plan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ateraharness.client.Endpoint;

/**
 * What the simulated client decodes each item into. Either way every page goes through the client's whole path
 * (pager, limiter, retry, status mapping, the Jackson page reader); only the item type differs, and decoding costs
 * CPU but no virtual time, so the plan is the same either way (the tests check it).
 */
public enum Decoding {
    /** The endpoint's own record ({@code Ticket}): what a real sync does, and 3-4 times the CPU per run. */
    RECORDS,
    /** A {@link JsonNode} per item, same endpoint name, operation and path: the planner's default (fast). */
    TREES;

    /** The endpoint the client is asked to read for {@code entity}. */
    public Endpoint<?> endpoint(Entity entity) {
        Endpoint<?> e = EntityEndpoints.of(entity);
        return this == RECORDS ? e
                : new Endpoint<>(e.name(), e.operation(), e.pathTemplate(), JsonNode.class, e.pathParams(), e.filters());
    }
}
