package org.edgarbatch.admin;

import jakarta.batch.runtime.BatchStatus;
import jakarta.ws.rs.BadRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/** Reads the filters of the lists; a bad value is a 400 that names the filter and what it takes. */
final class Filters {

    private Filters() {
    }

    /** @return The start of the day (UTC), or null when the filter is absent. */
    static Instant dayStart(String name, String value) {
        LocalDate day = date(name, value);
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** @return The start of the day after (UTC), so that a {@code to} date is inclusive; null when absent. */
    static Instant dayEnd(String name, String value) {
        LocalDate day = date(name, value);
        return day == null ? null : day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    static BatchStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return BatchStatus.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("status must be one of " + Arrays.toString(BatchStatus.values())
                    + ", not '" + value + "'");
        }
    }

    static Long id(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + " must be an execution id (a whole number), not '" + value + "'");
        }
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be a date YYYY-MM-DD, not '" + value + "'");
        }
    }
}
