package dev.ateraharness.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The endpoint table against the OpenAPI document's paged operations, and name lookup. */
class EndpointsTest {

    @Test
    void everyPagedGetOfTheDocumentIsAnEndpointWithItsFiltersAndItemSchema() throws Exception {
        JsonNode doc = OpenApiDocument.load();
        Map<String, TreeSet<String>> paged = new TreeMap<>();
        Map<String, String> itemSchema = new TreeMap<>();
        doc.get("paths").properties().forEach(p -> {
            JsonNode get = p.getValue().get("get");
            if (get == null) {
                return;
            }
            TreeSet<String> params = new TreeSet<>();
            get.path("parameters").forEach(x -> params.add(x.get("name").asText()));
            if (params.stream().anyMatch("page"::equalsIgnoreCase)) {
                String path = p.getKey().replaceFirst("^/api/v3", "");
                params.removeIf(n -> n.equalsIgnoreCase("page") || n.equalsIgnoreCase("itemsInPage"));
                get.path("parameters").forEach(x -> {
                    if ("path".equals(x.path("in").asText())) {
                        params.remove(x.get("name").asText());
                    }
                });
                paged.put(path, params);
                String ref = get.at("/responses/200/content").elements().next().at("/schema/$ref").asText();
                String envelope = ref.substring(ref.lastIndexOf('/') + 1);
                itemSchema.put(path, OpenApiDocument.refOf(OpenApiDocument.schema(doc, envelope)
                        .at("/properties/items")));
            }
        });
        assertThat(paged).hasSize(24);
        Map<String, TreeSet<String>> ours = new TreeMap<>();
        Endpoints.all().forEach(e -> ours.put(e.pathTemplate(), new TreeSet<>(e.filters())));
        assertThat(ours).isEqualTo(paged);
        for (Endpoint<?> e : Endpoints.all()) {
            assertThat(ModelSchemaContractTest.SCHEMAS.get(e.itemType())).as(e.name())
                    .isEqualTo(itemSchema.get(e.pathTemplate()));
        }
    }

    @Test
    void lookupByNameAndLists() {
        assertThat(Endpoints.byName("Tickets")).contains(Endpoints.TICKETS);
        assertThat(Endpoints.byName("rates-expenses")).contains(Endpoints.RATES_EXPENSES);
        assertThat(Endpoints.byName("nope")).isEmpty();
        assertThat(Endpoints.parseList("tickets, agents,tickets")).containsExactly(Endpoints.TICKETS,
                Endpoints.AGENTS);
        assertThat(Endpoints.parseList("all")).hasSize(19).noneMatch(Endpoint::needsParent)
                .contains(Endpoints.WORKHOURS, Endpoints.SNMP_DEVICES, Endpoints.KNOWLEDGE_BASES);
        assertThatThrownBy(() -> Endpoints.parseList("tickets,bogus")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown entity 'bogus'");
    }

    @Test
    void queryValidation() {
        assertThatThrownBy(() -> Endpoints.TICKET_COMMENTS.check(Query.none()))
                .hasMessageContaining("needs path parameter 'ticketId'");
        assertThatThrownBy(() -> Query.none().with("page", 3)).isInstanceOf(IllegalArgumentException.class);
        Endpoints.TICKET_COMMENTS.check(Query.none().withPath("ticketId", 1));
    }
}
