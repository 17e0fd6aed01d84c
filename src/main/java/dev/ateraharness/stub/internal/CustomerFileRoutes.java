package dev.ateraharness.stub.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A customer's folders ({@code POST /customers/folders}, CreateFolderRequest) and attachments
 * ({@code POST /customers/attachments}, CreateCustomerAttachmentRequest: the file as base64 in
 * {@code ContentBased64}), each 201 {@code Result} with the new id. Checked: Name, an existing CustomerId, and
 * that the content is valid base64 (standard or MIME alphabet). The document has no read for either, so the stub
 * keeps each one's metadata (name, customer, decoded size), never the content: memory stays bounded by the request
 * size limit. Multipart uploads are not part of the document and are refused like any non-JSON body.
 */
final class CustomerFileRoutes {

    private static final Map<String, Object> FOLDER = Map.of("Name", Body.Kind.STRING, "CustomerId", Body.Kind.LONG,
            "ThresholdId", Body.Kind.LONG);
    private static final Map<String, Object> ATTACHMENT = Map.of("Name", Body.Kind.STRING,
            "CustomerId", Body.Kind.LONG, "ContentBased64", Body.Kind.STRING);

    private CustomerFileRoutes() {
    }

    static void register(List<Route> r) {
        r.add(Route.of("POST", "/customers/folders", c -> {
            ObjectNode n = read(c, FOLDER);
            return insert(c, "folders", n);
        }));
        r.add(Route.of("POST", "/customers/attachments", c -> {
            ObjectNode n = read(c, ATTACHMENT);
            String content = Body.text(n, "ContentBased64");
            if (content == null || content.isBlank()) {
                throw new BadRequest("ContentBased64 is required.");
            }
            byte[] decoded;
            try {
                decoded = Base64.getMimeDecoder().decode(content);
                if (decoded.length == 0 || !content.trim().matches("[A-Za-z0-9+/=\\r\\n]+")) {
                    throw new IllegalArgumentException();
                }
            } catch (IllegalArgumentException e) {
                throw new BadRequest("ContentBased64 is not valid base64.");
            }
            n.remove("ContentBased64");
            n.put("Size", decoded.length);
            return insert(c, "customerattachments", n);
        }));
    }

    private static ObjectNode read(Call c, Map<String, Object> fields) {
        ObjectNode in = Body.object(c.body(), false);
        ObjectNode n = Generators.F.objectNode();
        Body.apply(in, fields, n);
        String name = Body.text(n, "Name");
        if (name == null || name.isBlank()) {
            throw new BadRequest("Name is required.");
        }
        long customer = n.path("CustomerId").asLong(0);
        if (c.data().table("customers").get(customer) == null) {
            throw new BadRequest("Customer " + customer + " does not exist.");
        }
        return n;
    }

    private static Reply insert(Call c, String table, ObjectNode n) {
        long id = c.data().table(table).insert(newId -> {
            ObjectNode o = n.deepCopy();
            o.put("Id", newId);
            return o;
        }, c.nowEpochS(), n.path("CustomerId").asLong());
        return Crud.actionId(201, id);
    }
}
