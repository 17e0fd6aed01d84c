package dev.ateraharness.stub.internal;

import static dev.ateraharness.stub.internal.Generators.BASE_EPOCH_S;
import static dev.ateraharness.stub.internal.Generators.F;
import static dev.ateraharness.stub.internal.Generators.FIRST;
import static dev.ateraharness.stub.internal.Generators.SNMP_SECURITY;
import static dev.ateraharness.stub.internal.Generators.date;
import static dev.ateraharness.stub.internal.Generators.pick;
import static dev.ateraharness.stub.internal.Generators.uuid;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.SplittableRandom;

/**
 * Agents (the RMM-monitored machines) and the generic, TCP, HTTP and SNMP monitored devices. Deterministic per
 * (seed, entity, index); see {@link Generators}.
 */
final class DeviceGenerators {

    private final Generators g;

    DeviceGenerators(Generators g) {
        this.g = g;
    }

    ObjectNode agent(long id) {
        SplittableRandom r = g.rng("agents", id);
        ObjectNode o = F.objectNode();
        long customer = g.ref(r, "customers");
        long created = g.created("agents", id);
        boolean server = r.nextInt(8) == 0;
        String machine = (server ? "SRV-" : "WS-") + String.format("%04d", id);
        o.put("MachineID", "m" + Long.toHexString(r.nextLong() & 0xffffffffffL));
        o.put("AgentID", id);
        o.put("DeviceGuid", uuid(r));
        o.put("FolderID", 1 + r.nextInt(5));
        o.put("FolderName", "Main");
        o.put("CustomerID", customer);
        o.put("CustomerName", g.customerName(customer));
        o.put("AgentName", machine);
        o.put("SystemName", machine);
        o.put("MachineName", machine);
        o.put("DomainName", "CORP");
        o.put("CurrentLoggedUsers", pick(r, FIRST).toLowerCase(java.util.Locale.ROOT));
        o.put("Monitored", true);
        o.put("AgentVersion", "2.1." + r.nextInt(40) + ".0");
        o.put("Favorite", false);
        o.put("Created", date(created));
        o.put("Modified", date(Math.min(BASE_EPOCH_S, created + r.nextLong(100L * 86_400L))));
        o.put("Online", r.nextInt(5) != 0);
        o.put("LastSeen", date(BASE_EPOCH_S - r.nextLong(7L * 86_400L)));
        o.put("ReportedFromIP", "203.0.113." + r.nextInt(255));
        o.put("Processor", "Intel(R) Core(TM) i5-" + (8000 + r.nextInt(5000)) + " CPU");
        o.put("Memory", 4096 * (1 + r.nextInt(8)));
        o.put("ProcessorCoresCount", 2 << r.nextInt(4));
        o.put("Vendor", r.nextBoolean() ? "Dell Inc." : "LENOVO");
        o.put("VendorSerialNumber", Long.toString(r.nextLong() & 0xffffffffL, 36).toUpperCase(java.util.Locale.ROOT));
        ArrayNode macs = o.putArray("MacAddresses");
        macs.add(String.format("00:1A:2B:%02X:%02X:%02X", r.nextInt(256), r.nextInt(256), r.nextInt(256)));
        ArrayNode ips = o.putArray("IpAddresses");
        ips.add("10.0." + r.nextInt(255) + "." + (1 + r.nextInt(253)));
        o.put("OS", server ? "Windows Server 2022 Standard" : "Windows 11 Pro");
        o.put("OSType", server ? "Server" : "Work Station");
        o.put("OSNum", server ? 10.0 : 11.0);
        o.put("LastRebootTime", date(BASE_EPOCH_S - r.nextLong(30L * 86_400L)));
        o.put("OSVersion", "10.0.2" + (2000 + r.nextInt(700)));
        o.put("LastLoginUser", "CORP\\" + pick(r, FIRST).toLowerCase(java.util.Locale.ROOT));
        o.put("DeviceType", server ? "Server" : "Workstation");
        return o;
    }

    ObjectNode device(String entity, long id) {
        SplittableRandom r = g.rng(entity, id);
        ObjectNode o = F.objectNode();
        long customer = g.ref(r, "customers");
        o.put("Name", entity.replace("devices", "").toUpperCase(java.util.Locale.ROOT) + " monitor " + id);
        o.put("DeviceID", id);
        o.put("DeviceGuid", uuid(r));
        o.put("CustomerID", customer);
        o.put("CustomerName", g.customerName(customer));
        o.put("FolderID", 1);
        o.put("MonitoringAgentID", g.ref(r, "agents"));
        o.put("Monitored", true);
        switch (entity) {
            case "tcpdevices" -> {
                o.put("Hostname", "host" + id + ".customer" + customer + ".example.com");
                ArrayNode ports = o.putArray("Ports");
                ObjectNode p = ports.addObject();
                p.put("PortNumber", r.nextBoolean() ? 443 : 3389);
                p.put("Monitored", true);
                p.put("Available", r.nextInt(10) != 0);
            }
            case "httpdevices" -> {
                o.put("URL", "https://site" + id + ".example.com/health");
                o.put("Pattern", "OK");
                o.put("URLUp", r.nextInt(10) != 0);
                o.put("ContainsPattern", true);
            }
            case "snmpdevices" -> {
                o.put("Hostname", "10.1." + r.nextInt(255) + "." + (1 + r.nextInt(253)));
                o.put("Online", r.nextInt(10) != 0);
                o.put("Port", "161");
                o.put("Community", "public");
                o.put("Type", "Printer");
                o.put("Version", r.nextBoolean() ? "V2" : "V3");
                o.put("SecurityLevel", pick(r, SNMP_SECURITY));
                o.put("Model", "Generic SNMP");
            }
            default -> { }
        }
        return o;
    }
}
