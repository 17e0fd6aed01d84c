package dev.ateraharness.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ateraharness.client.Page;
import dev.ateraharness.client.internal.Json;
import dev.ateraharness.client.model.Ticket;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * CPU time and allocation to decode one page of 50 fully populated tickets (every TicketDto field set, about
 * 1.8 KB per ticket, 90 KB per page) into {@code Page<Ticket>}, against a plain tree parse of the same bytes.
 *
 * <p>Run: {@code mvn -o -Pbench test-compile exec:exec -Dbench=PageDecode -Dbench.args="-f 1 -wi 3 -i 5 -prof gc"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PageDecodeBenchmark {

    byte[] page;

    @Setup
    public void setUp() {
        ArrayNode items = Json.MAPPER.createArrayNode();
        for (int i = 0; i < 50; i++) {
            ObjectNode t = items.addObject();
            t.put("TicketID", 100_000L + i).put("TicketTitle", "Printer on floor " + i + " jams on every job")
                    .put("TicketNumber", "T-" + i).put("TicketPriority", "High").put("TicketImpact", "Minor")
                    .put("TicketStatus", "Open").put("TicketSource", "Email").put("TicketType", "Incident")
                    .put("EndUserID", 5000L + i).put("EndUserEmail", "user" + i + "@example.com")
                    .put("EndUserFirstName", "Ada").put("EndUserLastName", "Lovelace")
                    .put("EndUserPhone", "+44 20 7946 0000");
            for (String d : new String[] {"TicketResolvedDate", "TicketCreatedDate", "TechnicianFirstCommentDate",
                "FirstResponseDueDate", "ClosedTicketDueDate", "LastEndUserCommentTimestamp",
                "LastTechnicianCommentTimestamp"}) {
                t.put(d, "2026-06-16T10:11:12.345Z");
            }
            t.put("FirstComment", "The printer jams on every job since the firmware update. ".repeat(8))
                    .put("LastEndUserComment", "Still broken.").put("LastTechnicianComment", "Ordered a part.");
            for (String d : new String[] {"OnSite", "OffSite", "OnSLA", "OffSLA", "Total"}) {
                t.put(d + "DurationSeconds", 3600 + i).put(d + "DurationMinutes", 60 + i);
            }
            t.put("CustomerID", 77L).put("CustomerName", "Acme Ltd").put("CustomerBusinessNumber", "GB123456")
                    .put("TechnicianContactID", 12L).put("TechnicianFullName", "Grace Hopper")
                    .put("TechnicianEmail", "grace@msp.example").put("ContractID", 9L).put("RelationType", "None")
                    .putNull("RelatedTicketId");
        }
        ObjectNode env = Json.MAPPER.createObjectNode();
        env.set("items", items);
        env.put("page", 3).put("itemsInPage", 50).put("totalItemCount", 2847).put("totalPages", 57)
                .put("prevLink", "https://app.atera.com/api/v3/tickets?page=2&itemsInPage=50")
                .put("nextLink", "https://app.atera.com/api/v3/tickets?page=4&itemsInPage=50");
        try {
            page = Json.MAPPER.writeValueAsBytes(env);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Benchmark
    public Page<Ticket> decodePageOf50Tickets() throws IOException {
        return Json.pageReader(Ticket.class).readValue(page);
    }

    @Benchmark
    public Object treeParseBaseline() throws IOException {
        return Json.MAPPER.readTree(page);
    }

    /** Prints the page size so the README can quote it. */
    public static void main(String[] args) {
        PageDecodeBenchmark b = new PageDecodeBenchmark();
        b.setUp();
        System.out.println("page bytes: " + b.page.length);
    }
}
