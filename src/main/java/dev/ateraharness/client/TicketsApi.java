package dev.ateraharness.client;

import dev.ateraharness.client.model.Ticket;
import dev.ateraharness.client.model.TicketComment;
import dev.ateraharness.client.model.TicketWorkHours;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Tickets: list, get, create ({@link dev.ateraharness.client.model.CreateTicket}), update, delete, and a ticket's
 *  comments and work-hour records. */
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
}
