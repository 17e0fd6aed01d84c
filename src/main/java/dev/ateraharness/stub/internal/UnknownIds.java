package dev.ateraharness.stub.internal;

import dev.ateraharness.stub.ErrorBodyPolicy;
import dev.ateraharness.stub.Profile;
import dev.ateraharness.stub.UnknownIdPolicy;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The answer for an id that does not exist, by {@link UnknownIdPolicy}: 404 everywhere, or only statuses Atera's
 * document lists for the operation (404 where listed; else, for a read, {@code empty}: an empty list or zero
 * durations; else 400 where listed; else a DELETE 204; else 400, the one case outside the document being
 * {@code POST /tickets/{id}/workhours}, which lists only 201). The document's lists are copied here as two sets of
 * {@code METHOD template} so the stub never reads the document.
 */
final class UnknownIds {

    /** Operations on one id whose document lists 404. */
    private static final Set<String> DOCUMENTS_404 = Set.of(
            "GET /alerts/{alertId}", "GET /tickets/{ticketId}", "DELETE /contacts/{contactId}",
            "PUT /contracts/{contractId}", "POST /contracts/{contractId}",
            "PUT /customers/{customerId}", "POST /customers/{customerId}",
            "GET /departments/{departmentId}", "PUT /departments/{departmentId}",
            "POST /departments/{departmentId}", "DELETE /departments/{departmentId}",
            "GET /devices/genericdevice/{deviceId}", "GET /devices/tcpdevice/{deviceId}",
            "GET /devices/httpdevice/{deviceId}", "GET /devices/snmpdevice/{deviceId}",
            "GET /devices/snmpdevice/guid/{deviceGuid}",
            "GET /rates/products/{productId}", "GET /rates/expenses/{expenseId}");

    /** Operations on one id whose document lists no 404 and no 400. */
    private static final Set<String> DOCUMENTS_NEITHER = Set.of(
            "DELETE /tickets/{ticketId}", "DELETE /customers/{customerId}", "POST /tickets/{ticketId}/workhours");

    /** Operations whose document lists "400" with no schema (besides every {@code /customvalues} operation). */
    private static final Set<String> BARE_400 = Set.of("DELETE /agents/{agentId}", "GET /billing/invoices",
            "POST /customers/folders", "POST /customers/attachments", "POST /tickets", "PUT /tickets/{ticketId}",
            "POST /tickets/{ticketId}", "POST /tickets/{ticketId}/comments", "GET /workhours");

    private UnknownIds() {
    }

    /**
     * A 4xx for a request the handler refused, in the profile's envelope; with {@code errorBodyPolicy=as-documented}
     * a 400 has no body where the document gives its 400 none.
     */
    static Reply badRequest(Call c, int status, String detail) {
        if (status == 400 && c.settings().errorBodyPolicy() == ErrorBodyPolicy.AS_DOCUMENTED
                && c.settings().profile() == Profile.SPEC
                && (c.template().startsWith("/customvalues/") || BARE_400.contains(c.method() + " " + c.template()))) {
            return Reply.empty(400);
        }
        return Errors.of(c.settings().profile(), status, detail, c.path());
    }

    /** {@code empty} is the read's "nothing here" answer (null for writes and single-entity reads). */
    static Reply reply(Call c, String detail, Supplier<Reply> empty) {
        if (c.settings().unknownIdPolicy() == UnknownIdPolicy.AS_DOCUMENTED) {
            String op = c.method() + " " + c.template();
            if (!DOCUMENTS_404.contains(op)) {
                if (empty != null) {
                    return empty.get();
                }
                if (c.method().equals("GET")) {
                    // a single-entity read with no documented 404 has no documented "not there" answer either
                    return Errors.of(c.settings().profile(), 404, detail, c.path());
                }
                if (c.method().equals("DELETE") && DOCUMENTS_NEITHER.contains(op)) {
                    return Reply.empty(204);
                }
                return badRequest(c, 400, detail);
            }
        }
        return Errors.of(c.settings().profile(), 404, detail, c.path());
    }

    static Reply reply(Call c, String detail) {
        return reply(c, detail, null);
    }
}
