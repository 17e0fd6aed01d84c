package dev.ateraharness.client;

import dev.ateraharness.client.model.CreateCustomerAttachment;
import dev.ateraharness.client.model.CreateFolder;
import dev.ateraharness.client.model.Customer;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Customers: as {@link WritableApi}, plus creating a customer's folder and uploading an attachment (the file as
 * base64 in {@code ContentBased64}: JSON, not multipart). Each is 201 {@code Result} with the new id.
 */
public final class CustomersApi extends WritableApi<Customer> {

    CustomersApi(AteraClient client) {
        super(client, Endpoints.CUSTOMERS, "/customers", "/customers/{customerId}", "Customer");
    }

    public CompletableFuture<ActionResult> createFolderAsync(CreateFolder folder) {
        return exchange("POST", "createCustomerFolder", "/customers/folders", Map.of(), folder, ActionResult.class);
    }

    public ActionResult createFolder(CreateFolder folder) {
        return client.await(createFolderAsync(folder), "POST /customers/folders");
    }

    public CompletableFuture<ActionResult> addAttachmentAsync(CreateCustomerAttachment attachment) {
        return exchange("POST", "addCustomerAttachment", "/customers/attachments", Map.of(), attachment,
                ActionResult.class);
    }

    public ActionResult addAttachment(CreateCustomerAttachment attachment) {
        return client.await(addAttachmentAsync(attachment), "POST /customers/attachments");
    }
}
