package org.edgarbatch.ownership;

import java.time.LocalDate;

/** A signature on an ownership document (OWNER_SIGNATURE). */
public record OwnerSignature(String name, LocalDate date) {
}
