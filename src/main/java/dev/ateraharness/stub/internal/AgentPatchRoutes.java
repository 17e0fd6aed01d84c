package dev.ateraharness.stub.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * An agent's Windows updates by device GUID: {@code GET /agents/{deviceGuid}/installed-patches}
 * (AgentInstalledUpdatesResponse) and {@code available-patches} (AgentAvailableUpdatesResponse), camelCase as the
 * document has them. Generated per agent, stable for a seed: 2-6 installed, 0-3 available.
 */
final class AgentPatchRoutes {

    private static final String[][] UPDATES = {
        {"2026-05 Cumulative Update for Windows 11 Version 24H2 for x64-based Systems", "Security Updates", "KB5058411"},
        {"2026-05 Cumulative Update for .NET Framework 3.5 and 4.8.1", "Updates", "KB5056580"},
        {"Security Intelligence Update for Microsoft Defender Antivirus", "Definition Updates", "KB2267602"},
        {"Windows Malicious Software Removal Tool x64 - v5.137", "Update Rollups", "KB890830"},
        {"2026-04 Servicing Stack Update for Windows Server 2022", "Security Updates", "KB5055527"},
        {"Microsoft Edge-Stable Channel Version 137", "Updates", "KB5007651"},
        {"Intel - System - 10.1.19199.8340", "Drivers", "KB4023057"},
        {"2026-06 Cumulative Update Preview for Windows 11", "Updates", "KB5060829"}};
    private static final String[] STATUS = {"Missing", "Downloaded", "PendingReboot"};

    private AgentPatchRoutes() {
    }

    static void register(List<Route> r) {
        r.add(Route.of("GET", "/agents/{deviceGuid}/installed-patches", c -> patches(c, true)));
        r.add(Route.of("GET", "/agents/{deviceGuid}/available-patches", c -> patches(c, false)));
    }

    private static Reply patches(Call c, boolean installed) {
        String guid;
        try {
            guid = UUID.fromString(c.params()[0]).toString();
        } catch (IllegalArgumentException e) {
            throw new BadRequest("The value '" + c.params()[0] + "' is not valid for deviceGuid.");
        }
        Row agent = null;
        for (Row row : c.data().table("agents").all()) {
            if (row.node.path("DeviceGuid").asText().equalsIgnoreCase(guid)) {
                agent = row;
                break;
            }
        }
        String field = installed ? "installedUpdates" : "availableUpdates";
        ObjectNode o = Generators.F.objectNode();
        o.put("deviceGuid", guid);
        ArrayNode list = Generators.F.arrayNode();
        if (agent == null) {
            return UnknownIds.reply(c, "No agent has device GUID " + guid + ".", () -> {
                o.put("timestamp", ReadRoutes.iso(c.nowEpochS()));
                o.set(field, list);
                return Reply.json(200, Row.bytes(o));
            });
        }
        SplittableRandom r = c.data().gen.rng(installed ? "installed-patches" : "available-patches", agent.id);
        long seen = DataStore.epoch(agent.node, "LastSeen");
        o.put("timestamp", ReadRoutes.iso(seen));
        int n = installed ? 2 + r.nextInt(5) : r.nextInt(4);
        int first = r.nextInt(UPDATES.length);
        for (int i = 0; i < n; i++) {
            String[] u = UPDATES[(first + i) % UPDATES.length];
            ObjectNode p = list.addObject();
            p.put("name", u[0]);
            p.put("class", u[1]);
            p.put("kbId", u[2]);
            if (installed) {
                p.put("installDate", ReadRoutes.iso(seen - (i + 1) * 7L * 86_400L));
            } else {
                p.put("status", STATUS[r.nextInt(STATUS.length)]);
            }
        }
        o.set(field, list);
        return Reply.json(200, Row.bytes(o));
    }
}
