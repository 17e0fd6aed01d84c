package dev.ateraharness.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ateraharness.client.internal.Json;
import dev.ateraharness.client.model.*;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The records against Atera's OpenAPI document: every JSON property a record declares exists in its schema (and
 * the other way round, so a field is not forgotten), and a sample built from the schema decodes with every
 * component set.
 */
class ModelSchemaContractTest {

    static final Map<Class<?>, String> SCHEMAS = new LinkedHashMap<>();

    static {
        SCHEMAS.put(Ticket.class, "TicketDto");
        SCHEMAS.put(TicketComment.class, "TicketCommentDto");
        SCHEMAS.put(TicketWorkHours.class, "TicketWorkHoursDto");
        SCHEMAS.put(WorkHoursRecord.class, "WorkhourRecordDto");
        SCHEMAS.put(Agent.class, "AgentDto");
        SCHEMAS.put(HardwareDisk.class, "HardwareDiskDto");
        SCHEMAS.put(Battery.class, "BatteryDto");
        SCHEMAS.put(Customer.class, "CustomerDto");
        SCHEMAS.put(Contact.class, "ContactDto");
        SCHEMAS.put(Alert.class, "AlertDto");
        SCHEMAS.put(Contract.class, "ContractDto");
        SCHEMAS.put(BlockHoursContract.class, "BlockHoursContractDto");
        SCHEMAS.put(Invoice.class, "InvoiceDto");
        SCHEMAS.put(InvoiceLineItem.class, "InvoiceLineItemDto");
        SCHEMAS.put(InvoiceContactDetails.class, "InvoiceContactDetailsDto");
        SCHEMAS.put(KnowledgeBase.class, "KnowledgeBaseDto");
        SCHEMAS.put(Rate.class, "RateDto");
        SCHEMAS.put(CustomValue.class, "CustomValueDto");
        SCHEMAS.put(Department.class, "DepartmentDto");
        SCHEMAS.put(GenericDevice.class, "GenericDeviceDto");
        SCHEMAS.put(HttpDevice.class, "HttpDeviceDto");
        SCHEMAS.put(TcpDevice.class, "TcpDeviceDto");
        SCHEMAS.put(Port.class, "PortDto");
        SCHEMAS.put(SnmpDevice.class, "SnmpDeviceDto");
        SCHEMAS.put(CreateTicket.class, "CreateTicketModel");
        SCHEMAS.put(UpdateTicket.class, "UpdateTicketModel");
        SCHEMAS.put(CreateCustomer.class, "CreateCustomerRequest");
        SCHEMAS.put(UpdateCustomer.class, "UpdateCustomerRequest");
        SCHEMAS.put(CreateContact.class, "CreateContactRequest");
        SCHEMAS.put(UpdateContact.class, "UpdateContactRequest");
        SCHEMAS.put(CreateAlert.class, "CreateAlertRequest");
        SCHEMAS.put(CreateRate.class, "CreateRateRequest");
        SCHEMAS.put(UpdateRate.class, "UpdateRateRequest");
        SCHEMAS.put(ActionResult.class, "Result");
        SCHEMAS.put(InstalledPatches.class, "AgentInstalledUpdatesResponse");
        SCHEMAS.put(InstalledPatch.class, "AgentInstalledUpdateDto");
        SCHEMAS.put(AvailablePatches.class, "AgentAvailableUpdatesResponse");
        SCHEMAS.put(AvailablePatch.class, "AgentAvailableUpdateDto");
        SCHEMAS.put(CreateContract.class, "CreateContractDto");
        SCHEMAS.put(UpdateContract.class, "UpdateContractDto");
        SCHEMAS.put(CreateRetainerFlatFeeTerms.class, "CreateRetainerFlatFeeContractDto");
        SCHEMAS.put(CreateHourlyTerms.class, "CreateHourlyContractDto");
        SCHEMAS.put(CreateBlockHoursTerms.class, "CreateBlockHoursContractDto");
        SCHEMAS.put(CreateBlockMoneyTerms.class, "CreateBlockMoneyContractDto");
        SCHEMAS.put(CreateRemoteMonitoringTerms.class, "CreateRemoteMonitoringContractDto");
        SCHEMAS.put(CreateOnlineBackupTerms.class, "CreateOnlineBackupContractDto");
        SCHEMAS.put(CreateProjectOneTimeFeeTerms.class, "CreateProjectOneTimeFeeContractDto");
        SCHEMAS.put(CreateProjectHourlyRateTerms.class, "CreateProjectHourlyRateContractDto");
        SCHEMAS.put(UpdateRetainerFlatFeeTerms.class, "UpdateRetainerFlatFeeContractDto");
        SCHEMAS.put(UpdateHourlyTerms.class, "UpdateHourlyContractDto");
        SCHEMAS.put(UpdateBlockHoursTerms.class, "UpdateBlockHoursContractDto");
        SCHEMAS.put(UpdateBlockMoneyTerms.class, "UpdateBlockMoneyContractDto");
        SCHEMAS.put(UpdateRemoteMonitoringTerms.class, "UpdateRemoteMonitoringContractDto");
        SCHEMAS.put(UpdateOnlineBackupTerms.class, "UpdateOnlineBackupContractDto");
        SCHEMAS.put(CreateFolder.class, "CreateFolderRequest");
        SCHEMAS.put(CreateCustomerAttachment.class, "CreateCustomerAttachmentRequest");
        SCHEMAS.put(SetCustomValue.class, "SetCustomValueRequest");
        SCHEMAS.put(CreateGenericDevice.class, "CreateGenericDeviceRequest");
        SCHEMAS.put(CreateTcpDevice.class, "CreateTcpDeviceRequest");
        SCHEMAS.put(CreateTcpPort.class, "Port");
        SCHEMAS.put(CreateHttpDevice.class, "CreateHttpDeviceRequest");
        SCHEMAS.put(CreateSnmpV1V2Device.class, "CreateSnmpV1DeviceRequest");
        SCHEMAS.put(CreateSnmpV3Device.class, "CreateSnmpV3DeviceRequest");
        SCHEMAS.put(CreatedDevice.class, "CreatedDeviceResult");
        SCHEMAS.put(CreateWorkHours.class, "CreateWorkHoursModel");
        SCHEMAS.put(TicketsSiteDurations.class, "TicketsWorkHoursSiteDurationSummaryDto");
        SCHEMAS.put(TicketSiteDuration.class, "TicketWorkHoursSiteDurationSummaryDto");
        SCHEMAS.put(AddTicketRelation.class, "AddTicketRelationModel");
        SCHEMAS.put(CreateDepartment.class, "CreateDepartmentRequest");
        SCHEMAS.put(UpdateDepartment.class, "UpdateDepartmentRequest");
        SCHEMAS.put(AddTicketComment.class, "AddCommentToTicketModel");
        SCHEMAS.put(TechnicianCommentDetails.class, "TechnicianCommentDetails");
        SCHEMAS.put(EndUserCommentDetails.class, "EnduserCommentDetails");
        SCHEMAS.put(CustomField.class, "CustomFieldDto");
        SCHEMAS.put(CustomFieldOption.class, "OptionFieldValues");
        SCHEMAS.put(TicketWorkHoursSummary.class, "TicketWorkHoursSummaryDto");
        SCHEMAS.put(TicketDurations.class, "TicketDurationsDto");
        SCHEMAS.put(Account.class, "AccountInfoResponse");
    }

    static Stream<Arguments> records() {
        return SCHEMAS.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    static List<String> jsonNames(Class<?> record) {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : record.getRecordComponents()) {
            JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class);
            if (p == null) {
                p = c.getAnnotation(JsonProperty.class);
            }
            names.add(p == null ? c.getName() : p.value());
        }
        return names;
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("records")
    void recordPropertiesAreExactlyTheSchemaProperties(Class<?> record, String schemaName) throws Exception {
        JsonNode schema = OpenApiDocument.schema(OpenApiDocument.load(), schemaName);
        TreeSet<String> inSchema = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(inSchema::add);
        assertThat(jsonNames(record)).as("%s vs %s", record.getSimpleName(), schemaName)
                .containsExactlyInAnyOrderElementsOf(inSchema);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("records")
    void sampleFromTheSchemaDecodesEveryComponent(Class<?> record, String schemaName) throws Exception {
        JsonNode doc = OpenApiDocument.load();
        JsonNode sample = sample(doc, schemaName, 0);
        Object decoded = Json.MAPPER.treeToValue(sample, record);
        for (RecordComponent c : record.getRecordComponents()) {
            assertThat(c.getAccessor().invoke(decoded)).as("%s.%s", record.getSimpleName(), c.getName())
                    .isNotNull();
        }
        // and back: what we decode re-encodes to the same property names
        JsonNode again = Json.MAPPER.valueToTree(decoded);
        assertThat(iter(again.fieldNames())).containsExactlyInAnyOrderElementsOf(iter(sample.fieldNames()));
    }

    private static List<String> iter(Iterator<String> it) {
        List<String> l = new ArrayList<>();
        it.forEachRemaining(l::add);
        return l;
    }

    /** A JSON value for every property, typed as the schema says (enums take their first value). */
    static ObjectNode sample(JsonNode doc, String schemaName, int depth) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        JsonNode props = OpenApiDocument.schema(doc, schemaName).path("properties");
        props.properties().forEach(e -> o.set(e.getKey(), value(doc, e.getValue(), depth)));
        return o;
    }

    private static JsonNode value(JsonNode doc, JsonNode prop, int depth) {
        String ref = OpenApiDocument.refOf(prop);
        if ("array".equals(prop.path("type").asText())) {
            ArrayNode a = Json.MAPPER.createArrayNode();
            a.add(ref == null ? scalar(prop.get("items")) : value(doc, prop.get("items"), depth));
            return a;
        }
        if (ref != null) {
            JsonNode target = OpenApiDocument.schema(doc, ref);
            if (target.has("enum")) {
                return target.get("enum").get(0);
            }
            return depth > 3 ? Json.MAPPER.createObjectNode() : sample(doc, ref, depth + 1);
        }
        return scalar(prop);
    }

    private static JsonNode scalar(JsonNode p) {
        String type = p.path("type").asText();
        String format = p.path("format").asText();
        return switch (type) {
            case "integer" -> Json.MAPPER.getNodeFactory().numberNode(format.equals("int64") ? 1234567890123L : 42);
            case "number" -> Json.MAPPER.getNodeFactory().numberNode(12.5);
            case "boolean" -> Json.MAPPER.getNodeFactory().booleanNode(true);
            default -> Json.MAPPER.getNodeFactory().textNode(switch (format) {
                case "date-time" -> "2026-06-16T10:11:12Z";
                case "uuid" -> "3fa85f64-5717-4562-b3fc-2c963f66afa6";
                default -> "text";
            });
        };
    }
}
