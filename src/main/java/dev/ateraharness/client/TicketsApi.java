package dev.ateraharness.client;

import dev.ateraharness.client.model.AddTicketComment;
import dev.ateraharness.client.model.AddTicketRelation;
import dev.ateraharness.client.model.CreateWorkHours;
import dev.ateraharness.client.model.Ticket;
import dev.ateraharness.client.model.TicketComment;
import dev.ateraharness.client.model.TicketDurations;
import dev.ateraharness.client.model.TicketWorkHours;
import dev.ateraharness.client.model.TicketWorkHoursSummary;
import dev.ateraharness.client.model.TicketsSiteDurations;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Tickets: list, get, create ({@link dev.ateraharness.client.model.CreateTicket}), update (PUT or POST), delete; a
 * ticket's comments (read, add), work hours (records, summary, add), durations, attachments and relations.
 */
public final class TicketsApi extends WritableApi<Ticket> {

    TicketsApi(AteraClient client) {
        super(client, Endpoints.TICKETS, "/tickets", "/tickets/{ticketId}", "Ticket");
    }

    /** All comments of a ticket, without blocking. */
    public CompletableFuture<List<TicketComment>> commentsAsync(long ticketId) {
        return client.listAllAsync(Endpoints.TICKET_COMMENTS, Query.none().withPath("ticketId", ticketId));
    }

    public List<TicketComment> comments(long ticketId) {
        return client.await(commentsAsync(ticketId), "GET /tickets/{ticketId}/comments");
    }

    /** All work-hour records of a ticket, without blocking. */
    public CompletableFuture<List<TicketWorkHours>> workHoursRecordsAsync(long ticketId) {
        return client.listAllAsync(Endpoints.TICKET_WORKHOURS, Query.none().withPath("ticketId", ticketId));
    }

    public List<TicketWorkHours> workHoursRecords(long ticketId) {
        return client.await(workHoursRecordsAsync(ticketId), "GET /tickets/{ticketId}/workhoursrecords");
    }

    /** {@code POST /tickets/{id}/comments}: 200 {@code Result}. */
    public CompletableFuture<ActionResult> addCommentAsync(long ticketId, AddTicketComment comment) {
        return exchange("POST", "addTicketComment", "/tickets/{ticketId}/comments", id(ticketId), comment, ActionResult.class);
    }

    public ActionResult addComment(long ticketId, AddTicketComment comment) {
        return client.await(addCommentAsync(ticketId, comment), "POST /tickets/{ticketId}/comments");
    }

    /** {@code GET /tickets/{id}/attachments}: the attachments' URLs. */
    public CompletableFuture<List<String>> attachmentsAsync(long ticketId) {
        return exchangeList("GET", "listTicketAttachments", "/tickets/{ticketId}/attachments", id(ticketId), null,
                String.class);
    }

    public List<String> attachments(long ticketId) {
        return client.await(attachmentsAsync(ticketId), "GET /tickets/{ticketId}/attachments");
    }

    /** {@code GET /tickets/{id}/workhours}: billable and non-billable hours. */
    public CompletableFuture<TicketWorkHoursSummary> workHoursSummaryAsync(long ticketId) {
        return exchange("GET", "getTicketWorkHours", "/tickets/{ticketId}/workhours", id(ticketId), null,
                TicketWorkHoursSummary.class);
    }

    public TicketWorkHoursSummary workHoursSummary(long ticketId) {
        return client.await(workHoursSummaryAsync(ticketId), "GET /tickets/{ticketId}/workhours");
    }

    /** {@code POST /tickets/{id}/workhours}: 201 {@code Result} (the new record's id). */
    public CompletableFuture<ActionResult> addWorkHoursAsync(long ticketId, CreateWorkHours workHours) {
        return exchange("POST", "addTicketWorkHours", "/tickets/{ticketId}/workhours", id(ticketId), workHours,
                ActionResult.class);
    }

    public ActionResult addWorkHours(long ticketId, CreateWorkHours workHours) {
        return client.await(addWorkHoursAsync(ticketId, workHours), "POST /tickets/{ticketId}/workhours");
    }

    /** {@code GET /tickets/{id}/billableduration}. */
    public CompletableFuture<TicketDurations> billableDurationAsync(long ticketId) {
        return exchange("GET", "getTicketBillableDuration", "/tickets/{ticketId}/billableduration", id(ticketId), null,
                TicketDurations.class);
    }

    public TicketDurations billableDuration(long ticketId) {
        return client.await(billableDurationAsync(ticketId), "GET /tickets/{ticketId}/billableduration");
    }

    /** {@code GET /tickets/{id}/nonbillableduration}. */
    public CompletableFuture<TicketDurations> nonBillableDurationAsync(long ticketId) {
        return exchange("GET", "getTicketNonBillableDuration", "/tickets/{ticketId}/nonbillableduration", id(ticketId),
                null, TicketDurations.class);
    }

    public TicketDurations nonBillableDuration(long ticketId) {
        return client.await(nonBillableDurationAsync(ticketId), "GET /tickets/{ticketId}/nonbillableduration");
    }

    /** {@code POST /tickets/billableduration}: billable durations of up to 50 tickets (unknown ids left out). */
    public CompletableFuture<List<TicketDurations>> billableDurationsAsync(List<Long> ticketIds) {
        return exchangeList("POST", "listTicketsBillableDuration", "/tickets/billableduration", Map.of(),
                List.copyOf(ticketIds), TicketDurations.class);
    }

    public List<TicketDurations> billableDurations(List<Long> ticketIds) {
        return client.await(billableDurationsAsync(ticketIds), "POST /tickets/billableduration");
    }

    /** {@code POST /tickets/billableworkhourssiteduration}: billable seconds on and off site per ticket. */
    public CompletableFuture<TicketsSiteDurations> billableSiteDurationsAsync(List<Long> ticketIds) {
        return exchange("POST", "listTicketsBillableSiteDuration", "/tickets/billableworkhourssiteduration", Map.of(),
                List.copyOf(ticketIds), TicketsSiteDurations.class);
    }

    public TicketsSiteDurations billableSiteDurations(List<Long> ticketIds) {
        return client.await(billableSiteDurationsAsync(ticketIds), "POST /tickets/billableworkhourssiteduration");
    }

    /** {@code POST /tickets/{id}/relations}: 201 {@code Result}. */
    public CompletableFuture<ActionResult> addRelationAsync(long ticketId, AddTicketRelation relation) {
        return exchange("POST", "addTicketRelation", "/tickets/{ticketId}/relations", id(ticketId), relation,
                ActionResult.class);
    }

    public ActionResult addRelation(long ticketId, AddTicketRelation relation) {
        return client.await(addRelationAsync(ticketId, relation), "POST /tickets/{ticketId}/relations");
    }

    /** {@code DELETE /tickets/{id}/relations/{relationType}} ({@code Parent} or {@code Child}): 204. */
    public CompletableFuture<Void> removeRelationAsync(long ticketId, String relationType) {
        return exchange("DELETE", "removeTicketRelation", "/tickets/{ticketId}/relations/{relationType}",
                Map.of("ticketId", Long.toString(ticketId), "relationType", relationType), null, Void.class)
                .thenApply(v -> null);
    }

    public void removeRelation(long ticketId, String relationType) {
        client.await(removeRelationAsync(ticketId, relationType), "DELETE /tickets/{ticketId}/relations/{relationType}");
    }

    private static Map<String, String> id(long ticketId) {
        return Map.of("ticketId", Long.toString(ticketId));
    }
}
