package org.edgarbatch.ingest;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Finds a text value longer than its database column, in an entity, its embedded values and the rows
 * it cascades to. Written, such a value fails the whole chunk and so the run; the processor rejects
 * its document instead, naming the column. The entities' mappings are the one place the lengths are
 * given, so a new column is checked without being listed here.
 */
final class ColumnLengths {

    /** What JPA gives a text column whose length is not stated. */
    private static final int DEFAULT_LENGTH = 255;

    private static final ClassValue<List<Field>> CHECKED_FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (isChecked(field)) {
                        field.setAccessible(true);
                        fields.add(field);
                    }
                }
            }
            return List.copyOf(fields);
        }
    };

    private ColumnLengths() {
    }

    /** @return The first value too long for its column, in words, or empty when every value fits. */
    static Optional<String> firstTooLong(Object entity) {
        try {
            return check(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read the fields of " + entity.getClass(), e);
        }
    }

    private static Optional<String> check(Object object) throws IllegalAccessException {
        for (Field field : CHECKED_FIELDS.get(object.getClass())) {
            Object value = field.get(object);
            if (value instanceof String text) {
                Column column = field.getAnnotation(Column.class);
                int length = column == null ? DEFAULT_LENGTH : column.length();
                if (text.length() > length) {
                    String name = column == null || column.name().isEmpty() ? field.getName() : column.name();
                    return Optional.of("has a value of " + text.length() + " characters for " + name
                            + ", whose column holds at most " + length);
                }
            } else if (value instanceof Collection<?> rows) {
                for (Object row : rows) {
                    Optional<String> tooLong = check(row);
                    if (tooLong.isPresent()) {
                        return tooLong;
                    }
                }
            } else if (value != null) {
                Optional<String> tooLong = check(value);
                if (tooLong.isPresent()) {
                    return tooLong;
                }
            }
        }
        return Optional.empty();
    }

    /** Persistent text columns, embedded values and cascaded rows; never a reference back or to another entity. */
    private static boolean isChecked(Field field) {
        if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())
                || field.isAnnotationPresent(Transient.class) || field.isAnnotationPresent(Lob.class)) {
            return false;
        }
        if (field.getType() == String.class) {
            Column column = field.getAnnotation(Column.class);
            return column == null || column.columnDefinition().isEmpty();
        }
        return field.isAnnotationPresent(Embedded.class) || field.isAnnotationPresent(OneToMany.class);
    }
}
