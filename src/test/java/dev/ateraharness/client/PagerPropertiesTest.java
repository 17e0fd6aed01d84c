package dev.ateraharness.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.client.model.Ticket;
import dev.ateraharness.time.VirtualTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** For any data size, requested page size and server clamp (the stub's model), the pager reads every item exactly once. */
class PagerPropertiesTest {

    @Property(tries = 200)
    void readsEveryItemOnceWhateverTheSizesAndClamp(@ForAll @IntRange(min = 0, max = 400) int total,
                                                    @ForAll @IntRange(min = 1, max = 120) int requested,
                                                    @ForAll @IntRange(min = 1, max = 60) int serverMax) {
        VirtualTime time = new VirtualTime();
        InMemoryAtera server = new InMemoryAtera(time, 1, b -> b.key("property-key-0000").dataSize("tickets", total)
                .maxItemsInPage(serverMax), dev.ateraharness.stub.AteraServerModel.Items.IDS_ONLY);
        AteraClient client = AteraClient.create(AteraClientConfig.builder()
                .credentials(Credentials.apiKey("property-key-0000")).time(time).transport(server)
                .maxItemsInPage(120).itemsInPage(requested).build());

        CompletableFuture<List<Ticket>> all = client.listAllAsync(Endpoints.TICKETS, Query.none());
        time.runUntilIdle(100_000);

        List<Long> ids = all.join().stream().map(Ticket::ticketID).toList();
        assertThat(ids).hasSize(total).doesNotHaveDuplicates();
        int applied = Math.min(requested, serverMax);
        assertThat(server.requests).hasSize(Math.max(1, (total + applied - 1) / applied));
    }
}
