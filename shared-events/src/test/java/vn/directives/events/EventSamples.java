package vn.directives.events;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds one deterministic sample of any event record, filling every component by its type,
 * so that the JSON of every event, nested values included, can be frozen without writing a
 * sample by hand for each.
 */
final class EventSamples {

    private EventSamples() {
    }

    static Object sample(Class<?> type) {
        return value(type, type, "value");
    }

    private static Object value(Type generic, Class<?> type, String name) {
        if (type == String.class) {
            return name + "-1";
        }
        if (type == int.class || type == Integer.class) {
            return 3;
        }
        if (type == long.class || type == Long.class) {
            return 7L;
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == BigDecimal.class) {
            return new BigDecimal("15.5");
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2025, 3, 14);
        }
        if (type == Instant.class) {
            return Instant.parse("2025-03-14T02:30:00Z");
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == List.class) {
            return List.of(element(generic, 0, name));
        }
        if (type == Set.class) {
            return Set.of(element(generic, 0, name));
        }
        if (type == Map.class) {
            return Map.of(element(generic, 0, name), element(generic, 1, name));
        }
        if (type.isRecord()) {
            return record(type);
        }
        throw new IllegalArgumentException("No sample for " + type + " (" + name + "): teach EventSamples this type");
    }

    private static Object element(Type generic, int index, String name) {
        Type argument = ((ParameterizedType) generic).getActualTypeArguments()[index];
        Class<?> raw = argument instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) argument;
        return value(argument, raw, name);
    }

    private static Object record(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i].getGenericType(), components[i].getType(), components[i].getName());
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build a sample of " + type, e);
        }
    }
}
