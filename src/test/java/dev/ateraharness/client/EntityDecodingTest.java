package dev.ateraharness.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.client.internal.Json;
import dev.ateraharness.client.model.Agent;
import dev.ateraharness.client.model.AlertCategory;
import dev.ateraharness.client.model.AteraDates;
import dev.ateraharness.client.model.Contact;
import dev.ateraharness.client.model.Alert;
import dev.ateraharness.client.model.AlertSeverity;
import dev.ateraharness.client.model.WorkHoursRecord;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Decoding of hand-written samples in Atera's spelling (runs without the OpenAPI document). */
class EntityDecodingTest {

    @Test
    void contactUsesFirstnameAndLastnameSpelling() throws Exception {
        Contact c = Json.MAPPER.readValue("{\"EndUserID\":5,\"Firstname\":\"Ada\",\"Lastname\":\"Lovelace\","
                + "\"FirstName\":\"wrong\",\"Email\":\"ada@example.com\",\"Archived\":null}", Contact.class);
        assertThat(c.firstname()).isEqualTo("Ada");
        assertThat(c.lastname()).isEqualTo("Lovelace");
        assertThat(c.archived()).isNull();
    }

    @Test
    void workHoursUseBilliable() throws Exception {
        WorkHoursRecord w = Json.MAPPER.readValue("{\"WorkHoursID\":1,\"TicketID\":2,\"CustomerID\":3,"
                + "\"Billiable\":true,\"RateAmount\":80.5,\"StartWorkHour\":\"2026-01-02T03:04:05\"}",
                WorkHoursRecord.class);
        assertThat(w.billiable()).isTrue();
        assertThat(w.rateAmount()).isEqualTo(80.5);
        assertThat(AteraDates.parse(w.startWorkHour())).contains(Instant.parse("2026-01-02T03:04:05Z"));
    }

    @Test
    void agentMachineIdIsAStringAndAddressesAnArray() throws Exception {
        Agent a = Json.MAPPER.readValue("{\"MachineID\":\"abc-1\",\"AgentID\":77,\"IpAddresses\":[\"10.0.0.1\","
                + "\"fe80::1\"],\"HardwareDisks\":[{\"Drive\":\"C:\",\"Free\":1,\"Used\":2,\"Total\":3}],"
                + "\"BatteryInfo\":{\"CycleCount\":12},\"Monitored\":true}", Agent.class);
        assertThat(a.machineID()).isEqualTo("abc-1");
        assertThat(a.ipAddresses()).containsExactly("10.0.0.1", "fe80::1");
        assertThat(a.hardwareDisks()).singleElement().satisfies(d -> assertThat(d.drive()).isEqualTo("C:"));
        assertThat(a.batteryInfo().cycleCount()).isEqualTo(12);
    }

    @Test
    void unknownEnumValuesSurviveAsTextAndReadAsUnknown() throws Exception {
        Alert a = Json.MAPPER.readValue("{\"AlertID\":1,\"Severity\":\"Catastrophic\",\"AlertCategoryID\":\"disk\"}",
                Alert.class);
        assertThat(a.severity()).isEqualTo("Catastrophic");
        assertThat(a.severityEnum()).isEqualTo(AlertSeverity.UNKNOWN);
        assertThat(a.alertCategoryIDEnum()).isEqualTo(AlertCategory.DISK);
    }

    @Test
    void pageEnvelopeToleratesNullItemsAndExtraFields() throws Exception {
        Page<?> p = Json.pageReader(Contact.class).readValue("{\"items\":null,\"page\":3,\"extra\":true}");
        assertThat(p.items()).isEmpty();
        assertThat(p.page()).isEqualTo(3);
        assertThat(p.hasNextLink()).isFalse();
    }

    @Test
    void datesInEveryFormAtera_sends() {
        assertThat(AteraDates.parse("2026-01-02T03:04:05+02:00")).contains(Instant.parse("2026-01-02T01:04:05Z"));
        assertThat(AteraDates.parse("2026-01-02")).contains(Instant.parse("2026-01-02T00:00:00Z"));
        assertThat(AteraDates.parse("yesterday")).isEmpty();
        assertThat(AteraDates.parse(null)).isEmpty();
    }
}
