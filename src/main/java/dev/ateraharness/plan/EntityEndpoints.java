package dev.ateraharness.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ateraharness.client.Endpoint;
import dev.ateraharness.client.Endpoints;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Ties a planned {@link Entity} to the client's {@link Endpoint} of the same name: the client reads the
 * endpoint's path template ({@code invoices} at {@code /billing/invoices}), and the stub's model sizes the data set
 * that route lists ({@link ScenarioRunner#dataSet}).
 *
 * <p>Guarantees: every name in {@link Endpoints#syncable()} resolves; the id property is a real JSON property of
 * the item record (numeric when the record has a numeric {@code ...ID}/{@code Id} property). Does not support
 * endpoints that need a parent id.
 */
public final class EntityEndpoints {

    private static final ConcurrentMap<Class<?>, String> ID_PROPERTIES = new ConcurrentHashMap<>();

    private EntityEndpoints() {
    }

    /** The syncable endpoint named like the entity, if any. */
    public static Optional<Endpoint<?>> find(String entityName) {
        return Endpoints.byName(entityName).filter(e -> !e.needsParent());
    }

    /** The endpoint of {@code entity}; {@link IllegalArgumentException} naming the valid names if none. */
    public static Endpoint<?> of(Entity entity) {
        return find(entity.name()).orElseThrow(() -> new IllegalArgumentException("unknown entity '"
                + entity.name() + "' (valid: " + String.join(", ", names()) + ")"));
    }

    /** The names the planner supports. */
    public static List<String> names() {
        return Endpoints.syncable().stream().map(Endpoint::name).toList();
    }

    /** The path template the entity is served on, e.g. {@code /tickets}. */
    public static String path(Entity entity) {
        return of(entity).pathTemplate();
    }

    /**
     * The JSON property that carries each item's id: the entity's own {@code XxxID} where the record has one
     * ({@code TicketID}), else the record's first numeric {@code ...ID}/{@code Id} property, else its first text
     * {@code ...Id} (a number coerces to it), else its first numeric property, else its first property.
     */
    public static String idProperty(Entity entity) {
        Class<?> type = of(entity).itemType();
        return ID_PROPERTIES.computeIfAbsent(type, t -> pick(t, entity.idField()));
    }

    private static String pick(Class<?> type, String preferred) {
        RecordComponent[] components = type.getRecordComponents();
        if (components == null || components.length == 0) {
            return preferred;
        }
        String numericId = null;
        String anyId = null;
        String numeric = null;
        String first = null;
        for (RecordComponent c : components) {
            // @JsonProperty cannot target a record component: Java copies it to the accessor (and field, parameter)
            JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class);
            String name = p == null ? c.getName() : p.value();
            if (name.equals(preferred)) {
                return name;
            }
            Class<?> t = c.getType();
            boolean isNumeric = t == Long.class || t == Integer.class || t == long.class || t == int.class;
            boolean isId = name.endsWith("ID") || name.endsWith("Id");
            boolean isText = t == String.class; // a number coerces to a String id ("InvoiceId")
            numericId = numericId == null && isNumeric && isId ? name : numericId;
            anyId = anyId == null && isText && isId ? name : anyId;
            numeric = numeric == null && isNumeric ? name : numeric;
            first = first == null ? name : first;
        }
        return numericId != null ? numericId : anyId != null ? anyId : numeric != null ? numeric : first;
    }
}
