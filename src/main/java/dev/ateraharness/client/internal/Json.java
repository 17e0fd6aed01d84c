package dev.ateraharness.client.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.ateraharness.client.Page;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The client's one Jackson mapper: unknown properties ignored, unknown enum values read as the enum's
 * {@code @JsonEnumDefaultValue} (or null), nulls omitted on write. Page readers are cached per item type.
 */
public final class Json {

    /** Shared, thread-safe. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(MapperFeature.DEFAULT_VIEW_INCLUSION)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.USE_DEFAULTS))
            .addModule(new JavaTimeModule())
            .build();

    private static final ConcurrentMap<Class<?>, ObjectReader> PAGE_READERS = new ConcurrentHashMap<>();

    private Json() {
    }

    /** A reader for {@code Page<T>}. */
    public static ObjectReader pageReader(Class<?> itemType) {
        return PAGE_READERS.computeIfAbsent(itemType, t -> {
            JavaType type = MAPPER.getTypeFactory().constructParametricType(Page.class, t);
            return MAPPER.readerFor(type);
        });
    }
}
