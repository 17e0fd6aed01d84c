package dev.ateraharness.stub.internal;

import java.util.List;

/**
 * {@code GET /customvalues/customfields}: a fixed catalogue of custom field definitions (CustomFieldDto), one per
 * data type, so a client can exercise its parsing. The values themselves ({@code /customvalues/...field...}) are not
 * modelled.
 */
final class CustomFieldRoutes {

    static final String CATALOGUE = "["
            + "{\"Name\":\"Contract reference\",\"DataType\":\"Text\",\"Target\":\"Customer\",\"PossibleValues\":null,"
            + "\"ParentAttributeName\":null},"
            + "{\"Name\":\"VIP\",\"DataType\":\"Boolean\",\"Target\":\"Contact\",\"PossibleValues\":null,"
            + "\"ParentAttributeName\":null},"
            + "{\"Name\":\"Seats\",\"DataType\":\"Numeric\",\"Target\":\"Contract\",\"PossibleValues\":null,"
            + "\"ParentAttributeName\":null},"
            + "{\"Name\":\"Warranty end\",\"DataType\":\"Date\",\"Target\":\"Agent\",\"PossibleValues\":null,"
            + "\"ParentAttributeName\":null},"
            + "{\"Name\":\"Channel\",\"DataType\":\"Options\",\"Target\":\"Ticket\",\"PossibleValues\":["
            + "{\"Value\":\"email\",\"Text\":\"Email\",\"ParentName\":null},"
            + "{\"Value\":\"phone\",\"Text\":\"Phone\",\"ParentName\":null}],\"ParentAttributeName\":null}]";

    private CustomFieldRoutes() {
    }

    static void register(List<Route> r) {
        r.add(Route.of("GET", "/customvalues/customfields", c -> Reply.json(200, CATALOGUE)));
    }
}
