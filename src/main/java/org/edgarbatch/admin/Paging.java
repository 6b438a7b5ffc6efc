package org.edgarbatch.admin;

import jakarta.ws.rs.BadRequestException;

/** The {@code offset} and {@code limit} query parameters of every list, checked: a bad one is a 400 naming it. */
public record Paging(int offset, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    /** @return The paging asked for; absent values take their defaults. */
    public static Paging of(String offset, String limit) {
        int start = offset == null || offset.isBlank() ? 0 : number("offset", offset);
        int size = limit == null || limit.isBlank() ? DEFAULT_LIMIT : number("limit", limit);
        if (start < 0) {
            throw new BadRequestException("offset must be 0 or more, not " + start);
        }
        if (size < 1 || size > MAX_LIMIT) {
            throw new BadRequestException("limit must be between 1 and " + MAX_LIMIT + ", not " + size);
        }
        return new Paging(start, size);
    }

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + " must be a whole number, not '" + value + "'");
        }
    }
}
