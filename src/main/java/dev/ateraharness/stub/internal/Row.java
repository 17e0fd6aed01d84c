package dev.ateraharness.stub.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One stored entity: its JSON tree (never mutated after construction: updates replace the row) and its bytes,
 * serialised once. {@code alt} is a second serialisation for routes that show a different shape (tickets with
 * relations, work hours without customer fields), computed on first use.
 */
final class Row {
    final long id;
    final ObjectNode node;
    final byte[] json;
    final long modifiedEpochS;
    /** The owning ticket for comments and work hours, else 0. */
    final long parent;
    private volatile byte[] alt;

    Row(long id, ObjectNode node, long modifiedEpochS, long parent) {
        this.id = id;
        this.parent = parent;
        this.node = node;
        this.json = bytes(node);
        this.modifiedEpochS = modifiedEpochS;
    }

    /** An ids-only row: its bytes are given, and filters see an empty node. */
    Row(long id, byte[] json) {
        this.id = id;
        this.parent = 0;
        this.node = EMPTY;
        this.json = json;
        this.modifiedEpochS = 0;
    }

    private static final ObjectNode EMPTY = SettingsJson.MAPPER.createObjectNode();

    byte[] alt(java.util.function.UnaryOperator<ObjectNode> shape) {
        byte[] a = alt;
        if (a == null) {
            a = bytes(shape.apply(node.deepCopy()));
            alt = a;
        }
        return a;
    }

    static byte[] bytes(ObjectNode node) {
        try {
            return SettingsJson.MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
