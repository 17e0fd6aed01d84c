package dev.ateraharness.stub.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Creating monitored devices: {@code POST /devices/genericdevice}, {@code tcpdevice}, {@code httpdevice},
 * {@code snmpdevice/v1v2} and {@code snmpdevice/v3}, each 201 {@code CreatedDeviceResult}
 * ({@code {"DeviceId":n,"DeviceGuid":"uuid"}}); the device is then listed and readable by id (and an SNMP device
 * by GUID: {@code GET /devices/snmpdevice/guid/{deviceGuid}}). Checked: Name, an existing CustomerID and
 * MonitoringAgentID, and the type's own fields (Hostname; URL an absolute http(s) URL; ports 1-65535). SNMP v3
 * passwords are checked for presence and never stored.
 */
final class DeviceWriteRoutes {

    private static final Body.Kind S = Body.Kind.STRING;
    private static final Body.Kind L = Body.Kind.LONG;
    private static final Body.Kind I = Body.Kind.INT;
    private static final Body.Kind B = Body.Kind.BOOL;
    private static final Map<String, Object> COMMON = Map.of("Name", S, "CustomerID", L, "FolderID", L,
            "MonitoringAgentID", L, "Monitored", B);
    private static final Map<String, Object> SNMP_V1 = Map.of("Hostname", S, "Port", I, "SNMPType", S,
            "Community", S, "SNMPVersion", new String[] {"V1", "V2"});
    private static final Map<String, Object> SNMP_V3 = Map.of("Hostname", S, "Port", I, "SNMPType", S,
            "Username", S, "AuthenticationAlg", new String[] {"Undefined", "SHA1", "MD5"},
            "PrivacyAlg", new String[] {"Undefined", "AES", "DES"}, "AuthenticationPassword", S,
            "PrivacyPassword", S, "_SecurityLevel", Generators.SNMP_SECURITY);

    private DeviceWriteRoutes() {
    }

    static void register(List<Route> r) {
        r.add(Route.of("POST", "/devices/genericdevice", c -> create(c, "genericdevices", (in, n) -> {
            Body.apply(in, Map.of("Hostname", S), n);
            n.remove("Hostname"); // GenericDeviceDto has no Hostname: accepted and dropped
        })));
        r.add(Route.of("POST", "/devices/httpdevice", c -> create(c, "httpdevices", (in, n) -> {
            Body.apply(in, Map.of("URL", S, "Pattern", S), n);
            String url = Body.text(n, "URL");
            if (url == null || !httpUrl(url)) {
                throw new BadRequest("URL must be an absolute http or https URL.");
            }
            n.put("URLUp", true);
            n.put("ContainsPattern", n.hasNonNull("Pattern"));
            if (!n.has("Pattern")) {
                n.putNull("Pattern");
            }
        })));
        r.add(Route.of("POST", "/devices/tcpdevice", c -> create(c, "tcpdevices", (in, n) -> {
            Body.apply(in, Map.of("Hostname", S), n);
            requireText(n, "Hostname");
            ArrayNode ports = n.putArray("Ports");
            JsonNode given = in.get("Ports");
            if (given != null && !given.isNull()) {
                if (!given.isArray()) {
                    throw new BadRequest("Ports must be an array of {PortNum, Monitored}.");
                }
                for (JsonNode p : given) {
                    ObjectNode q = Generators.F.objectNode();
                    Body.apply(p.isObject() ? (ObjectNode) p : Generators.F.objectNode(),
                            Map.of("PortNum", I, "Monitored", B), q);
                    int port = q.path("PortNum").asInt(0);
                    if (port < 1 || port > 65_535) {
                        throw new BadRequest("PortNum must be 1-65535, not " + q.path("PortNum") + ".");
                    }
                    ports.addObject().put("PortNumber", port).put("Monitored", q.path("Monitored").asBoolean(true))
                            .putNull("Available");
                }
            }
        })));
        r.add(Route.of("POST", "/devices/snmpdevice/v1v2", c -> create(c, "snmpdevices", (in, n) -> {
            Body.apply(in, SNMP_V1, n);
            snmp(n, n.hasNonNull("SNMPVersion") ? n.get("SNMPVersion").asText() : "V2");
            n.put("SecurityLevel", "Undefined");
            n.putNull("Authentication");
            n.putNull("Privacy");
            if (!n.has("Community")) {
                n.put("Community", "public");
            }
        })));
        r.add(Route.of("POST", "/devices/snmpdevice/v3", c -> create(c, "snmpdevices", (in, n) -> {
            Body.apply(in, SNMP_V3, n);
            requireText(n, "Username");
            String level = n.hasNonNull("_SecurityLevel") ? n.get("_SecurityLevel").asText() : "Undefined";
            String auth = n.hasNonNull("AuthenticationAlg") ? n.get("AuthenticationAlg").asText() : "Undefined";
            String priv = n.hasNonNull("PrivacyAlg") ? n.get("PrivacyAlg").asText() : "Undefined";
            if (!level.equals("Undefined")) {
                requireText(n, "AuthenticationPassword");
            }
            if (level.equals("AuthenticationAndPrivacy")) {
                requireText(n, "PrivacyPassword");
            }
            snmp(n, "V3");
            n.put("SecurityLevel", level);
            n.put("Authentication", auth);
            n.put("Privacy", priv);
            n.putNull("Community");
            for (String secret : new String[] {"Username", "AuthenticationAlg", "PrivacyAlg", "AuthenticationPassword",
                "PrivacyPassword", "_SecurityLevel"}) {
                n.remove(secret);
            }
        })));
        r.add(Route.of("GET", "/devices/snmpdevice/guid/{deviceGuid}", DeviceWriteRoutes::snmpByGuid));
    }

    /** Fills the type's fields of a new device from the request. */
    private interface Fill {
        void fill(ObjectNode in, ObjectNode node);
    }

    private static Reply create(Call c, String table, Fill fill) {
        ObjectNode in = Body.object(c.body(), false);
        ObjectNode n = Generators.F.objectNode();
        Body.apply(in, COMMON, n);
        requireText(n, "Name");
        long customer = n.path("CustomerID").asLong(0);
        Row cust = c.data().table("customers").get(customer);
        if (cust == null) {
            throw new BadRequest("Customer " + customer + " does not exist.");
        }
        long agent = n.path("MonitoringAgentID").asLong(0);
        if (c.data().table("agents").get(agent) == null) {
            throw new BadRequest("Monitoring agent " + agent + " does not exist.");
        }
        fill.fill(in, n);
        Table t = c.data().table(table);
        String[] guid = new String[1];
        long id = t.insert(newId -> {
            guid[0] = UUID.nameUUIDFromBytes((table + "/" + newId).getBytes(StandardCharsets.UTF_8)).toString();
            ObjectNode o = Generators.F.objectNode();
            o.put("Name", n.get("Name").asText());
            o.put("DeviceID", newId);
            o.put("DeviceGuid", guid[0]);
            o.put("CustomerID", customer);
            o.put("CustomerName", cust.node.path("CustomerName").asText());
            if (n.hasNonNull("FolderID")) {
                o.put("FolderID", n.get("FolderID").asLong());
            } else {
                o.putNull("FolderID");
            }
            o.put("MonitoringAgentID", agent);
            o.put("Monitored", n.path("Monitored").asBoolean(true));
            n.fields().forEachRemaining(e -> {
                if (!COMMON.containsKey(e.getKey())) {
                    o.set(e.getKey(), e.getValue());
                }
            });
            return o;
        }, c.nowEpochS(), 0);
        return Reply.json(201, "{\"DeviceId\":" + id + ",\"DeviceGuid\":\"" + guid[0] + "\"}");
    }

    /** SnmpDeviceDto fields from a v1/v2 or v3 request (Port is a string in the DTO, an int in the request). */
    private static void snmp(ObjectNode n, String version) {
        requireText(n, "Hostname");
        int port = n.hasNonNull("Port") ? n.get("Port").asInt() : 161;
        if (port < 1 || port > 65_535) {
            throw new BadRequest("Port must be 1-65535, not " + port + ".");
        }
        n.put("Port", String.valueOf(port));
        n.put("Online", true);
        n.put("Type", n.hasNonNull("SNMPType") ? n.get("SNMPType").asText() : "Generic");
        n.put("Version", version);
        n.put("Model", "Generic SNMP");
        n.remove("SNMPType");
        n.remove("SNMPVersion");
    }

    private static Reply snmpByGuid(Call c) {
        String guid = c.params()[0];
        try {
            guid = UUID.fromString(guid).toString();
        } catch (IllegalArgumentException e) {
            throw new BadRequest("The value '" + guid + "' is not valid for deviceGuid.");
        }
        for (Row row : c.data().table("snmpdevices").all()) {
            if (row.node.path("DeviceGuid").asText().equalsIgnoreCase(guid)) {
                return Reply.json(200, row.json);
            }
        }
        return UnknownIds.reply(c, "SNMP device " + guid + " was not found.");
    }

    private static void requireText(ObjectNode n, String field) {
        String v = Body.text(n, field);
        if (v == null || v.isBlank()) {
            throw new BadRequest(field + " is required.");
        }
    }

    private static boolean httpUrl(String s) {
        try {
            URI u = URI.create(s.trim());
            return u.isAbsolute() && u.getHost() != null
                    && ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
