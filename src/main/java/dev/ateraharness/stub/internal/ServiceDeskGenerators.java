package dev.ateraharness.stub.internal;

import static dev.ateraharness.stub.internal.Generators.ALERT_CATEGORY;
import static dev.ateraharness.stub.internal.Generators.BASE_EPOCH_S;
import static dev.ateraharness.stub.internal.Generators.F;
import static dev.ateraharness.stub.internal.Generators.FIRST;
import static dev.ateraharness.stub.internal.Generators.IMPACT;
import static dev.ateraharness.stub.internal.Generators.LAST;
import static dev.ateraharness.stub.internal.Generators.PRIORITY;
import static dev.ateraharness.stub.internal.Generators.SEVERITY;
import static dev.ateraharness.stub.internal.Generators.TICKET_STATUS;
import static dev.ateraharness.stub.internal.Generators.TICKET_TYPE;
import static dev.ateraharness.stub.internal.Generators.TITLES;
import static dev.ateraharness.stub.internal.Generators.date;
import static dev.ateraharness.stub.internal.Generators.pick;
import static dev.ateraharness.stub.internal.Generators.techName;
import static dev.ateraharness.stub.internal.Generators.uuid;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.SplittableRandom;

/**
 * Tickets with their comments and work-hour records, alerts and knowledge-base articles. Deterministic per (seed,
 * entity, index); see {@link Generators}.
 */
final class ServiceDeskGenerators {

    private final Generators g;

    ServiceDeskGenerators(Generators g) {
        this.g = g;
    }

    ObjectNode ticket(long id) {
        SplittableRandom r = g.rng("tickets", id);
        ObjectNode o = F.objectNode();
        long customer = g.ref(r, "customers");
        long endUser = g.ref(r, "contacts");
        long tech = 1 + r.nextInt(12);
        long created = g.created("tickets", id);
        String status = pick(r, TICKET_STATUS);
        String first = pick(r, FIRST);
        String last = pick(r, LAST);
        o.put("TicketID", id);
        o.put("TicketTitle", pick(r, TITLES));
        o.put("TicketNumber", String.valueOf(id));
        o.put("TicketPriority", pick(r, PRIORITY));
        o.put("TicketImpact", pick(r, IMPACT));
        o.put("TicketStatus", status);
        o.put("TicketSource", r.nextBoolean() ? "Email" : "Portal");
        o.put("TicketType", pick(r, TICKET_TYPE));
        o.put("EndUserID", endUser);
        o.put("EndUserEmail", (first + "." + last).toLowerCase(java.util.Locale.ROOT) + "@customer" + customer + ".example.com");
        o.put("EndUserFirstName", first);
        o.put("EndUserLastName", last);
        o.put("EndUserPhone", "+972-3-" + (6_000_000 + r.nextInt(3_000_000)));
        boolean done = status.equals("Resolved") || status.equals("Closed");
        if (done) {
            o.put("TicketResolvedDate", date(created + 3600 + r.nextLong(10L * 86_400L)));
        } else {
            o.putNull("TicketResolvedDate");
        }
        o.put("TicketCreatedDate", date(created));
        o.put("TechnicianFirstCommentDate", date(created + 600 + r.nextLong(86_400L)));
        o.put("FirstResponseDueDate", date(created + 4 * 3600));
        o.put("ClosedTicketDueDate", date(created + 3 * 86_400));
        o.put("FirstComment", "Hi, " + o.get("TicketTitle").asText().toLowerCase(java.util.Locale.ROOT) + " since this morning.");
        o.put("LastEndUserComment", "Thanks!");
        o.put("LastEndUserCommentTimestamp", date(created + 7200));
        o.put("LastTechnicianComment", "Looking into it.");
        o.put("LastTechnicianCommentTimestamp", date(created + 3600));
        int onSite = r.nextInt(4) == 0 ? 60 * r.nextInt(120) : 0;
        int offSite = 60 * r.nextInt(90);
        o.put("OnSiteDurationSeconds", onSite);
        o.put("OnSiteDurationMinutes", onSite / 60);
        o.put("OffSiteDurationSeconds", offSite);
        o.put("OffSiteDurationMinutes", offSite / 60);
        o.put("OnSLADurationSeconds", offSite);
        o.put("OnSLADurationMinutes", offSite / 60);
        o.put("OffSLADurationSeconds", onSite);
        o.put("OffSLADurationMinutes", onSite / 60);
        o.put("TotalDurationSeconds", onSite + offSite);
        o.put("TotalDurationMinutes", (onSite + offSite) / 60);
        o.put("CustomerID", customer);
        o.put("CustomerName", g.customerName(customer));
        o.put("CustomerBusinessNumber", "");
        o.put("TechnicianContactID", tech);
        o.put("TechnicianFullName", techName(tech));
        o.put("TechnicianEmail", "tech" + tech + "@msp.example.com");
        o.putNull("ContractID");
        return o;
    }

    ObjectNode alert(long id) {
        SplittableRandom r = g.rng("alerts", id);
        ObjectNode o = F.objectNode();
        long customer = g.ref(r, "customers");
        long agent = g.ref(r, "agents");
        long created = g.created("alerts", id);
        int state = r.nextInt(10); // 0-5 open, 6-8 resolved, 9 snoozed
        o.put("AlertID", id);
        o.put("Code", 1000 + r.nextInt(200));
        o.put("Source", "Agent");
        o.put("Title", pick(r, new String[] {"CPU usage above 90%", "Disk C: below 10% free", "Machine offline",
            "Service stopped", "Memory usage above 85%"}));
        o.put("Severity", pick(r, SEVERITY));
        o.put("Created", date(created));
        if (state == 9) {
            o.put("SnoozedEndDate", date(BASE_EPOCH_S + 86_400L));
        } else {
            o.putNull("SnoozedEndDate");
        }
        o.put("DeviceGuid", uuid(r));
        o.put("AgentId", agent);
        o.put("AdditionalInfo", "");
        o.put("Archived", state >= 6 && state <= 8);
        o.put("AlertCategoryID", pick(r, ALERT_CATEGORY));
        if (state >= 6 && state <= 8) {
            o.put("ArchivedDate", date(created + 3600));
        } else {
            o.putNull("ArchivedDate");
        }
        o.put("AlertMessage", "Threshold exceeded");
        o.put("DeviceName", "WS-" + String.format("%04d", agent));
        o.put("CustomerID", customer);
        o.put("CustomerName", g.customerName(customer));
        o.put("FolderID", 1);
        o.put("PollingCyclesCount", 1 + r.nextInt(10));
        o.put("DeviceType", "Agent");
        return o;
    }

    ObjectNode knowledgebase(long id) {
        SplittableRandom r = g.rng("knowledgebases", id);
        ObjectNode o = F.objectNode();
        long ts = g.created("knowledgebases", id);
        o.put("KBID", id);
        o.put("KBTimestamp", date(ts));
        o.put("KBContext", "How to fix: " + pick(r, TITLES));
        o.put("KBProduct", r.nextBoolean() ? "Windows" : "Microsoft 365");
        o.put("KBRating_Yes", r.nextInt(50));
        o.put("KBRating_No", r.nextInt(5));
        o.put("KBRating_Views", r.nextInt(900));
        o.put("KBLastModified", date(Math.min(BASE_EPOCH_S, ts + r.nextLong(100L * 86_400L))));
        o.put("KBIsPrivate", r.nextInt(4) == 0);
        o.put("KBKeywords", "how-to");
        o.put("SectionName", "General");
        o.put("CategoryName", "Guides");
        return o;
    }

    /** Ticket comments: comment i belongs to ticket 1 + (i - 1) % tickets. */
    ObjectNode comment(long id) {
        SplittableRandom r = g.rng("comments", id);
        ObjectNode o = F.objectNode();
        boolean tech = r.nextBoolean();
        long ticketCreated = g.created("tickets", g.ticketOf(id, "comments"));
        o.put("Date", date(ticketCreated + 60 * (1 + r.nextInt(5000))));
        String text = tech ? "Working on it." : "Still happening, please check.";
        o.put("Comment", text);
        o.put("CommentHtml", "<p>" + text + "</p>");
        if (tech) {
            o.putNull("EndUserID");
            o.put("TechnicianContactID", 1 + r.nextInt(12));
        } else {
            o.put("EndUserID", g.ref(r, "contacts"));
            o.putNull("TechnicianContactID");
        }
        o.put("Email", tech ? "tech@msp.example.com" : "user@customer.example.com");
        o.put("FirstName", pick(r, FIRST));
        o.put("LastName", pick(r, LAST));
        o.put("IsInternal", tech && r.nextInt(3) == 0);
        return o;
    }

    /** Work-hour records (the WorkhourRecordDto shape); record i belongs to ticket 1 + (i - 1) % tickets. */
    ObjectNode workhour(long id) {
        SplittableRandom r = g.rng("workhours", id);
        ObjectNode o = F.objectNode();
        long ticket = g.ticketOf(id, "workhours");
        long tech = 1 + r.nextInt(12);
        long start = g.created("tickets", ticket) + 600 + r.nextLong(5L * 86_400L);
        o.put("WorkHoursID", id);
        o.put("TicketID", ticket);
        // the ticket's customer is the first draw of the ticket's own stream (see ticket()): no need to build it
        o.put("CustomerID", g.ref(g.rng("tickets", ticket), "customers"));
        o.put("EndUserID", g.ref(r, "contacts"));
        o.put("StartWorkHour", date(start));
        o.put("EndWorkHour", date(start + 900L * (1 + r.nextInt(12))));
        o.put("TechnicianContactID", tech);
        o.put("Billiable", r.nextInt(4) != 0);
        o.put("OnCustomerSite", r.nextInt(5) == 0);
        o.put("Description", "Remote session");
        o.put("TechnicianFullName", techName(tech));
        o.put("TechnicianEmail", "tech" + tech + "@msp.example.com");
        o.put("RateID", 1 + r.nextInt(Math.max(1, g.size("products"))));
        o.put("RateAmount", 95.0);
        return o;
    }
}
