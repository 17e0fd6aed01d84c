package dev.ateraharness.client;

/** The ten kinds of item Atera keeps custom values for, with the path word of {@code /customvalues/{word}field/...}. */
public enum CustomValueTarget {
    TICKET("ticket", "ticketId"), CUSTOMER("customer", "customerId"), CONTACT("contact", "contactId"),
    CONTRACT("contract", "contractId"), SLA("sla", "slaId"), AGENT("agent", "agentId"),
    SNMP_DEVICE("snmp", "snmpDeviceId"), TCP_DEVICE("tcp", "tcpDeviceId"), HTTP_DEVICE("http", "httpDeviceId"),
    GENERIC_DEVICE("generic", "genericDeviceId");

    private final String word;
    private final String param;

    CustomValueTarget(String word, String param) {
        this.word = word;
        this.param = param;
    }

    /** {@code /customvalues/{word}field/{id}/{fieldName}}. */
    String oneField() {
        return "/customvalues/" + word + "field/{" + param + "}/{fieldName}";
    }

    /** {@code /customvalues/{word}fields/{id}}. */
    String allFields() {
        return "/customvalues/" + word + "fields/{" + param + "}";
    }

    String param() {
        return param;
    }
}
