package dev.ateraharness.stub.internal;

import java.util.List;

/**
 * Operations of Atera's document the stub does not model. Registering them keeps a literal segment such as
 * {@code /tickets/billableworkhourssiteduration} or {@code /customers/folders} from being taken for an id by
 * {@code /tickets/{ticketId}} (which answered 400), and turns other methods on these paths into 405. They answer
 * 404 in the profile's envelope, naming the operation; they are not in {@link RouteTransformer#operations()}.
 */
final class NotModelledRoutes {

    private static final String[] CUSTOM_VALUE_TARGETS = {"ticket", "customer", "contact", "contract", "sla", "agent",
        "snmp", "tcp", "http", "generic"};

    private NotModelledRoutes() {
    }

    static void register(List<Route> r) {
        add(r, "GET", "/agents/{deviceGuid}/installed-patches");
        add(r, "GET", "/agents/{deviceGuid}/available-patches");
        add(r, "POST", "/contracts");
        add(r, "PUT", "/contracts/{contractId}");
        add(r, "POST", "/contracts/{contractId}");
        add(r, "POST", "/customers/folders");
        add(r, "POST", "/customers/attachments");
        add(r, "GET", "/customvalues/{customValueId}");
        for (String t : CUSTOM_VALUE_TARGETS) {
            for (String m : new String[] {"GET", "PUT", "POST"}) {
                add(r, m, "/customvalues/" + t + "field/{id}/{fieldName}");
            }
            add(r, "GET", "/customvalues/" + t + "fields/{id}");
        }
        for (String d : new String[] {"generic", "tcp", "http"}) {
            add(r, "POST", "/devices/" + d + "device");
        }
        add(r, "GET", "/devices/snmpdevice/guid/{deviceGuid}");
        add(r, "POST", "/devices/snmpdevice/v1v2");
        add(r, "POST", "/devices/snmpdevice/v3");
        add(r, "GET", "/tickets/{ticketId}/attachments");
        add(r, "POST", "/tickets/{ticketId}/workhours");
        add(r, "POST", "/tickets/billableworkhourssiteduration");
        add(r, "POST", "/tickets/{ticketId}/relations");
        add(r, "DELETE", "/tickets/{ticketId}/relations/{relationType}");
    }

    private static void add(List<Route> r, String method, String template) {
        String what = method + " " + template;
        r.add(Route.notModelled(method, template, c -> Errors.of(c.settings().profile(), 404,
                "No such route: " + what + " is not modelled by the atera-harness stub.", c.path())));
    }
}
